package org.cstkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a loopback port that counts every request it receives and answers each as a SPARQL endpoint
 * with no solutions, or as an RDF document: what a query could make the server fetch.
 */
public final class LocalEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private LocalEndpoint(HttpServer server) {
        this.server = server;
    }

    public static LocalEndpoint start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalEndpoint endpoint = new LocalEndpoint(server);
            server.createContext("/", exchange -> {
                endpoint.requests.incrementAndGet();
                try (InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                }
                boolean sparql = exchange.getRequestURI().getPath().startsWith("/sparql");
                byte[] body = (sparql ? "{\"head\":{\"vars\":[\"s\",\"p\",\"o\"]},\"results\":{\"bindings\":[]}}"
                        : "<urn:fetched> <urn:from> <urn:outside> .").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type",
                        sparql ? "application/sparql-results+json" : "application/n-triples");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI sparqlUri() {
        return uri("/sparql");
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Requests received so far, of any kind. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
