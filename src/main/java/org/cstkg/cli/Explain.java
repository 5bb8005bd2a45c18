package org.cstkg.cli;

import java.io.PrintStream;

import org.cstkg.extract.Extraction;
import org.cstkg.extract.Fact;
import org.cstkg.span.Mention;
import org.cstkg.extract.Unit;

/** Prints what the extractor found and why: for reviewing rules on a new report. */
final class Explain {

    private Explain() {}

    static void print(Extraction x, PrintStream out) {
        if (!x.summary().segments().isEmpty())
            unit(x.summary(), "summary", out);
        for (Unit u : x.units()) {
            String label = u.article().label() != null ? u.article().label() : u.article().localId();
            unit(u, label + " " + u.article().title(), out);
        }
    }

    private static void unit(Unit u, String title, PrintStream out) {
        out.println("== " + title);
        for (Mention m : u.mentions())
            out.printf("  s%-3d %-28s -> %-40s %-17s %s%n", m.segment(), m.surface(), u.entities().get(m).id(),
                    m.type(), m.rule());
        for (Fact f : u.facts())
            out.printf("  s%-3d %s %s %s  [%s]%n", f.segment(), f.subject().id(), f.predicate(),
                    f.object() != null ? f.object().id() : f.value(), f.rule());
    }
}
