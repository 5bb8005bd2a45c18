package org.cstkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cstkg.extract.Extractor;
import org.cstkg.rdf.GraphBuilder;
import org.cstkg.report.Report;
import org.cstkg.report.ReportException;
import org.cstkg.report.ReportParser;
import org.cstkg.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Reports as they come out of PDFs are messy. Mangled copies of the digests (lines dropped, doubled, cut, stray
 * brackets, quotes and Hanja) must either be read or be rejected with a {@link ReportException}: never crash the run.
 */
class MangledReportsTest {

    static final String[] NOISE = { "(", ")", "'", "‘", "’", "《", "》", "(中國", "科學)", "·", "\t", "■", "- ", "☑",
            "(5.", "02", "호", "(2023-", "등 3개 부처", "<", "https://" };

    @Test
    void mangledDigestsAreReadOrRejectedCleanly() throws Exception {
        List<String> sources = new ArrayList<>();
        sources.add(Files.readString(Path.of("data/samples/cstkg-sample-digest-2023-11-03.txt")));
        Path shared = SharedData.shared().resolve("corpus/kostec-weekly-2023-06-02.txt");
        if (Files.isRegularFile(shared))
            sources.add(Files.readString(shared));
        Extractor extractor = Extractor.standard();
        Random random = new Random(20261125L);
        int read = 0;
        for (int round = 0; round < 120; round++) {
            String text = mangle(sources.get(round % sources.size()), random);
            Report report;
            try {
                report = ReportParser.parse(text, "mangled-" + round);
            } catch (ReportException rejected) {
                continue;
            }
            try {
                assertNotNull(new GraphBuilder().build(extractor.extract(report)));
                read++;
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e, e);
            }
        }
        if (read < 60)
            fail("most mangled copies should still read as reports, only " + read + " of 120 did");
    }

    static String mangle(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(25);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                case 3 -> {
                    int p = random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, p) + NOISE[random.nextInt(NOISE.length)] + line.substring(p));
                }
                case 4 -> lines.set(at, line.replace(" ", ""));
                default -> lines.set(at, line + " " + lines.get(random.nextInt(lines.size())));
            }
        }
        return String.join("\n", lines);
    }
}
