package org.cstkg.explore;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Routes to the explorer page. The page itself and its scripts are static resources under
 * {@code classpath:static/explore/}; the page refers to them and to the API by paths relative to {@code /explore}, so
 * {@code /explore/} redirects rather than serving the page a second time under another base.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerRoutes implements WebMvcConfigurer {

    static final String PAGE = "/explore";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(PAGE).setViewName("forward:/explore/index.html");
        registry.addRedirectViewController("/explore/", PAGE).setStatusCode(HttpStatus.FOUND);
        registry.addRedirectViewController("/", PAGE).setStatusCode(HttpStatus.FOUND);
    }
}
