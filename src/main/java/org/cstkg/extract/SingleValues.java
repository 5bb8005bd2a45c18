package org.cstkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * The properties a document states once per policy ({@code cst:issuersComplete}, {@code cst:documentType},
 * {@code cst:level}), settled again after the batch's identities: two entities of one document that turn out to be
 * the same thing as an earlier document's (and so take one IRI) may each have brought a value.
 */
public final class SingleValues {

    private SingleValues() {}

    /** The extraction with one value per entity for each of those properties; itself when nothing had two. */
    public static Extraction settle(Extraction x) {
        List<Unit> units = new ArrayList<>();
        if (x.summary() != null)
            units.add(x.summary());
        units.addAll(x.units());
        List<List<Fact>> facts = new ArrayList<>();
        for (Unit u : units)
            facts.add(new ArrayList<>(u.facts()));
        settle(facts);
        boolean changed = false;
        for (int i = 0; i < units.size(); i++)
            changed |= facts.get(i).size() != units.get(i).facts().size();
        if (!changed)
            return x;
        List<Unit> settled = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            settled.add(new Unit(u.article(), u.segments(), u.mentions(), u.entities(), facts.get(i), u.roles(),
                    u.sources()));
        }
        Unit summary = x.summary() == null ? null : settled.remove(0);
        return new Extraction(x.report(), x.publisher(), summary, settled, x.entities());
    }

    /** Settles each of those properties over all the parts' facts of one document, in place. */
    static void settle(List<List<Fact>> parts) {
        IssuerCompleteness.settle(parts);
        DocumentTypeChoice.settle(parts);
        keepOne(parts, "level", (first, later) -> first);
    }

    /**
     * Keeps one value of {@code predicate} per entity, the one {@code choose} settles on (given the facts in document
     * order), and drops the facts stating another.
     */
    static void keepOne(List<List<Fact>> parts, String predicate, BinaryOperator<Fact> choose) {
        Map<String, Fact> kept = new HashMap<>();
        for (List<Fact> facts : parts)
            for (Fact f : facts)
                if (f.predicate().equals(predicate))
                    kept.merge(f.subject().canonical().id(), f, choose);
        if (kept.isEmpty())
            return;
        for (List<Fact> facts : parts)
            facts.removeIf(f -> f.predicate().equals(predicate)
                    && !Objects.equals(valueOf(kept.get(f.subject().canonical().id())), valueOf(f)));
    }

    private static Object valueOf(Fact f) {
        return f.value() != null ? f.value() : f.object();
    }
}
