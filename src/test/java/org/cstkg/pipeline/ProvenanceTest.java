package org.cstkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cstkg.extract.Extraction;
import org.cstkg.extract.Extractor;
import org.cstkg.extract.Fact;
import org.cstkg.extract.Unit;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.resolve.Entity;
import org.cstkg.source.SourceReader;
import org.cstkg.span.Mention;
import org.cstkg.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * No statement cites a sentence that does not name it: every fact read from a sentence names both its ends in that
 * sentence (or, for an end the sentence leaves implied, in the context sentence it also cites), and every other fact
 * is marked as reference data. Over the project's samples and golden documents, the KOSTEC sample and the real texts
 * of {@code ../shared/real-dev} where they are present.
 */
class ProvenanceTest {

    @Test
    void everySentenceBackedFactNamesBothEndsInItsSentences() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/golden"))) {
            s.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".trig")).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("data/samples"))) {
            s.forEach(files::add);
        }
        Path sample = SharedData.shared().resolve("corpus/kostec-weekly-2023-06-02.txt");
        if (Files.isRegularFile(sample))
            files.add(sample);
        Path real = SharedData.shared().resolve("real-dev/texts");
        if (Files.isDirectory(real))
            try (Stream<Path> s = Files.list(real)) {
                s.forEach(files::add);
            }
        Extractor extractor = Extractor.standard();
        List<String> bad = new ArrayList<>();
        int checked = 0, reference = 0, cited = 0;
        for (Path f : files) {
            Extraction x = extractor.extract(SourceReader.read(f));
            List<Unit> units = new ArrayList<>(x.units());
            units.add(x.summary());
            for (Unit u : units) {
                Map<Integer, Set<Entity>> named = new HashMap<>();
                for (Mention m : u.mentions())
                    named.computeIfAbsent(m.segment(), k -> new HashSet<>()).add(u.entities().get(m).canonical());
                for (Fact fact : u.facts()) {
                    if (fact.basis() == Fact.Basis.REFERENCE) {
                        reference++;
                        continue;
                    }
                    if (fact.basis() == Fact.Basis.CITATION) {
                        cited++;
                        citedTitleNamesIt(f, u, fact, bad);
                        continue;
                    }
                    checked++;
                    Set<Entity> there = new HashSet<>(named.getOrDefault(fact.segment(), Set.of()));
                    if (fact.context() >= 0)
                        there.addAll(named.getOrDefault(fact.context(), Set.of()));
                    List<Entity> ends = fact.object() == null ? List.of(fact.subject())
                            : List.of(fact.subject(), fact.object());
                    for (Entity e : ends)
                        if (!there.contains(e.canonical()))
                            bad.add(f.getFileName() + " s" + fact.segment() + ": " + fact.subject().id() + " "
                                    + fact.predicate() + " " + (fact.object() == null ? fact.value() : fact.object().id())
                                    + " [" + fact.rule() + "]: " + e.id() + " not named there");
                }
            }
        }
        assertTrue(checked > 30, "facts checked: " + checked);
        assertTrue(reference > 0, "reference facts seen: " + reference);
        if (Files.isRegularFile(sample))
            assertTrue(cited > 0, "citation facts seen: " + cited);
        assertTrue(bad.isEmpty(), bad.size() + " of " + checked + " facts cite a sentence that does not name them:\n"
                + String.join("\n", bad));
    }

    /** A fact read from a reference line's cited title: the line exists, and its title writes the policy's Chinese name
     *  and the Chinese name of the body it relates it to. */
    private static void citedTitleNamesIt(Path f, Unit u, Fact fact, List<String> bad) {
        HanziTable han = HanziTable.get();
        var refs = u.article() == null ? List.<org.cstkg.document.Reference>of() : u.article().references();
        if (fact.citation() > refs.size()) {
            bad.add(f.getFileName() + ": " + fact.predicate() + " cites reference " + fact.citation() + " of " + refs.size());
            return;
        }
        String title = han.key(refs.get(fact.citation() - 1).title());
        List<Entity> ends = fact.object() == null ? List.of(fact.subject()) : List.of(fact.subject(), fact.object());
        for (Entity e : ends) {
            String zh = e.canonical().zh();
            if (zh == null || !title.contains(han.key(zh)))
                bad.add(f.getFileName() + " ref" + fact.citation() + ": " + fact.subject().id() + " " + fact.predicate()
                        + " [" + fact.rule() + "]: " + e.id() + " (" + zh + ") not written in the cited title");
        }
    }
}
