package org.cstkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.cstkg.document.Document;
import org.cstkg.extract.Extraction;
import org.cstkg.extract.Extractor;
import org.cstkg.rdf.CST;
import org.cstkg.graph.GraphBuilder;
import org.cstkg.rdf.Ontology;
import org.cstkg.resolve.EntityResolver;
import org.cstkg.source.SourceException;
import org.cstkg.source.SourceReader;

/**
 * Source file in, named graphs out. Build once; the extractor's gazetteer is loaded on first use. Over a batch,
 * every file gets exactly one {@link Outcome}: read, or failed with one line naming the file and the reason.
 */
public final class Pipeline {

    /** A document read and mapped: its graphs, named under {@link #graphPrefix()}. */
    public record Result(Document report, Extraction extraction, Dataset graphs) {
        public String graphPrefix() {
            return GraphBuilder.reportIri(report);
        }
    }

    /**
     * What became of one file: its result, or the one-line reason it failed (starting with the file's name) and, for
     * internal errors, the exception behind it.
     */
    public record Outcome(Path file, Result result, String error, Throwable cause) {
        public boolean ok() {
            return result != null;
        }

        /** True for a failure that is a defect of cstkg rather than of the input. */
        public boolean internal() {
            return cause != null && !(cause instanceof SourceException) && !(cause instanceof InvalidGraphException);
        }
    }

    /** A graph that does not conform to the shapes; the message names the file and the first findings. */
    public static final class InvalidGraphException extends RuntimeException {
        InvalidGraphException(String message) {
            super(message);
        }
    }

    private final SourceReader reader;
    private final boolean validate;
    private final java.util.concurrent.CompletableFuture<Extractor> extractor;

    public Pipeline() {
        this(SourceReader.create(), false);
    }

    /**
     * @param reader   how files are read (format forced or detected, a default date)
     * @param validate whether each document's graphs are checked with SHACL before they are returned
     */
    public Pipeline(SourceReader reader, boolean validate) {
        this.reader = reader;
        this.validate = validate;
        // the gazetteer and its matchers are prepared on another core while the caller starts up (Jena, Spring)
        this.extractor = java.util.concurrent.CompletableFuture.supplyAsync(Extractor::standard);
    }

    private Extractor extractor() {
        try {
            return extractor.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw e;
        }
    }

    public Result run(Path file) {
        return run(file, List.of());
    }

    /**
     * @param known entities of earlier documents, whose IRIs this document's mentions of them take
     * @throws SourceException for input that cannot be read; {@link InvalidGraphException} when validating
     */
    public Result run(Path file, Collection<EntityResolver.Known> known) {
        Document report = reader.parse(file);
        Extraction x = extractor().extract(report, known);
        Result r = new Result(report, x, new GraphBuilder().build(x));
        if (validate)
            validate(r.graphs(), file.toString());
        return r;
    }

    /** {@link #run(Path, Collection)}, with every failure (internal errors included) turned into an outcome. */
    public Outcome attempt(Path file, Collection<EntityResolver.Known> known) {
        try {
            return new Outcome(file, run(file, known), null, null);
        } catch (SourceException | InvalidGraphException e) {
            return new Outcome(file, null, e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(file, null, file + ": internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")", e);
        }
    }

    /**
     * Runs the pipeline over files in order, each document meeting the entities of those before it (and of
     * {@code known}). Never stops at a failed file.
     */
    public List<Outcome> runAll(List<Path> files, Collection<EntityResolver.Known> known) {
        List<Outcome> out = new ArrayList<>();
        Collection<EntityResolver.Known> seen = known;
        for (Path f : files) {
            Outcome o = attempt(f, seen);
            out.add(o);
            if (o.ok())
                seen = KnownEntities.plus(seen, KnownEntities.of(o.result().extraction()));
        }
        return out;
    }

    /** The graphs of a result plus the ontology, as one dataset, e.g. to write to a file. */
    public static Dataset withOntology(Dataset graphs) {
        Dataset out = DatasetFactory.create();
        graphs.listModelNames().forEachRemaining(n -> out.addNamedModel(n, graphs.getNamedModel(n)));
        out.addNamedModel(CST.ONTOLOGY_IRI, Ontology.ontology());
        return out;
    }

    /** SHACL over the union of the graphs and the ontology; throws with the first findings if not conform. */
    public static void validate(Dataset graphs, String name) {
        Model union = ModelFactory.createDefaultModel();
        graphs.listModelNames().forEachRemaining(n -> union.add(graphs.getNamedModel(n)));
        union.add(Ontology.ontology());
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), union.getGraph());
        if (!report.conforms()) {
            StringBuilder b = new StringBuilder(name + ": graph does not conform to the shapes:");
            report.getEntries().stream().limit(5).forEach(e -> b.append(" ").append(e.message()).append(" (")
                    .append(e.focusNode()).append(");"));
            throw new InvalidGraphException(b.toString());
        }
    }
}
