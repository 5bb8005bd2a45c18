package org.cstkg.api;

import org.cstkg.serve.Fixture;
import org.cstkg.serve.Sparql;
import org.cstkg.store.GraphStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** {@link ApiSlice} over the fixture with the policy records of {@code serve/policies.trig}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ Entities.class, Summaries.class, Neighbourhoods.class, EntityListing.class, PolicyRecords.class,
        Concepts.class, PolicyFilters.class, PolicyNetwork.class })
public class PolicySlice {

    @Bean(destroyMethod = "close")
    GraphStore graphStore() {
        return Fixture.withPolicies();
    }

    @Bean
    Sparql sparql(GraphStore store) {
        return new Sparql(store);
    }
}
