package org.cstkg.extract;

import java.nio.file.Path;
import java.util.List;

import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Segment;
import org.cstkg.pipeline.Ingest;
import org.cstkg.source.SourceReader;

/**
 * The floor under {@code ./cstkg extract} as a command: read every file given and cut its segments into normalised
 * word tokens, nothing else. bench/run times it as a whole process, JVM start included, like {@code extract}.
 */
public final class ReadFloor {

    public static void main(String[] args) {
        SourceReader reader = SourceReader.create();
        long articles = 0, tokens = 0;
        for (Path p : Ingest.expand(List.of(Path.of(args[0])))) {
            Document d = reader.parse(p);
            tokens += tokens(d.summary());
            for (Article a : d.articles()) {
                articles++;
                tokens += tokens(a.segments());
            }
        }
        System.out.printf("%d articles, %d tokens%n", articles, tokens);
    }

    static long tokens(List<Segment> segments) {
        long n = 0;
        for (Segment s : segments) {
            String t = Texts.normalize(s.text());
            boolean in = false;
            for (int i = 0; i < t.length(); i++) {
                boolean word = Character.isLetterOrDigit(t.charAt(i));
                if (word && !in)
                    n++;
                in = word;
            }
        }
        return n;
    }
}
