package org.cstkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

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
import org.cstkg.resolve.BatchIdentity;
import org.cstkg.resolve.EntityResolver;
import org.cstkg.resolve.KnownIndex;
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
     * internal errors, the exception behind it. {@code unchanged}: an ingest found the document's graphs in the store as
     * they would be written, and left them (and the store) as they were.
     */
    public record Outcome(Path file, Result result, String error, Throwable cause, boolean unchanged) {
        public Outcome(Path file, Result result, String error, Throwable cause) {
            this(file, result, error, cause, false);
        }

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
    private final CompletableFuture<Extractor> extractor;

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
        // Jena initialises itself once, here, before a second thread may touch its classes: initialising them from two
        // threads at once deadlocks the JVM's class initialisation (RIOT's Lang against JenaSystem.init)
        org.apache.jena.sys.JenaSystem.init();
        // the gazetteer and its matchers are prepared on another core while the caller starts up (Jena, Spring)
        this.extractor = CompletableFuture.supplyAsync(Extractor::standard);
    }

    private Pipeline(SourceReader reader, boolean validate, CompletableFuture<Extractor> extractor) {
        this.reader = reader;
        this.validate = validate;
        this.extractor = extractor;
    }

    /** The same pipeline (its extractor shared, not prepared again) reading files another way. */
    public Pipeline reading(SourceReader other) {
        return new Pipeline(other, validate, extractor);
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
        } catch (RuntimeException | StackOverflowError e) {
            return failure(file, e);
        }
    }

    private static Outcome failure(Path file, Throwable e) {
        if (e instanceof SourceException || e instanceof InvalidGraphException)
            return new Outcome(file, null, e.getMessage(), e);
        return new Outcome(file, null, file + ": internal error (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")", e);
    }

    /**
     * Runs the pipeline over files in order on one thread, each document meeting the entities of those before it (and
     * of {@code known}). Never stops at a failed file.
     */
    public List<Outcome> runAll(List<Path> files, Collection<EntityResolver.Known> known) {
        List<Outcome> out = new ArrayList<>();
        runAll(files, known, 1, out::add);
        return out;
    }

    /**
     * Runs the pipeline over files on {@code threads} threads and hands every file's outcome to {@code sink}, in the
     * order of the files, on the calling thread. Documents are read and extracted independently, each against
     * {@code known}; then, in file order, a document's new entities take the IRIs of the same things in the files
     * before it ({@link BatchIdentity}) and its graphs are built (and validated). The outcomes are the same for any
     * number of threads. At most a few documents per thread are held at once. Never stops at a failed file.
     */
    public void runAll(List<Path> files, Collection<EntityResolver.Known> known, int threads, Consumer<Outcome> sink) {
        runAll(files, known, threads, o -> o, sink);
    }

    /**
     * {@link #runAll(List, Collection, int, Consumer)} with a step between: {@code prepare} turns each outcome into
     * what the sink takes (its quads written out as text, say) on the thread that built its graphs (the calling thread
     * for a file that failed, and for one thread), so that this work is shared by the threads too and the sink, on the
     * calling thread, is left with little to do. {@code prepare} must be safe to call from several threads at once.
     */
    public <T> void runAll(List<Path> files, Collection<EntityResolver.Known> known, int threads,
            Function<Outcome, T> prepare, Consumer<T> sink) {
        KnownIndex index = extractor().index(known);
        BatchIdentity identity = new BatchIdentity();
        if (threads <= 1) {
            for (Path f : files)
                sink.accept(prepare.apply(build(read(f, index), identity)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cstkg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = 4 * threads;
            Deque<Future<Read>> reading = new ArrayDeque<>();
            Deque<Future<T>> building = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !reading.isEmpty() || !building.isEmpty()) {
                while (next.hasNext() && reading.size() + building.size() < window) {
                    Path f = next.next();
                    reading.add(pool.submit(() -> read(f, index)));
                }
                if (!reading.isEmpty()) {
                    Read r = join(reading.poll());
                    if (r.failed() != null) {
                        building.add(CompletableFuture.completedFuture(prepare.apply(r.failed())));
                    } else {
                        identity.settle(r.extraction().entities()); // in file order, on this thread
                        building.add(pool.submit(() -> prepare.apply(graphs(r))));
                    }
                }
                while (!building.isEmpty() && (building.peek().isDone() || building.size() >= window
                        || reading.isEmpty() && !next.hasNext()))
                    sink.accept(join(building.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A document read and extracted, not yet settled against the batch; or the outcome of its failure. */
    private record Read(Path file, Document document, Extraction extraction, Outcome failed) {}

    private Read read(Path file, KnownIndex known) {
        try {
            Document d = reader.parse(file);
            return new Read(file, d, extractor().extract(d, known), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Read(file, null, null, failure(file, e));
        }
    }

    private Outcome build(Read r, BatchIdentity identity) {
        if (r.failed() != null)
            return r.failed();
        identity.settle(r.extraction().entities());
        return graphs(r);
    }

    private Outcome graphs(Read r) {
        try {
            // the batch's identities may have made two of the document's entities one: settle what it states once
            Extraction x = org.cstkg.extract.SingleValues.settle(r.extraction());
            Result result = new Result(r.document(), x, new GraphBuilder().build(x));
            if (validate)
                validate(result.graphs(), r.file().toString());
            return new Outcome(r.file(), result, null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return failure(r.file(), e);
        }
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // read() and graphs() catch what they can
        }
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
