package org.cstkg.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cstkg.gazetteer.Gazetteer;

/**
 * Makes a synthetic corpus for load and scale tests: {@code reports} files in the digest or the news-story layout,
 * from the gazetteer, composed names it does not know, and the templates of {@code data/generate/}. The same seed
 * gives the same bytes; file {@code n} depends only on the seed and {@code n}, so a corpus of 100 is the first 100
 * files of a corpus of 1,000. Never for claims about extraction quality.
 *
 * <pre>{@code
 * Generator g = Generator.standard();
 * Generator.Summary s = g.write(dir, 42, 1000, "digest", null);
 * }</pre>
 */
public final class Generator {

    /** One generated file: its name, its text and how many articles it holds. */
    public record File(String name, String text, int articles) {}

    /** What {@link #write} wrote. */
    public record Summary(int files, long articles, long bytes) {}

    public static final List<String> LAYOUTS = List.of("digest", "article");

    private final Storyteller storyteller;
    private final Words words;

    private Generator(Storyteller storyteller, Words words) {
        this.storyteller = storyteller;
        this.words = words;
    }

    /** The generator over the bundled gazetteer (curated entries) and {@code data/generate/}. */
    public static Generator standard() {
        Words words = Words.load();
        Casting casting = new Casting(new NamePool(Gazetteer.load()), new NameComposer(words), words);
        return new Generator(new Storyteller(Templates.load(), casting, words), words);
    }

    /**
     * @param layout            {@code digest} or {@code article}
     * @param articlesPerReport stories per digest, or null for 10 to 17 (ignored by the article layout: one each)
     */
    public File file(long seed, int number, String layout, Integer articlesPerReport) {
        return file(seed, number, layout(layout, articlesPerReport));
    }

    File file(long seed, int number, Layout layout) {
        Random r = new Random(Seeds.mix(seed, number));
        LocalDate date = layout.date(number);
        int n = layout.stories(r);
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int part = 1 + i * 3 / n; // parts in order: numbers restart in each
            stories.add(storyteller.tell(r, part, date.minusDays(r.nextInt(7)), number + "-" + (i + 1)));
        }
        Issue issue = new Issue(number, date, stories);
        return new File(layout.fileName(number), layout.render(issue), n);
    }

    /** Writes files 1 to {@code reports} into {@code dir} (created when missing), one at a time. */
    public Summary write(Path dir, long seed, int reports, String layout, Integer articlesPerReport)
            throws IOException {
        if (reports < 1)
            throw new IllegalArgumentException("reports must be at least 1: " + reports);
        Layout l = layout(layout, articlesPerReport);
        Files.createDirectories(dir);
        long articles = 0, bytes = 0;
        for (int i = 1; i <= reports; i++) {
            File f = file(seed, i, l);
            byte[] b = f.text().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(f.name()), b);
            articles += f.articles();
            bytes += b.length;
        }
        return new Summary(reports, articles, bytes);
    }

    private Layout layout(String name, Integer articlesPerReport) {
        if (articlesPerReport != null && articlesPerReport < 1)
            throw new IllegalArgumentException("articles per report must be at least 1: " + articlesPerReport);
        return switch (name) {
            case "digest" -> new DigestLayout(words, articlesPerReport);
            case "article" -> new ArticleLayout();
            default -> throw new IllegalArgumentException("unknown layout '" + name + "'; one of " + LAYOUTS);
        };
    }
}
