package org.cstkg.serve.admin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The guard in front of {@code /admin/**}, configured from {@code cstkg.admin.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class AdminConfiguration {

    @Bean
    FilterRegistrationBean<AdminGuard> adminGuard(AdminProperties props) {
        AdminCredential credential = props.credential().map(AdminCredential::new).orElse(null);
        FilterRegistrationBean<AdminGuard> filter = new FilterRegistrationBean<>(
                new AdminGuard(credential, props.allowRemote()));
        filter.addUrlPatterns("/admin/*");
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return filter;
    }
}
