package org.cstkg.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.cstkg.rdf.CST;
import org.cstkg.search.LabelScan;
import org.cstkg.search.NameSearch;

/**
 * Any SPARQL 1.1 store over HTTP (Fuseki, GraphDB, Virtuoso, Neptune …), through Jena's {@link RDFConnectionRemote}:
 * queries by the SPARQL Protocol, graph writes by Graph Store Protocol PUT, drops and the default graph by SPARQL
 * Update.
 *
 * <p>As in a local store, the default graph holds the distinct triples of the named graphs ({@link MergedDefaultGraph}
 * locally), kept by the writes here with SPARQL Update: a graph's triples are copied into it on the server once the
 * graph is written, and a replaced graph's triples leave it unless another named graph still holds them. The store
 * itself must therefore keep a default graph of its own (Fuseki's default; not {@code unionDefaultGraph}).
 *
 * <p>A remote store gives no transaction across requests. A document is written so that a failure at any point leaves
 * a state the next ingest of the same document repairs: first one update request removes the earlier load's triples
 * from the default graph (those no graph outside that load holds) and drops its document graph and the graphs it no
 * longer produces; then every other graph of it is PUT (each PUT replaces the graph whole, so repeating it is
 * harmless); last, one update request writes its document graph and copies all its graphs' triples into the default
 * graph. A document whose document graph is present is therefore complete, its default-graph triples included; one
 * whose document graph is missing was cut short and is replaced whole by the next ingest. Readers may see a document
 * half-written while an ingest runs; two ingests into one store at once may leave in the default graph a triple
 * that both replaced away (run one writer at a time).
 */
public final class RemoteStore implements Store {

    private static final Query PROBE = QueryFactory.create("ASK {}");
    private static final Query HAS_NAMED = QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }");
    private static final Query HAS_DEFAULT = QueryFactory.create("ASK { ?s ?p ?o }");
    private static final Query HAS_ANY = QueryFactory.create("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
    /** Every stored triple, as a local store counts them: the named graphs' and the merged default graph's. */
    private static final Query QUADS = QueryFactory.create(
            "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
    private static final String MERGE_ALL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final Query GRAPHS = QueryFactory.create(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    private static final Query UNION = QueryFactory.create(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final RemoteEndpoints endpoints;
    private final RDFConnection connection;
    private final Duration queryTimeout;
    private final AtomicInteger replaced = new AtomicInteger();

    private final List<String> signed;

    private RemoteStore(RemoteEndpoints endpoints, RDFConnection connection, Duration queryTimeout,
            List<String> signed) {
        this.endpoints = endpoints;
        this.connection = connection;
        this.queryTimeout = queryTimeout;
        this.signed = signed;
    }

    /**
     * Connects and checks that the query endpoint answers SPARQL ({@code ASK {}}); throws {@link StoreException}
     * naming the URL and the reason when it does not.
     */
    public static RemoteStore connect(RemoteEndpoints endpoints) {
        return connect(endpoints, null);
    }

    /**
     * As {@link #connect(RemoteEndpoints)}; every query is cancelled (a {@code QueryCancelledException}, as for a
     * local store) when its answer is not complete after {@code queryTimeout} (null: no limit).
     */
    public static RemoteStore connect(RemoteEndpoints endpoints, Duration queryTimeout) {
        Objects.requireNonNull(endpoints, "endpoints");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        List<String> signed = sendCredentials(endpoints);
        RDFConnection connection = RDFConnectionRemote.newBuilder()
                .destination(shown(endpoints.base()))
                .queryEndpoint(shown(endpoints.query()))
                .updateEndpoint(shown(endpoints.update()))
                .gspEndpoint(shown(endpoints.gsp()))
                .httpClient(http)
                .build();
        RemoteStore store = new RemoteStore(endpoints, connection, queryTimeout, signed);
        try {
            store.ask(PROBE);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * The user and password an endpoint's URL carries ({@code http://user:password@host/…}), sent as HTTP Basic with
     * every request to it from the first (answering the server's challenge instead would send a write's body twice,
     * and the server may close the connection under the retry). Returns the endpoints registered, to forget on close.
     */
    private static List<String> sendCredentials(RemoteEndpoints endpoints) {
        List<String> signed = new ArrayList<>();
        for (String url : new LinkedHashSet<>(List.of(endpoints.query(), endpoints.update(), endpoints.gsp()))) {
            String user = URI.create(url).getUserInfo();
            if (user == null)
                continue;
            int colon = user.indexOf(':');
            AuthEnv.get().registerBasicAuthModifier(shown(url), colon < 0 ? user : user.substring(0, colon),
                    colon < 0 ? "" : user.substring(colon + 1));
            signed.add(shown(url));
        }
        return signed;
    }

    public RemoteEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public Kind kind() {
        return Kind.REMOTE;
    }

    @Override
    public String name() {
        return endpoints.shown();
    }

    /** Whether the store answers a query now. */
    public boolean reachable() {
        try {
            ask(PROBE);
            return true;
        } catch (StoreException | QueryCancelledException e) {
            return false;
        }
    }

    /**
     * True when the store holds named graphs but its default graph is empty: it was loaded by other means (or by a
     * cstkg before the merged default graph), and queries that leave out {@code GRAPH} find nothing until
     * {@link #upgrade()}.
     */
    public boolean defaultGraphMissing() {
        return ask(HAS_NAMED) && !ask(HAS_DEFAULT);
    }

    /** Fills a missing default graph from the named graphs, on the server (one update); returns whether it did. */
    public boolean upgrade() {
        if (!defaultGraphMissing())
            return false;
        update(UpdateFactory.create(MERGE_ALL));
        return true;
    }

    @Override
    public void replaceGraphs(String graphPrefix, Dataset graphs) {
        Objects.requireNonNull(graphPrefix, "graphPrefix");
        Map<String, Model> fresh = new LinkedHashMap<>();
        for (Iterator<Resource> it = graphs.listModelNames(); it.hasNext();) {
            String name = it.next().getURI();
            fresh.put(name, graphs.getNamedModel(name));
        }
        Set<String> old = oldGraphs(graphPrefix);
        if (!old.isEmpty())
            replaced.incrementAndGet();
        replace(graphPrefix, old, fresh);
    }

    @Override
    public void replaceGraph(String graphName, Model content) {
        Set<String> old = present(graphName) ? Set.of(graphName) : Set.of();
        replace(graphName, old, Map.of(graphName, content));
    }

    /**
     * Replaces the graphs {@code old} by {@code fresh}, the graph {@code last} written last together with the default
     * graph's share of all of them (see the class comment for why in this order).
     */
    private void replace(String last, Set<String> old, Map<String, Model> fresh) {
        if (!old.isEmpty()) {
            UpdateRequest clear = new UpdateRequest();
            clear.add(RemoteUpdates.unmerge(old));
            // the document graph first, so that the document reads as incomplete until it is written again
            clear.add(new UpdateDrop(NodeFactory.createURI(last), true));
            old.stream().filter(g -> !g.equals(last) && !fresh.containsKey(g))
                    .forEach(g -> clear.add(new UpdateDrop(NodeFactory.createURI(g), true)));
            update(clear);
        }
        fresh.forEach((name, content) -> {
            if (!name.equals(last))
                put(name, content);
        });
        UpdateRequest finish = new UpdateRequest();
        if (fresh.containsKey(last))
            finish.add(RemoteUpdates.insertData(last, fresh.get(last)));
        finish.add(RemoteUpdates.merge(fresh.keySet()));
        update(finish);
    }

    private boolean present(String graph) {
        ParameterizedSparqlString present = new ParameterizedSparqlString("ASK { GRAPH ?g { ?s ?p ?o } }");
        present.setIri("g", graph);
        return ask(present.asQuery());
    }

    /** The graphs an earlier load of the document wrote, found from its document graph, or none without it. */
    private Set<String> oldGraphs(String prefix) {
        Set<String> out = new LinkedHashSet<>();
        if (!present(prefix))
            return out;
        out.add(prefix);
        ParameterizedSparqlString articles = new ParameterizedSparqlString(
                "SELECT DISTINCT ?a { GRAPH ?doc { ?a ?inReport ?doc } FILTER(isIRI(?a)) }");
        articles.setIri("doc", prefix);
        articles.setIri("inReport", CST.inReport.getURI());
        select(articles.asQuery(), rs -> {
            rs.forEachRemaining(row -> out.add(row.getResource("a").getURI()));
            return null;
        });
        out.add(prefix + "/reference");
        out.add(prefix + "/summary");
        return out;
    }

    /** Graph Store Protocol PUT: the graph is replaced whole, so repeating it changes nothing. */
    private void put(String graphName, Model content) {
        RemoteErrors.run(name(), "PUT of graph <" + graphName + "> to " + shown(endpoints.gsp()),
                () -> connection.put(graphName, content));
    }

    /** An endpoint for messages: without the user name and password its URL may carry. */
    private static String shown(String url) {
        return RemoteEndpoints.withoutUserInfo(url);
    }

    private void update(UpdateRequest request) {
        RemoteErrors.run(name(), "update at " + shown(endpoints.update()), () -> connection.update(request));
    }

    @Override
    public boolean isEmpty() {
        return !ask(HAS_ANY);
    }

    @Override
    public <T> T select(Query query, Function<ResultSet, T> reader) {
        return RemoteErrors.call(name(), "query at " + shown(endpoints.query()), () -> {
            try (QueryExecution qe = exec(query)) {
                return reader.apply(qe.execSelect());
            }
        });
    }

    @Override
    public boolean ask(Query query) {
        return RemoteErrors.call(name(), "query at " + shown(endpoints.query()), () -> {
            try (QueryExecution qe = exec(query)) {
                return qe.execAsk();
            }
        });
    }

    @Override
    public Model construct(Query query) {
        return RemoteErrors.call(name(), "query at " + shown(endpoints.query()), () -> {
            try (QueryExecution qe = exec(query)) {
                Model model = ModelFactory.createDefaultModel();
                model.add(query.isDescribeType() ? qe.execDescribe() : qe.execConstruct());
                return model;
            }
        });
    }

    private QueryExecution exec(Query query) {
        var builder = connection.newQuery().query(query);
        if (queryTimeout != null)
            builder.timeout(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
        return builder.build();
    }

    @Override
    public <T> T readUnion(Function<Graph, T> action) {
        return action.apply(construct(UNION).getGraph());
    }

    @Override
    public Size size() {
        return new Size(count(QUADS), count(GRAPHS));
    }

    private long count(Query query) {
        return select(query, rs -> rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L);
    }

    @Override
    public NameSearch search() {
        return new LabelScan(this);
    }

    @Override
    public int replacedDocuments() {
        return replaced.get();
    }

    @Override
    public void close() {
        connection.close();
        signed.forEach(AuthEnv.get()::unregisterAuthModifier);
    }
}
