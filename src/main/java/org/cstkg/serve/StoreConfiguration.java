package org.cstkg.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.cstkg.store.GraphStore;
import org.cstkg.store.StoreLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the store (loading it on first start) and the read-only query runner over it. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    GraphStore graphStore(ServeProperties props) {
        GraphStore store = props.inMemory() ? GraphStore.inMemory() : GraphStore.open(StoreLocation.check(props.db()));
        // every query, through Fuseki or the REST API, has the merged triples of the named graphs as its default graph
        Context context = store.dataset().getContext();
        new ServiceGuard(props.serviceAllowList()).install(context);
        if (store.isEmpty()) {
            LOG.info("store {} is empty: loading {}", props.db(), props.initialLoad());
            new InitialLoad(Ingester.pipeline()).load(store, props.initialLoad());
        }
        // set after the first load, which is ours: a client's query is cancelled when it outlives the timeout
        context.set(ARQ.queryTimeout, Long.toString(props.limits().queryTimeout().toMillis()));
        return store;
    }

    @Bean
    Sparql sparql(GraphStore store) {
        return new Sparql(store);
    }
}
