package org.cstkg.cli;

import java.util.concurrent.Callable;

import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.cstkg.rdf.Ontology;
import org.cstkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the whole store (all graphs as one) against the SHACL shapes; exit 1 if it does not conform.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(store.db()))
            throw new Main.UserError(store.db() + ": no store here (run ingest first)");
        try (GraphStore s = GraphStore.open(store.db())) {
            ValidationReport report = s.read(() -> ShaclValidator.get().validate(Ontology.shapes(),
                    s.dataset().getUnionModel().getGraph()));
            if (report.conforms()) {
                System.out.println("conforms: " + store.db());
                return 0;
            }
            report.getEntries().forEach(e -> System.out.println(e.toString()));
            System.out.printf("%d violation(s) in %s%n", report.getEntries().size(), store.db());
            return 1;
        }
    }
}
