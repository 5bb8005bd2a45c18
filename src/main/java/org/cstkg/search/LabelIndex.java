package org.cstkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The jena-text (Lucene) index over entity labels. Every write through the returned dataset updates the index in the
 * same transaction, so the index stays in step with the store after each ingest.
 *
 * <p>One Lucene field, {@value #FIELD}, holds {@code rdfs:label}, {@code skos:prefLabel} and {@code skos:altLabel}; it is
 * analysed by {@link LabelAnalyzer} (traditional → simplified Hanzi, width and case folding, CJK bigrams) so that a
 * partial name in Hangul or Hanzi, or an English phrase, finds the full label. Search it with {@link LabelSearch}.
 */
public final class LabelIndex {

    /** The Lucene field holding all labels. */
    public static final String FIELD = "label";

    private LabelIndex() {}

    /** Wraps a (TDB2) dataset with a label index stored on disk in {@code indexDir}. */
    public static Dataset wrap(Dataset tdb, Path indexDir) {
        Objects.requireNonNull(tdb, "tdb");
        Objects.requireNonNull(indexDir, "indexDir");
        try {
            Files.createDirectories(indexDir);
            return wrap(tdb, FSDirectory.open(indexDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open label index in " + indexDir, e);
        }
    }

    /** Wraps a dataset with a label index held in memory (tests, throw-away stores). */
    public static Dataset wrapInMemory(Dataset tdb) {
        Objects.requireNonNull(tdb, "tdb");
        return wrap(tdb, new ByteBuffersDirectory());
    }

    private static Dataset wrap(Dataset tdb, Directory dir) {
        return TextDatasetFactory.createLucene(tdb, dir, config());
    }

    /** True for the predicates whose objects the index holds ({@code rdfs:label}, {@code skos:prefLabel}, {@code skos:altLabel}). */
    public static boolean indexes(org.apache.jena.graph.Node predicate) {
        return predicate.equals(RDFS.label.asNode()) || predicate.equals(SKOS.prefLabel.asNode())
                || predicate.equals(SKOS.altLabel.asNode());
    }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", FIELD, RDFS.label);
        def.set(FIELD, SKOS.prefLabel.asNode());
        def.set(FIELD, SKOS.altLabel.asNode());
        def.setLangField("lang");
        // a uid per indexed triple lets removals (graph replacement on re-ingest) delete their documents
        def.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new LabelAnalyzer(true));
        config.setQueryAnalyzer(new LabelAnalyzer(false));
        config.setValueStored(true);
        return config;
    }
}
