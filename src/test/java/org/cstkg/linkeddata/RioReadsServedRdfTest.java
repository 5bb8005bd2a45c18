package org.cstkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every RDF document the server writes (entity pages, the ontology, VoID, CONSTRUCT results) is read by RDF4J Rio, a
 * parser independent of the Jena that wrote it, to the same number of statements.
 */
@ServedFixture
class RioReadsServedRdfTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest
    @CsvSource({ "/id/org/cas, text/turtle", "/id/org/cas, application/ld+json", "/id/org/cas, application/n-triples",
            "/id/org/cas, application/rdf+xml", "/ontology, text/turtle", "/ontology, application/ld+json",
            "/.well-known/void, text/turtle",
            "/sparql?query=CONSTRUCT%20%7B%3Fs%20%3Fp%20%3Fo%7D%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%20200, text/turtle" })
    void rioReadsWhatJenaWrote(String path, String mediaType) throws Exception {
        HttpResponse<String> r = http.get(path, mediaType);
        assertThat(r.statusCode()).isEqualTo(200);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        Model jena = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).base("http://localhost/").parse(jena);
        RDFFormat format = Rio.getParserFormatForMIMEType(mediaType).orElseThrow();
        org.eclipse.rdf4j.model.Model rio = Rio.parse(new StringReader(r.body()), "http://localhost/", format);
        assertThat(jena.size()).isPositive();
        assertThat((long) rio.size()).isEqualTo(jena.size());
    }
}
