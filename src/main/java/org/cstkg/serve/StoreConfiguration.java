package org.cstkg.serve;

import java.nio.file.Path;

import org.apache.jena.tdb2.TDB2;
import org.cstkg.store.GraphStore;
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
        GraphStore store = props.inMemory() ? GraphStore.inMemory() : GraphStore.open(org.cstkg.store.StoreLocation.check(props.db()));
        // every query, through Fuseki or the REST API, sees the union of the named graphs as its default graph
        store.dataset().getContext().set(TDB2.symUnionDefaultGraph, true);
        if (store.isEmpty()) {
            LOG.info("store {} is empty: loading {}", props.db(), props.initialLoad());
            new InitialLoad(Ingester.pipeline()).load(store, props.initialLoad());
        }
        return store;
    }

    @Bean
    Sparql sparql(GraphStore store) {
        return new Sparql(store);
    }
}
