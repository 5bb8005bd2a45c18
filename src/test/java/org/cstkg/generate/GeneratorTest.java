package org.cstkg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.resolve.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: repeatable for a seed, different across seeds, and read whole by the pipeline. */
class GeneratorTest {

    static Generator generator;
    static Pipeline pipeline;

    @BeforeAll
    static void setUp() {
        generator = Generator.standard();
        pipeline = new Pipeline();
    }

    @Test
    void sameSeedSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        generator.write(a.resolve("x"), 42, 4, "digest", null);
        Generator.standard().write(b.resolve("x"), 42, 4, "digest", null);
        List<Path> files = list(a.resolve("x"));
        assertEquals(4, files.size());
        for (Path f : files)
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve("x").resolve(f.getFileName())),
                    f.getFileName().toString());
    }

    @Test
    void differentSeedDifferentText() {
        for (String layout : Generator.LAYOUTS)
            assertNotEquals(generator.file(1, 1, layout, null).text(), generator.file(2, 1, layout, null).text());
    }

    @Test
    void aFileDependsOnlyOnSeedAndNumber() {
        assertEquals(generator.file(5, 3, "digest", null).text(), generator.file(5, 3, "digest", null).text());
        assertNotEquals(generator.file(5, 3, "digest", null).text(), generator.file(5, 4, "digest", null).text());
    }

    @Test
    void digestsAreReadWithTheArticlesAsked(@TempDir Path dir) throws IOException {
        Generator.Summary s = generator.write(dir, 9, 5, "digest", 4);
        assertEquals(20, s.articles());
        List<Pipeline.Outcome> outcomes = extractAll(dir);
        assertEquals(5, outcomes.size());
        for (Pipeline.Outcome o : outcomes) {
            assertTrue(o.ok(), o.error());
            assertEquals("digest", o.result().report().format());
            assertEquals(4, o.result().report().articles().size(), o.file().toString());
        }
        assertEntities(outcomes);
    }

    @Test
    void digestsVaryInLengthByDefault(@TempDir Path dir) throws IOException {
        Generator.Summary s = generator.write(dir, 3, 6, "digest", null);
        List<Pipeline.Outcome> outcomes = extractAll(dir);
        long read = outcomes.stream().mapToLong(o -> o.result().report().articles().size()).sum();
        assertEquals(s.articles(), read);
        assertTrue(outcomes.stream().map(o -> o.result().report().articles().size()).distinct().count() > 1);
        outcomes.forEach(o -> assertTrue(o.result().report().articles().size() >= 10));
    }

    @Test
    void articlesAreReadOnePerFile(@TempDir Path dir) throws IOException {
        Generator.Summary s = generator.write(dir, 11, 8, "article", null);
        assertEquals(8, s.articles());
        List<Pipeline.Outcome> outcomes = extractAll(dir);
        assertEquals(8, outcomes.size());
        for (Pipeline.Outcome o : outcomes) {
            assertTrue(o.ok(), o.error());
            assertEquals("article", o.result().report().format());
            assertEquals(1, o.result().report().articles().size());
            assertTrue(o.result().report().date() != null, "the 입력 line dates the story");
        }
        assertEntities(outcomes);
    }

    /** Entities of the gazetteer and others it does not know, composed by the generator. */
    private static void assertEntities(List<Pipeline.Outcome> outcomes) {
        List<Entity> entities = outcomes.stream().flatMap(o -> o.result().extraction().entities().stream()).toList();
        assertTrue(entities.stream().anyMatch(e -> e.entry() != null), "gazetteer entities");
        assertTrue(entities.stream().anyMatch(e -> e.entry() == null), "entities the gazetteer does not know");
    }

    private static List<Pipeline.Outcome> extractAll(Path dir) {
        return pipeline.runAll(Ingest.expand(List.of(dir)), List.of());
    }

    @Test
    void unknownLayoutIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> generator.file(1, 1, "poster", null));
        assertTrue(e.getMessage().contains("digest"));
    }

    @Test
    void theDigestSaysItIsSynthetic() {
        String text = generator.file(1, 1, "digest", null).text();
        assertTrue(text.contains("합성 자료"));
        assertFalse(text.contains("{"), "no slot left unfilled");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
