package org.cstkg.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tab-separated file of {@code data/generate/} (on the classpath under {@value #ROOT}): {@code #} comments, a
 * header line, then rows of at most the header's columns (missing trailing cells read as empty).
 */
final class DataFile {

    static final String ROOT = "/cstkg-data/generate/";

    /** One row and where it was read, for error messages. */
    record Row(String file, int line, List<String> cells) {
        String get(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    private DataFile() {}

    static List<Row> rows(String name, String... header) {
        return parse(name, read(name), header);
    }

    static List<Row> parse(String name, String content, String... header) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        boolean seenHeader = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] c = line.split("\t", -1);
            if (!seenHeader) {
                if (!Arrays.equals(c, header))
                    throw new IllegalStateException(name + ":" + (i + 1) + ": header must be: "
                            + String.join(" ", header));
                seenHeader = true;
                continue;
            }
            if (c.length > header.length || c[0].isBlank())
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected up to " + header.length
                        + " tab-separated columns with the first one filled");
            rows.add(new Row(name, i + 1, Arrays.stream(c).map(String::strip).toList()));
        }
        if (!seenHeader)
            throw new IllegalStateException(name + ": no header line");
        return rows;
    }

    private static String read(String name) {
        try (InputStream in = DataFile.class.getResourceAsStream(ROOT + name)) {
            if (in == null)
                throw new IllegalStateException(name + ": missing from the classpath (" + ROOT + name + ")");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
