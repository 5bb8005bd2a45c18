package org.cstkg.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.cstkg.rdf.CST;
import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.EntityResolver.Known;
import org.cstkg.store.GraphStore;
import org.cstkg.store.Store;

/**
 * Entities that earlier reports put in the store, with their Korean and Chinese names, handed to the resolver so that
 * a thing keeps one IRI from week to week.
 *
 * <p>A local store keeps them in a {@link KnownTable} file beside its data, stamped with the version of the merged
 * default graph it was read from: an ingest reads that file instead of walking every entity of the store, and adds
 * what its batch wrote. Whenever the stamp does not match (another write, a compaction, a restore) the store is walked
 * once again. The answer is the same either way: the table is a function of the default graph's triples.
 */
final class KnownEntities {

    private static final Query NAMES = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?e ?t ?l WHERE {
              ?e a ?t ; rdfs:label|skos:prefLabel|skos:altLabel ?l
              FILTER(STRSTARTS(STR(?e), "%s") && STRSTARTS(STR(?t), "%s"))
              FILTER(LANG(?l) = "ko" || LANG(?l) = "zh-Hans")
            }""".formatted(CST.ID_NS, CST.NS));

    /** The file beside a store's data. */
    static final String FILE = ".cstkg-known.tsv";

    private KnownEntities() {}

    /** The entities of the store, read from its merged default graph. */
    static List<Known> in(Store store) {
        return store instanceof GraphStore local ? tableOf(local).known() : byQuery(store);
    }

    /**
     * The table of a local store: from its file when the file's stamp is the store's, else by walking the store (and
     * the file written for next time).
     */
    static KnownTable tableOf(GraphStore store) {
        String version = store.defaultGraphVersion();
        Path file = file(store);
        if (file != null && version != null) {
            KnownTable saved = KnownTable.read(file, version);
            if (saved != null)
                return saved;
        }
        KnownTable walked = walk(store);
        if (file != null && version != null)
            walked.write(file, version);
        return walked;
    }

    /**
     * After a batch wrote to {@code store}: {@code before} (the store's table when the batch began) with what the
     * batch added, saved for the next ingest. When the batch replaced graphs (which may take names away) the file is
     * removed instead, and the next ingest walks the store.
     */
    static void afterBatch(GraphStore store, KnownTable before, KnownTable added, boolean replacedAny) {
        Path file = file(store);
        if (file == null)
            return;
        if (replacedAny) {
            KnownTable.delete(file);
            return;
        }
        save(file, store.defaultGraphVersion(), before, added);
    }

    /** Saves {@code before} with {@code added} as the table of the store in {@code dir} at {@code version}. */
    static void save(Path dir, String version, KnownTable added) {
        save(dir.resolve(FILE), version, new KnownTable(), added);
    }

    private static void save(Path file, String version, KnownTable before, KnownTable added) {
        if (version == null) {
            KnownTable.delete(file);
            return;
        }
        before.addAll(added);
        before.write(file, version);
    }

    /** Adds to {@code table} the types and names that a document's graphs state. */
    static void addGraphs(KnownTable table, Dataset graphs) {
        graphs.listNames().forEachRemaining(name -> graphs.getNamedModel(name).getGraph().find()
                .forEachRemaining(table::add));
    }

    private static Path file(GraphStore store) {
        return store.location() == null ? null : store.location().resolve(FILE);
    }

    /** Every type triple of the entity classes and every label triple of the default graph, by scans of its indexes. */
    static KnownTable walk(GraphStore store) {
        return store.read(() -> {
            Graph g = store.dataset().asDatasetGraph().getDefaultGraph();
            KnownTable table = new KnownTable();
            for (EntityType t : EntityType.values())
                g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(CST.NS + t.name())).forEachRemaining(table::add);
            for (Node p : KnownTable.LABELS)
                g.find(Node.ANY, p, Node.ANY).forEachRemaining(table::add);
            return table;
        });
    }

    /** A store reached over SPARQL: one query. */
    private static List<Known> byQuery(Store store) {
        KnownTable table = new KnownTable();
        store.select(NAMES, rs -> {
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Node e = row.getResource("e").asNode();
                Node t = row.getResource("t").asNode();
                Node p = org.apache.jena.vocabulary.RDFS.label.asNode();
                table.add(Triple.create(e, RDF.type.asNode(), t));
                table.add(Triple.create(e, p, row.getLiteral("l").asNode()));
            }
            return null;
        });
        return table.known();
    }
}
