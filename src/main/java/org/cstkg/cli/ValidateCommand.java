package org.cstkg.cli;

import java.util.concurrent.Callable;

import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.cstkg.rdf.Ontology;
import org.cstkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Check the whole store (all graphs as one) against the SHACL shapes; exit 1 if it does not conform.",
                "A remote store's graphs are fetched into memory first (one CONSTRUCT)." })
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            ValidationReport report = s.readUnion(union -> ShaclValidator.get().validate(Ontology.shapes(), union));
            if (report.conforms()) {
                System.out.println("conforms: " + s.name());
                return 0;
            }
            report.getEntries().forEach(e -> System.out.println(e.toString()));
            System.out.printf("%d violation(s) in %s%n", report.getEntries().size(), s.name());
            return 1;
        }
    }
}
