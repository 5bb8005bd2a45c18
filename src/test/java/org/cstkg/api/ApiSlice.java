package org.cstkg.api;

import org.cstkg.serve.Fixture;
import org.cstkg.serve.Sparql;
import org.cstkg.store.GraphStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What the API controllers need in a {@code @WebMvcTest} slice: the query services over the fixture. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ Entities.class, Summaries.class, Neighbourhoods.class, EntityListing.class, PolicyRecords.class,
        Concepts.class, PolicyFilters.class, PolicyNetwork.class, org.cstkg.serve.StoreStatus.class })
public class ApiSlice {

    @Bean(destroyMethod = "close")
    GraphStore graphStore() {
        return Fixture.store();
    }

    @Bean
    Sparql sparql(GraphStore store) {
        return new Sparql(store);
    }
}
