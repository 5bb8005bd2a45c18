package org.cstkg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated gazetteer: every {@code .tsv} file listed in {@code data/gazetteer/index.txt}, read from the classpath
 * (the build copies {@code data/} to {@code cstkg-data/}), so it works the same from the source tree and the jar.
 */
public final class Gazetteer {

    public static final String BASE = "/cstkg-data/gazetteer/";
    static final String HEADER = "id\ttype\ten\tzh_hans\tzh_hant\tpinyin\tko\tabbr\tpart_of\tlocated_in\twikidata";

    private final Map<String, GazetteerEntry> byId;

    private Gazetteer(Map<String, GazetteerEntry> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static Gazetteer load() {
        List<String> files = new ArrayList<>();
        for (String line : lines(BASE + "index.txt", "index.txt"))
            if (!line.isBlank() && !line.startsWith("#"))
                files.add(line.strip());
        Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
        for (String f : files)
            read(f, lines(BASE + f, f), byId);
        check(byId);
        return new Gazetteer(byId);
    }

    /** Reads rows of one file into {@code byId}; errors name the file and line. */
    static void read(String file, List<String> lines, Map<String, GazetteerEntry> byId) {
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            if (!header) {
                if (!line.strip().equals(HEADER))
                    throw new GazetteerException(file + ":" + (i + 1) + ": header must be: " + HEADER);
                header = true;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 11)
                throw new GazetteerException(file + ":" + (i + 1) + ": expected 11 columns, found " + c.length);
            EntityType type;
            try {
                type = EntityType.valueOf(c[1].strip());
            } catch (IllegalArgumentException e) {
                throw new GazetteerException(file + ":" + (i + 1) + ": unknown type '" + c[1] + "'");
            }
            GazetteerEntry e;
            try {
                e = new GazetteerEntry(c[0].strip(), type, opt(c[2]), opt(c[3]), opt(c[4]), opt(c[5]), list(c[6]),
                        list(c[7]), opt(c[8]), opt(c[9]), opt(c[10]));
            } catch (IllegalArgumentException ex) {
                throw new GazetteerException(file + ":" + (i + 1) + ": " + ex.getMessage());
            }
            if (byId.putIfAbsent(e.id(), e) != null)
                throw new GazetteerException(file + ":" + (i + 1) + ": duplicate id '" + e.id() + "'");
        }
    }

    static void check(Map<String, GazetteerEntry> byId) {
        for (GazetteerEntry e : byId.values()) {
            if (e.partOf() != null && !byId.containsKey(e.partOf()))
                throw new GazetteerException(e.id() + ": part_of names unknown id '" + e.partOf() + "'");
            if (e.locatedIn() != null && !byId.containsKey(e.locatedIn()))
                throw new GazetteerException(e.id() + ": located_in names unknown id '" + e.locatedIn() + "'");
        }
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    private static String opt(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static List<String> list(String s) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String> lines(String resource, String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new GazetteerException("gazetteer file missing from the classpath: " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer file " + name + ": " + e.getMessage());
        }
    }
}
