package org.cstkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cstkg.generate.Generator;
import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.source.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated digests 1 and 2 of seed 1 name policies whose issuer list a sentence gives as open and a cited notice
 * as complete (or the other way): each document must still say one {@code cst:issuersComplete} per policy, as the
 * shapes require, so that it validates and ingests.
 */
class IssuerCompletenessTest {

    /**
     * Generates {@code count} digests of {@code seed} and runs digests {@code numbers} (1-based; all when none) through
     * a validating pipeline as one batch: every one must come out whole.
     */
    static void eachValidates(Path dir, int seed, int count, int... numbers) throws IOException {
        Generator.standard().write(dir, seed, count, "digest", null);
        List<Path> files = Ingest.expand(List.of(dir));
        List<Path> batch = numbers.length == 0 ? files
                : java.util.Arrays.stream(numbers).mapToObj(n -> files.get(n - 1)).toList();
        List<Pipeline.Outcome> outcomes = new Pipeline(SourceReader.create(), true).runAll(batch, List.of());
        assertEquals(batch.size(), outcomes.size());
        for (Pipeline.Outcome o : outcomes)
            assertTrue(o.ok(), o.file() + ": " + o.error());
    }

    @Test
    void conflictingListsAreSettledToOneValue(@TempDir Path dir) throws IOException {
        eachValidates(dir, 1, 3);
    }

    /** Digest 12 of seed 9 names one title with a national issuer in one article and a provincial one in another. */
    @Test
    void onePolicyGetsOneLevelPerDocument(@TempDir Path dir) throws IOException {
        eachValidates(dir, 9, 12, 12);
    }

    /**
     * Digests 378 and 398 of seed 1 name one plan by two Korean titles whose head words differ (계획 in one article,
     * another kind in the next): the document still says one {@code cst:documentType} per policy.
     */
    @Test
    void onePolicyGetsOneDocumentTypePerDocument(@TempDir Path dir) throws IOException {
        eachValidates(dir, 1, 398, 378, 398);
    }

    /**
     * In one batch, digests of seed 1 that all name the high-performance computing plan: in digest 853 two of its
     * entities turn out to be the plan an earlier digest named, so they take one IRI; it still gets one value of each
     * property stated once per policy.
     */
    @Test
    void entitiesMadeOneByTheBatchStillStateEachOnce(@TempDir Path dir) throws IOException {
        eachValidates(dir, 1, 853, 378, 398, 408, 531, 559, 721, 853);
    }
}
