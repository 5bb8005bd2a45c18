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
        Dataset all = DatasetFactory.create();
        List<Path> reports = Ingest.expand(files);
        if (reports.isEmpty())
            throw new Main.UserError(files + ": no source files (.txt, .pdf or .html) found");
        List<Pipeline.Outcome> outcomes = pipeline.runAll(reports, List.of());
        for (Pipeline.Outcome o : outcomes) {
            if (!o.ok())
                continue;
            Pipeline.Result r = o.result();
            if (explain)
                Explain.print(r.extraction(), System.out);
            r.graphs().listModelNames().forEachRemaining(n -> all.addNamedModel(n, r.graphs().getNamedModel(n)));
        }
        int code = BatchReport.print(outcomes, source.debug, System.err);
        if (outcomes.stream().noneMatch(Pipeline.Outcome::ok))
            return code;
        Dataset ds = Pipeline.withOntology(all);
        Path tmp = Files.createTempFile(dir, ".cstkg", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            if (format.getLang() == Lang.TURTLE || format.getLang() == Lang.NTRIPLES) {
                Model union = ds.getUnionModel();
                union.setNsPrefixes(prefixes());
                RDFDataMgr.write(os, union, format);
            } else {
                ds.getDefaultModel().setNsPrefixes(prefixes());
                RDFDataMgr.write(os, ds, format);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.err.printf("wrote %s (%d graphs)%n", out, ds.asDatasetGraph().size());
        return code;
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
