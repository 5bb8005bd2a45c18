package org.cstkg.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.cstkg.serve.BuildVersion;
import org.cstkg.serve.ServeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's front matter. Its servers are this server (a relative URL, so "Try it out" calls whatever
 * address the page was loaded from) and the configured public base; neither is taken from the request's Host header.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String TITLE = "cstkg: knowledge graph of Chinese science and technology";

    @Bean
    OpenAPI openApi(ServeProperties props, BuildVersion build) {
        return new OpenAPI()
                .info(new Info().title(TITLE).version(build.version())
                        .description("""
                                JSON access to a knowledge graph of Chinese science and technology read from Korean \
                                news digests: organisations, people, policies, programmes, facilities and events, with \
                                labels in Korean, Chinese and English and the article and sentence behind every fact. \
                                Entity ids are the part of an IRI after https://w3id.org/cstkg/id/ (org/miit). All of \
                                it is read-only; errors are RFC 9457 problem details. The same graph answers SPARQL at \
                                /sparql.""")
                        .license(new License().name("Apache-2.0 (code), CC BY 4.0 (ontology and gazetteer)")))
                .servers(List.of(new Server().url("/").description("this server"),
                        new Server().url(props.publicBase()).description("public address")));
    }
}
