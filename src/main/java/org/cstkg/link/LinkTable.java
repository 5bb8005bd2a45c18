package org.cstkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cstkg.gazetteer.DivisionCodes;

/**
 * The link table, {@code data/links/links.tsv}: one row per link, with its source, status and check date. The header
 * comments are kept when the table is written back ({@code cstkg links verify}). Every problem names the file and line.
 */
public final class LinkTable {

    public static final String RESOURCE = "/cstkg-data/links/links.tsv";
    /** The table's path in the source tree, for provenance. */
    public static final String SOURCE = "data/links/links.tsv";
    static final List<String> COLUMNS = List.of("entity", "target", "identifier", "source", "status", "checked_on",
            "p442", "evidence");

    private static final class Holder {
        static final LinkTable TABLE = classpath();
    }

    private final List<String> comments;
    private final List<Link> links;
    private final Map<String, List<Link>> byEntity = new LinkedHashMap<>();

    private LinkTable(List<String> comments, List<Link> links) {
        this.comments = List.copyOf(comments);
        this.links = List.copyOf(links);
        for (Link l : links)
            byEntity.computeIfAbsent(l.entity(), k -> new ArrayList<>()).add(l);
        byEntity.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The table shipped with the build. */
    public static LinkTable get() {
        return Holder.TABLE;
    }

    public List<Link> all() {
        return links;
    }

    /** The links of a gazetteer entity, in table order; empty when none. */
    public List<Link> of(String entity) {
        return byEntity.getOrDefault(entity, List.of());
    }

    public Set<String> entities() {
        return Collections.unmodifiableSet(byEntity.keySet());
    }

    /** The same table (comments kept) with other rows. */
    public LinkTable with(List<Link> rows) {
        return new LinkTable(comments, rows);
    }

    public static LinkTable read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public void write(Path file) {
        try {
            Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** The table as TSV: comments, header, rows; the {@code p442} column is derived from the division codes. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        comments.forEach(c -> sb.append(c).append('\n'));
        sb.append(String.join("\t", COLUMNS)).append('\n');
        for (Link l : links)
            sb.append(String.join("\t", l.entity(), l.target().id(), l.identifier(), l.source(), l.status().toString(),
                    l.checkedOn() == null ? "" : l.checkedOn().toString(), p442(l), l.evidence() == null ? ""
                            : l.evidence().replace('\t', ' ').replace('\n', ' '))).append('\n');
        return sb.toString();
    }

    /** Wikidata's P442 form of the entity's division code, for its Wikidata link; empty for anything else. */
    static String p442(Link l) {
        if (l.target() != Target.WIKIDATA)
            return "";
        return DivisionCodes.get().of(l.entity()).map(c -> DivisionCodes.p442(c.code())).orElse("");
    }

    static LinkTable parse(String file, List<String> lines) {
        List<String> comments = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean header = false;
        int n = 0;
        for (String line : lines) {
            n++;
            if (!header && line.startsWith("#")) {
                comments.add(line);
                continue;
            }
            if (line.isBlank() || line.startsWith("#"))
                continue;
            if (!header) {
                if (!List.of(line.split("\t", -1)).equals(COLUMNS))
                    throw new IllegalArgumentException(file + ":" + n + ": header must be " + String.join(", ", COLUMNS));
                header = true;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS.size())
                throw new IllegalArgumentException(file + ":" + n + ": " + c.length + " columns, expected "
                        + COLUMNS.size());
            try {
                Link l = new Link(c[0].strip(), Target.of(c[1]), c[2].strip(), c[3].strip(), LinkStatus.of(c[4]),
                        c[5].isBlank() ? null : LocalDate.parse(c[5].strip()), c[7]);
                if (!seen.add(l.entity() + " " + l.target().id() + " " + l.identifier()))
                    throw new IllegalArgumentException("duplicate link " + l.entity() + " → " + l.target().id() + ":"
                            + l.identifier());
                links.add(l);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
            }
        }
        if (!header)
            throw new IllegalArgumentException(file + ": no header line (" + String.join(", ", COLUMNS) + ")");
        return new LinkTable(comments, links);
    }

    private static LinkTable classpath() {
        try (InputStream in = LinkTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing from the classpath: " + RESOURCE);
            return parse(SOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
