package org.cstkg.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.cstkg.store.GraphStore;
import org.cstkg.store.RemoteEndpoints;
import org.cstkg.store.RemoteStore;
import org.cstkg.store.Store;
import org.cstkg.store.StoreLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The store being served and its query endpoint: a local TDB2 store (loaded on first start) behind the embedded
 * Fuseki, or, with {@code cstkg.store} set, a remote SPARQL store, queried directly and never written to.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean
    Sparql sparql(Store store) {
        return new Sparql(store);
    }

    /** {@code cstkg.db}: a TDB2 directory or {@code mem:}, served by the embedded Fuseki. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(LocalStore.class)
    static class Local {

        @Bean(destroyMethod = "close")
        GraphStore graphStore(ServeProperties props) {
            GraphStore store = props.inMemory() ? GraphStore.inMemory()
                    : GraphStore.open(StoreLocation.check(props.db()));
            // every query, through Fuseki or the REST API, has the merged triples of the named graphs as default graph
            Context context = store.dataset().getContext();
            new ServiceGuard(props.serviceAllowList()).install(context);
            new InitialLoad(Ingester.pipeline()).loadIfNeeded(store, props.db(), props.initialLoad());
            // set after the first load, which is ours: a client's query is cancelled when it outlives the timeout
            context.set(ARQ.queryTimeout, Long.toString(props.limits().queryTimeout().toMillis()));
            return store;
        }

        @Bean
        FusekiEndpoint fusekiEndpoint(GraphStore store, ServeProperties props) {
            return new FusekiEndpoint(store, props);
        }
    }

    /**
     * {@code cstkg.store}: a remote SPARQL 1.1 store. Queries of the REST routes are cancelled after the query timeout;
     * {@code /sparql} forwards to the store's query endpoint. Nothing is loaded: a remote store is written by
     * {@code cstkg ingest --store}, and may be a read replica that accepts no writes at all.
     */
    @Configuration(proxyBeanMethods = false)
    @Conditional(RemoteStoreSet.class)
    static class Remote {

        @Bean(destroyMethod = "close")
        RemoteStore remoteStore(ServeProperties props) {
            RemoteStore store = RemoteStore.connect(props.remote(), props.limits().queryTimeout());
            if (store.isEmpty())
                LOG.warn("remote store {} is empty; load it with: cstkg ingest --store {} FILES", store.name(),
                        store.name());
            else if (store.defaultGraphMissing())
                LOG.warn("remote store {}: its default graph is empty though it holds named graphs, so the API finds "
                        + "nothing; cstkg ingest --store fills it (docs/scaling.md)", store.name());
            LOG.info("serving remote store {}: queries at {}, label search by {} (no label index)", store.name(),
                    RemoteEndpoints.withoutUserInfo(store.endpoints().query()), store.search().method());
            return store;
        }

        @Bean
        RemoteQueryEndpoint remoteQueryEndpoint(RemoteStore store) {
            return new RemoteQueryEndpoint(store);
        }
    }

    /** True when {@code cstkg.store} names a remote store. */
    static final class RemoteStoreSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String store = context.getEnvironment().getProperty("cstkg.store");
            return store != null && !store.isBlank();
        }
    }

    static final class LocalStore implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new RemoteStoreSet().matches(context, metadata);
        }
    }
}
