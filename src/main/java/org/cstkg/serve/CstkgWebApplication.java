package org.cstkg.serve;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application behind {@code cstkg serve}; scans only the serving packages. */
@SpringBootApplication(scanBasePackages = { "org.cstkg.serve", "org.cstkg.api", "org.cstkg.linkeddata",
        "org.cstkg.explore", "org.cstkg.reconcile" })
@EnableConfigurationProperties(ServeProperties.class)
public class CstkgWebApplication {
}
