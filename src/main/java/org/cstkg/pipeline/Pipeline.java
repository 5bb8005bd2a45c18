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
import org.cstkg.extract.Extraction;
import org.cstkg.extract.Extractor;
import org.cstkg.rdf.CST;
import org.cstkg.rdf.GraphBuilder;
import org.cstkg.rdf.Ontology;
import org.cstkg.report.Report;
import org.cstkg.report.ReportReader;
import org.cstkg.resolve.EntityResolver;

/** Report file in, named graphs out. Build once; the extractor's gazetteer is loaded on first use. */
public final class Pipeline {

    /** A report read and mapped: its graphs, named under {@link #graphPrefix()}. */
    public record Result(Report report, Extraction extraction, Dataset graphs) {
        public String graphPrefix() {
            return GraphBuilder.reportIri(report);
        }
    }

    private volatile Extractor extractor;

    private Extractor extractor() {
        Extractor e = extractor;
        if (e == null)
            synchronized (this) {
                if (extractor == null)
                    extractor = Extractor.standard();
                e = extractor;
            }
        return e;
    }

    public Result run(Path file) {
        return run(file, List.of());
    }

    /** @param known entities of earlier reports, whose IRIs this report's mentions of them take */
    public Result run(Path file, Collection<EntityResolver.Known> known) {
        Report report = ReportReader.read(file);
        Extraction x = extractor().extract(report, known);
        return new Result(report, x, new GraphBuilder().build(x));
    }

    /**
     * Runs the pipeline over files in order, each report meeting the entities of those before it (and of
     * {@code known}).
     */
    public List<Result> runAll(List<Path> files, Collection<EntityResolver.Known> known) {
        List<Result> out = new ArrayList<>();
        Collection<EntityResolver.Known> seen = known;
        for (Path f : files) {
            Result r = run(f, seen);
            out.add(r);
            seen = KnownEntities.plus(seen, KnownEntities.of(r.extraction()));
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

    /** SHACL over the union of the graphs and the ontology; throws with the report's first findings if not conform. */
    public static void validate(Dataset graphs, String name) {
        Model union = ModelFactory.createDefaultModel();
        graphs.listModelNames().forEachRemaining(n -> union.add(graphs.getNamedModel(n)));
        union.add(Ontology.ontology());
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), union.getGraph());
        if (!report.conforms()) {
            StringBuilder b = new StringBuilder(name + ": graph does not conform to the shapes:");
            report.getEntries().stream().limit(5).forEach(e -> b.append("\n  ").append(e.toString()));
            throw new IllegalStateException(b.toString());
        }
    }
}
