package org.cstkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = { "Run the pipeline without a store and write RDF with the ontology included.",
                "Format by extension: .trig, .nq, .jsonld (named graphs); .ttl, .nt (all graphs merged).",
                "Every file is read or named in one line with the reason; the others are still written.",
                "Exit code 2 when any file failed." })
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "source files (text, PDF, HTML) or directories")
    List<Path> files;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "output file")
    Path out;

    @Option(names = "--explain", description = "also print, per article, each mention with its entity and rule, and each fact")
    boolean explain;

    @Mixin
    SourceOptions source;

    @Override
    public Integer call() throws IOException {
        RDFFormat format = format(out);
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir))
            throw new Main.UserError(out + ": no such directory: " + dir);
        if (!Files.isWritable(dir))
            throw new Main.UserError(out + ": directory not writable: " + dir);
        Pipeline pipeline = new Pipeline(source.reader(), false);
        org.apache.jena.sys.JenaSystem.init(); // meanwhile, on this core
        List<Path> reports = Ingest.expand(files);
        if (reports.isEmpty())
            throw new Main.UserError(files + ": no source files (.txt, .pdf or .html) found");
        Path tmp = Files.createTempFile(dir, ".cstkg", ".tmp");
        try {
            List<Pipeline.Outcome> outcomes = new java.util.ArrayList<>();
            long quads;
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                GraphOutput<?> output = format.getLang() == Lang.NQUADS ? new StreamedQuads(os) : new Merged(os, format);
                run(pipeline, reports, output, outcomes);
                quads = outcomes.stream().anyMatch(Pipeline.Outcome::ok) ? output.finish() : -1;
            }
            int code = BatchReport.print(outcomes, source.debug, System.err);
            if (quads < 0) {
                Files.deleteIfExists(tmp);
                return code;
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.err.printf("wrote %s (%d quads)%n", out, quads);
            return code;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A document's outcome, its extraction dropped unless explained, and its graphs made ready to add. */
    private record Done<R>(Pipeline.Outcome outcome, R graphs) {}

    /** Runs the batch; the graphs are made ready on the threads that built them, then added in file order. */
    private <R> void run(Pipeline pipeline, List<Path> reports, GraphOutput<R> output, List<Pipeline.Outcome> outcomes) {
        pipeline.runAll(reports, List.of(), source.threads(), o -> {
            if (!o.ok())
                return new Done<R>(o, null);
            Pipeline.Result r = o.result();
            R graphs = output.ready(r.graphs());
            return new Done<>(explain ? o
                    : new Pipeline.Outcome(o.file(), new Pipeline.Result(r.report(), null, null), null, null), graphs);
        }, d -> {
            Pipeline.Outcome o = d.outcome();
            if (o.ok()) {
                if (explain) {
                    Explain.print(o.result().extraction(), System.out);
                    o = new Pipeline.Outcome(o.file(), new Pipeline.Result(o.result().report(), null, null), null, null);
                }
                output.add(d.graphs());
            }
            outcomes.add(o);
        });
    }

    /**
     * Where the graphs of each document go, in file order; {@link #finish()} adds the ontology and returns quads.
     *
     * @param <R> a document's graphs made ready to add, by {@link #ready}, on any thread
     */
    private interface GraphOutput<R> {
        R ready(Dataset graphs);

        void add(R graphs);

        long finish();
    }

    /** A document's quads as N-Quads, in UTF-8. */
    private record Text(byte[] nquads, long quads) {}

    /** N-Quads written as documents come: a batch of any size in little memory. */
    private static final class StreamedQuads implements GraphOutput<Text> {
        private final OutputStream out;
        private long count;

        StreamedQuads(OutputStream os) {
            out = os;
        }

        @Override
        public Text ready(Dataset graphs) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
            org.cstkg.rdf.NQuadsOut quads = new org.cstkg.rdf.NQuadsOut(bytes);
            graphs.asDatasetGraph().find().forEachRemaining(quads::quad);
            quads.flush();
            return new Text(bytes.toByteArray(), quads.count());
        }

        @Override
        public void add(Text graphs) {
            try {
                out.write(graphs.nquads());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            count += graphs.quads();
        }

        @Override
        public long finish() {
            add(ready(Pipeline.withOntology(DatasetFactory.create())));
            try {
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return count;
        }
    }

    /** Every graph held, then written at once: for the formats that group (TriG, JSON-LD) or merge (Turtle, N-Triples). */
    private static final class Merged implements GraphOutput<Dataset> {
        private final Dataset all = DatasetFactory.create();
        private final OutputStream os;
        private final RDFFormat format;

        Merged(OutputStream os, RDFFormat format) {
            this.os = os;
            this.format = format;
        }

        @Override
        public Dataset ready(Dataset graphs) {
            return graphs;
        }

        @Override
        public void add(Dataset graphs) {
            graphs.listModelNames().forEachRemaining(n -> all.addNamedModel(n, graphs.getNamedModel(n)));
        }

        @Override
        public long finish() {
            Dataset ds = Pipeline.withOntology(all);
            if (format.getLang() == Lang.TURTLE || format.getLang() == Lang.NTRIPLES) {
                Model union = ds.getUnionModel();
                union.setNsPrefixes(prefixes());
                RDFDataMgr.write(os, union, format);
            } else {
                ds.getDefaultModel().setNsPrefixes(prefixes());
                RDFDataMgr.write(os, ds, format);
            }
            return ds.asDatasetGraph().stream().count();
        }
    }

    static RDFFormat format(Path out) {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".trig"))
            return RDFFormat.TRIG_BLOCKS;
        if (n.endsWith(".nq"))
            return RDFFormat.NQUADS;
        if (n.endsWith(".jsonld"))
            return RDFFormat.JSONLD;
        if (n.endsWith(".ttl"))
            return RDFFormat.TURTLE_BLOCKS;
        if (n.endsWith(".nt"))
            return RDFFormat.NTRIPLES;
        throw new Main.UserError(out + ": unknown output format; use .trig, .nq, .jsonld, .ttl or .nt");
    }

    static org.apache.jena.shared.PrefixMapping prefixes() {
        return org.apache.jena.shared.PrefixMapping.Factory.create()
                .setNsPrefix("cst", org.cstkg.rdf.CST.NS).setNsPrefix("cstid", org.cstkg.rdf.CST.ID_NS)
                .setNsPrefixes(org.apache.jena.shared.PrefixMapping.Standard)
                .setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.uri)
                .setNsPrefix("dcterms", org.apache.jena.vocabulary.DCTerms.NS);
    }
}
