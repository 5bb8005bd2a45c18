package org.cstkg.serve.http;

import org.cstkg.serve.ServeProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The filters every response passes (security headers, then the per-client limits on the data routes) and CORS: any
 * origin may read {@code /sparql}, {@code /api}, {@code /id}, the ontology, VoID and {@code /reconcile} (GET, and POST
 * of a query to {@code /sparql} or of reconciliation queries), without credentials. Nothing can be written through any of them.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String[] DATA_ROUTES = { "/sparql", "/api/*", "/id/*", "/ontology", "/ontology/*", "/.well-known/*", "/reconcile",
            "/reconcile/*", "/dumps/*" };

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> filter = new FilterRegistrationBean<>(new SecurityHeaders());
        filter.addUrlPatterns("/*");
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return filter;
    }

    @Bean
    FilterRegistrationBean<ClientLimits> clientLimits(ServeProperties props) {
        FilterRegistrationBean<ClientLimits> filter = new FilterRegistrationBean<>(new ClientLimits(props.limits()));
        filter.addUrlPatterns(DATA_ROUTES);
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return filter;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/sparql").allowedOrigins("*").allowedMethods("GET", "HEAD", "POST")
                .allowedHeaders("Accept", "Content-Type").exposedHeaders("Cstkg-Result-Limit", "Retry-After")
                .allowCredentials(false).maxAge(86400);
        // OpenRefine posts form-encoded batches from its own origin
        registry.addMapping("/reconcile/**").allowedOrigins("*").allowedMethods("GET", "HEAD", "POST")
                .allowedHeaders("Accept", "Content-Type").exposedHeaders("Retry-After").allowCredentials(false)
                .maxAge(86400);
        registry.addMapping("/reconcile").allowedOrigins("*").allowedMethods("GET", "HEAD", "POST")
                .allowedHeaders("Accept", "Content-Type").exposedHeaders("Retry-After").allowCredentials(false)
                .maxAge(86400);
        for (String path : new String[] { "/api/**", "/id/**", "/ontology", "/.well-known/void", "/dumps/**" })
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD").allowedHeaders("Accept")
                    .exposedHeaders("Retry-After").allowCredentials(false).maxAge(86400);
    }
}
