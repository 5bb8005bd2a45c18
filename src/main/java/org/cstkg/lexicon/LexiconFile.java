package org.cstkg.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One tab-separated file of {@code data/lexicon/} (on the classpath under {@value #ROOT}): comment lines start with
 * {@code #}, the first other line is the header, and every row has the header's columns.
 */
public final class LexiconFile {

    public static final String ROOT = "/cstkg-data/lexicon/";

    /** One row with the place it was read from, for error messages. */
    public record Row(String file, int line, List<String> cells) {
        public String get(int i) {
            return cells.get(i);
        }

        /** The cell split at {@code |}, blanks dropped. */
        public List<String> list(int i) {
            return Arrays.stream(cells.get(i).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public LexiconException error(String message) {
            return new LexiconException(file, line, message);
        }

        /** The cell compiled as a regular expression; a bad one is an error naming file and line. */
        public Pattern pattern(int i) {
            try {
                return Pattern.compile(cells.get(i));
            } catch (PatternSyntaxException e) {
                throw error("bad pattern: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
    }

    private LexiconFile() {}

    /** The rows of a lexicon file, checked against the expected header. */
    public static List<Row> rows(String name, String... header) {
        return parse(name, read(name), header);
    }

    static List<Row> parse(String name, String content, String... header) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        boolean seenHeader = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (i == 0 && line.startsWith("\ufeff"))
                line = line.substring(1);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] c = line.split("\t", -1);
            if (!seenHeader) {
                if (!Arrays.equals(Arrays.stream(c).map(String::strip).toArray(), header))
                    throw new LexiconException(name, i + 1, "header must be: " + String.join(" ", header));
                seenHeader = true;
                continue;
            }
            if (c.length != header.length)
                throw new LexiconException(name, i + 1, "expected " + header.length + " tab-separated columns, found "
                        + c.length);
            List<String> cells = Arrays.stream(c).map(String::strip).toList();
            if (cells.get(0).isEmpty())
                throw new LexiconException(name, i + 1, "empty first column");
            rows.add(new Row(name, i + 1, cells));
        }
        if (!seenHeader)
            throw new LexiconException(name + ": no header line");
        return rows;
    }

    private static String read(String name) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(ROOT + name)) {
            if (in == null)
                throw new LexiconException(name + ": missing from the classpath (" + ROOT + name + ")");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
