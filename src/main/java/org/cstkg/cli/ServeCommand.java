package org.cstkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.cstkg.serve.CstkgWebApplication;
import org.cstkg.store.RemoteEndpoints;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cstkg serve}: SPARQL endpoint, REST API and Linked Data pages on one port, over the TDB2 store or a remote
 * SPARQL store ({@code --store}). The only command that starts Spring Boot. Returns when the server is shut down.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = { "Serve the graph: /sparql (read-only SPARQL 1.1 Protocol), /api (JSON, OpenAPI at /api/docs),",
                "/id/... (Linked Data), /ontology and /.well-known/void, all on one port.",
                "On first start with an empty store, loads data/samples/ and ./corpus/ (see --load).",
                "With --store URL, serves a remote SPARQL store read-only; /sparql forwards checked queries to it." })
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:CSTKG_PORT:-8080}",
            description = "public HTTP port; 0 picks a free one (env CSTKG_PORT, default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 store directory, or mem: for an in-memory store (env CSTKG_DB, default "
                    + StoreOptions.DEFAULT_DB + ")")
    String db;

    @picocli.CommandLine.Mixin
    RemoteOptions remote;

    @Option(names = "--bind", defaultValue = "${env:CSTKG_BIND:-0.0.0.0}",
            description = "address to listen on (env CSTKG_BIND, default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--fuseki-port", defaultValue = "0",
            description = "internal loopback port of the embedded Fuseki; 0 picks a free one (default)")
    int fusekiPort;

    @Option(names = "--load", split = ",", paramLabel = "PATH",
            description = "what to load into an empty local store: reports, directories of reports or RDF files "
                    + "(.trig, .nq, .ttl); default data/samples,corpus. A remote store is loaded with ingest --store")
    List<Path> load;

    @Option(names = "--public-base", paramLabel = "URL", defaultValue = "${env:CSTKG_PUBLIC_BASE:-https://w3id.org/cstkg}",
            description = "address the service is published under, for the links it writes about itself "
                    + "(VoID, OpenAPI); never taken from requests (env CSTKG_PUBLIC_BASE, default ${DEFAULT-VALUE})")
    String publicBase;

    @Option(names = "--query-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "cancel a query (SPARQL or REST) still running after this and answer 503: 30s, 2m, 1500ms; "
                    + "a bare number is seconds (default ${DEFAULT-VALUE})")
    String queryTimeout;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "10000",
            description = "most solutions /sparql returns for one query; the answer says when it applied "
                    + "(default ${DEFAULT-VALUE})")
    int resultLimit;

    @Option(names = "--result-size", paramLabel = "SIZE", defaultValue = "16MB",
            description = "largest /sparql answer, larger ones are refused with 507 (default ${DEFAULT-VALUE})")
    String resultSize;

    @Option(names = "--request-size", paramLabel = "SIZE", defaultValue = "64KB",
            description = "largest request body or SPARQL query text, larger ones get 413 (default ${DEFAULT-VALUE})")
    String requestSize;

    @Option(names = "--client-concurrency", paramLabel = "N", defaultValue = "6",
            description = "requests one client address may have in progress at once, more get 429 "
                    + "(default ${DEFAULT-VALUE})")
    int clientConcurrency;

    @Option(names = "--response-cache", paramLabel = "SIZE", defaultValue = "32MB",
            description = "memory for answers kept until the store changes (entity views, searches, Linked Data "
                    + "pages); 0 keeps none (default ${DEFAULT-VALUE})")
    String responseCache;

    @Option(names = "--service-allow", paramLabel = "URL", split = ",",
            description = "a SPARQL endpoint queries may call with SERVICE (repeatable); none by default, "
                    + "so the server makes no outbound requests for clients")
    List<String> serviceAllow = new ArrayList<>();

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            defaultValue = "${env:CSTKG_ADMIN_PASSWORD_FILE}",
            description = "a file holding the admin password's hash (from cstkg admin-hash); enables POST/DELETE "
                    + "/admin/documents. Or the hash itself in env CSTKG_ADMIN_PASSWORD_HASH. Off without either")
    Path adminPasswordFile;

    @Option(names = "--admin-remote",
            description = "accept admin requests from other machines too (default: loopback clients only)")
    boolean adminRemote;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535)
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--port out of range: " + port);
        RemoteEndpoints endpoints = remote.endpoints(db);
        String store = db != null ? db : RemoteOptions.env("CSTKG_DB") != null ? RemoteOptions.env("CSTKG_DB")
                : StoreOptions.DEFAULT_DB;
        if (endpoints != null) {
            if (load != null)
                throw new Main.UserError("--load: not with --store; the server never writes to a remote store, "
                        + "load it with cstkg ingest --store " + endpoints.shown() + " FILES");
            store = endpoints.shown();
            // a store that is down or not SPARQL is one line before anything starts (StoreException: Main prints it)
            org.cstkg.store.RemoteStore.connect(endpoints).close();
        } else if (!"mem:".equals(store)) {
            org.cstkg.store.StoreLocation.check(store); // a URL or a file is a one-line error before anything starts
        }
        List<Path> initial = load != null ? load : List.of(Path.of("data/samples"), Path.of("corpus"));
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--server.address=" + bind,
                "--cstkg.db=" + (endpoints != null ? StoreOptions.DEFAULT_DB : store),
                "--cstkg.fuseki-port=" + fusekiPort,
                "--cstkg.initial-load=" + initial.stream().map(Path::toString).collect(Collectors.joining(",")),
                "--cstkg.public-base=" + publicBase,
                "--cstkg.limits.query-timeout=" + seconds(queryTimeout),
                "--cstkg.limits.result-rows=" + resultLimit, "--cstkg.limits.result-size=" + resultSize,
                "--cstkg.limits.request-size=" + requestSize,
                "--cstkg.limits.client-concurrency=" + clientConcurrency, "--cstkg.response-cache=" + responseCache));
        if (endpoints != null)
            args.addAll(List.of("--cstkg.store=" + endpoints.base(), "--cstkg.store-query=" + endpoints.query(),
                    "--cstkg.store-update=" + endpoints.update(), "--cstkg.store-gsp=" + endpoints.gsp()));
        if (adminPasswordFile != null)
            args.add("--cstkg.admin.password-file=" + adminPasswordFile);
        String adminHash = System.getenv("CSTKG_ADMIN_PASSWORD_HASH");
        if (adminHash != null && !adminHash.isBlank())
            args.add("--cstkg.admin.password-hash=" + adminHash.strip());
        if (adminRemote)
            args.add("--cstkg.admin.allow-remote=true");
        if (!serviceAllow.isEmpty()) // an empty value would bind as one empty entry
            args.add("--cstkg.service-allow-list=" + String.join(",", serviceAllow));
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(CstkgWebApplication.class).run(args.toArray(String[]::new));
        } catch (RuntimeException e) { // port in use, store locked by another process …: one line, exit 2
            // the port-in-use exception says it best; otherwise the deepest cause with a message
            String reason = String.valueOf(e.getMessage());
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof org.springframework.boot.web.server.PortInUseException
                        || t instanceof org.cstkg.store.StoreException) {
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
                host, actual, store);
        closed.await();
        return 0;
    }

    /** A bare number is seconds here (Spring would read it as milliseconds). */
    private static String seconds(String duration) {
        String d = duration.strip();
        return d.matches("\\d+") ? d + "s" : d;
    }
}
