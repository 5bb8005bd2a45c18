package org.cstkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.cstkg.serve.CstkgWebApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cstkg serve}: SPARQL endpoint, REST API and Linked Data pages on one port, over the TDB2 store. The only
 * command that starts Spring Boot. Returns when the server is shut down (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = { "Serve the graph: /sparql (read-only SPARQL 1.1 Protocol), /api (JSON, OpenAPI at /api/docs),",
                "/id/... (Linked Data), /ontology and /.well-known/void, all on one port.",
                "On first start with an empty store, loads data/samples/ and ./corpus/ (see --load)." })
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:CSTKG_PORT:-8080}",
            description = "public HTTP port; 0 picks a free one (env CSTKG_PORT, default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--db", defaultValue = "${env:CSTKG_DB:-run/tdb2}",
            description = "TDB2 store directory, or mem: for an in-memory store (env CSTKG_DB, default ${DEFAULT-VALUE})")
    String db;

    @Option(names = "--bind", defaultValue = "${env:CSTKG_BIND:-0.0.0.0}",
            description = "address to listen on (env CSTKG_BIND, default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--fuseki-port", defaultValue = "0",
            description = "internal loopback port of the embedded Fuseki; 0 picks a free one (default)")
    int fusekiPort;

    @Option(names = "--load", split = ",", paramLabel = "PATH",
            description = "what to load into an empty store: reports, directories of reports or RDF files "
                    + "(.trig, .nq, .ttl); default data/samples,corpus")
    List<Path> load = new ArrayList<>(List.of(Path.of("data/samples"), Path.of("corpus")));

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535)
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--port out of range: " + port);
        if (!"mem:".equals(db))
            org.cstkg.store.StoreLocation.check(db); // a URL or a file is a one-line error before anything starts
        String[] args = { "--server.port=" + port, "--server.address=" + bind, "--cstkg.db=" + db,
                "--cstkg.fuseki-port=" + fusekiPort,
                "--cstkg.initial-load=" + load.stream().map(Path::toString).collect(Collectors.joining(",")) };
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(CstkgWebApplication.class).run(args);
        } catch (RuntimeException e) { // port in use, store locked by another process …: one line, exit 2
            // the port-in-use exception says it best; otherwise the deepest cause with a message
            String reason = String.valueOf(e.getMessage());
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof org.springframework.boot.web.server.PortInUseException) {
                    reason = t.getMessage();
                    break;
                }
                if (t.getMessage() != null)
                    reason = t.getMessage();
            }
            throw new Main.UserError("cannot start the server: " + reason);
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent)
                closed.countDown();
        });
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        String host = "0.0.0.0".equals(bind) ? "localhost" : bind;
        System.out.printf("cstkg serving http://%s:%d/  (SPARQL /sparql · API /api · OpenAPI /api/docs · store %s)%n",
                host, actual, db);
        closed.await();
        return 0;
    }
}
