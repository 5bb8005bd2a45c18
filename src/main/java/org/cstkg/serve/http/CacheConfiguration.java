package org.cstkg.serve.http;

import org.cstkg.serve.ServeProperties;
import org.cstkg.serve.StoreVersion;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Conditional GET and the response cache ({@code cstkg.response-cache}, a size; 0 keeps nothing but still answers
 * {@code If-None-Match}) on the routes whose answers depend on the store and the request only: entity views and
 * searches, their sub-resources, and the Linked Data pages. Inside the security headers and the per-client limits.
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    static final String[] CACHED_ROUTES = { "/api/entities/*", "/id/*" };

    @Bean
    FilterRegistrationBean<CachingFilter> cachingFilter(ServeProperties props, StoreVersion version) {
        ResponseCache cache = new ResponseCache(props.responseCache().toBytes());
        FilterRegistrationBean<CachingFilter> filter = new FilterRegistrationBean<>(new CachingFilter(cache, version));
        filter.addUrlPatterns(CACHED_ROUTES);
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return filter;
    }
}
