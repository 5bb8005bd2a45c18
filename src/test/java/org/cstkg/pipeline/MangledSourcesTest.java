package org.cstkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.cstkg.extract.Extractor;
import org.cstkg.graph.GraphBuilder;
import org.cstkg.document.Document;
import org.cstkg.source.SourceException;
import org.cstkg.source.SourceReader;
import org.cstkg.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Texts as they come out of PDFs and web pages are messy. Mangled copies of the digests, of the golden documents and of
 * the real texts in {@code ../shared/real-dev} (lines dropped, doubled, cut, stray brackets, quotes and Hanja) go
 * through format detection, extraction and the graph builder: each must be read or rejected with a
 * {@link SourceException}, never crash. Seeded, so a failure is repeatable.
 */
class MangledSourcesTest {

    static final String[] NOISE = { "(", ")", "'", "‘", "’", "《", "》", "(中國", "科學)", "·", "\t", "■", "- ", "☑",
            "(5.", "02", "호", "(2023-", "등 3개 부처", "<", "https://", "[신화망 베이징 5월9일] ", "(서울=연합뉴스) ",
            "입력 2023.07.10 ", "<p>", "</div>", "\"", "“", "□ ", "○ ", "원장", " 교수", "(사진=", "발행일 | 2023. 6. 2" };

    @Test
    void mangledSourcesAreReadOrRejectedCleanly() throws Exception {
        List<String> sources = new ArrayList<>();
        sources.add(Files.readString(Path.of("data/samples/cstkg-sample-digest-2023-11-03.txt")));
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/golden"))) {
            for (Path p : s.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".trig")).sorted().toList())
                sources.add(Files.readString(p));
        }
        Path shared = SharedData.shared().resolve("corpus/kostec-weekly-2023-06-02.txt");
        if (Files.isRegularFile(shared))
            sources.add(Files.readString(shared));
        Path real = SharedData.shared().resolve("real-dev/texts");
        if (Files.isDirectory(real))
            try (Stream<Path> s = Files.list(real)) {
                for (Path p : s.sorted().toList())
                    sources.add(Files.readString(p));
            }
        Extractor extractor = Extractor.standard();
        SourceReader reader = SourceReader.create();
        Random random = new Random(Long.getLong("mangled.seed", 20261126L));
        int read = 0, rounds = Integer.getInteger("mangled.rounds", 12 * sources.size());
        for (int round = 0; round < rounds; round++) {
            String text = mangle(sources.get(round % sources.size()), random);
            Document doc;
            try {
                doc = reader.parse("mangled-" + round + ".txt", text.getBytes(StandardCharsets.UTF_8));
            } catch (SourceException rejected) {
                continue;
            }
            try {
                assertNotNull(new GraphBuilder().build(extractor.extract(doc)));
                read++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("round " + round + " (source " + round % sources.size() + "): " + e, e);
            }
        }
        if (read < rounds / 2)
            fail("most mangled copies should still be read, only " + read + " of " + rounds + " were");
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
