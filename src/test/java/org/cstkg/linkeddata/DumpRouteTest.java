package org.cstkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPInputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /dumps/cstkg.nq.gz} over the running server, with conditional requests, and the VoID description of it. */
@ServedFixture
class DumpRouteTest {

    @LocalServerPort
    int port;
    @Autowired
    GraphStore store;
    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0)
            b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theDumpIsTheWholeStoreWithValidators() throws Exception {
        HttpResponse<byte[]> r = get("/dumps/cstkg.nq.gz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("cstkg.nq.gz");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty(); // no Origin sent
        String etag = r.headers().firstValue("ETag").orElseThrow();
        String lastModified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{64}\"");

        DatasetGraph dump = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFDataMgr.read(dump, in, Lang.NQUADS);
        }
        long stored = Txn.calculateRead(store.dataset(),
                () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().asDatasetGraph()
                        .findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        assertThat(org.apache.jena.atlas.iterator.Iter.count(dump.find())).isEqualTo(stored).isPositive();

        assertThat(get("/dumps/cstkg.nq.gz", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/dumps/cstkg.nq.gz", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> again = get("/dumps/cstkg.nq.gz", "If-None-Match", "\"something-else\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    /** {@code cstkg backup --server}: the running server's snapshot, byte for byte the served dump. */
    @Test
    void backupFromTheRunningServer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path out = tmp.resolve("backup/cstkg.nq.gz");
        assertThat(org.cstkg.cli.Main.run("backup", "--server", "http://127.0.0.1:" + port, "-o", out.toString()))
                .isZero();
        assertThat(java.nio.file.Files.readAllBytes(out)).isEqualTo(get("/dumps/cstkg.nq.gz").body());
        assertThat(org.cstkg.cli.Main.run("backup", "--server", "http://127.0.0.1:1", "-o", out.toString()))
                .isEqualTo(2);
    }

    @Test
    void voidDescribesTheDumpLicenceAndCounts() throws Exception {
        Model m = LinkedDataTest.parse(new Http(port).get("/.well-known/void", "text/turtle"), Lang.TTL);
        Resource ds = m.createResource(ServedFixture.PUBLIC_BASE + "/.well-known/void#cstkg");
        String v = VoidController.VOID;
        assertThat(ds.getPropertyResourceValue(m.createProperty(v, "dataDump")).getURI())
                .isEqualTo(ServedFixture.PUBLIC_BASE + "/dumps/cstkg.nq.gz");
        assertThat(ds.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        Literal modified = ds.getProperty(DCTerms.modified).getLiteral();
        assertThat(modified.getDatatypeURI()).isEqualTo(XSDDatatype.XSDdateTime.getURI());
        Instant when = Instant.parse(modified.getLexicalForm().replaceFirst("Z?$", "Z").replace("ZZ", "Z"));
        assertThat(when).isBefore(Instant.now().plusSeconds(1));
        // the same instant as the dump's Last-Modified
        String header = get("/dumps/cstkg.nq.gz").headers().firstValue("Last-Modified").orElseThrow();
        assertThat(ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(when);
        assertThat(ds.getProperty(m.createProperty(v, "triples")).getLong()).isPositive();
        long entities = ds.getProperty(m.createProperty(v, "entities")).getLong();
        assertThat(entities).isPositive()
                .isLessThan(ds.getProperty(m.createProperty(v, "distinctSubjects")).getLong());
    }
}
