package org.cstkg.pipeline;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cstkg.rdf.CST;
import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.EntityResolver.Known;

/**
 * The entities of a set of triples as the resolver meets them: for each subject under {@link CST#ID_NS} whose path
 * begins with an entity kind ({@code org/}, {@code person/}, … as {@link EntityType#kind()} names them), its entity
 * class (of several, the last in {@link EntityType}'s order), its Korean names and its Chinese name (the first
 * zh-Hans label by predicate, {@code rdfs:label} before {@code skos:prefLabel} before {@code skos:altLabel}, then by
 * text). Built from triples in any order, and merged, with the same result: so the table kept in a file and extended
 * by each batch equals the one read from the whole store.
 */
final class KnownTable {

    static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

    private static final String HEADER = "# cstkg known entities, default graph version ";

    private static final class Row {
        int type = -1;
        final TreeSet<String> names = new TreeSet<>();
        final String[] zh = new String[LABELS.size()];

        void type(int t) {
            type = Math.max(type, t);
        }

        void zh(int rank, String s) {
            if (zh[rank] == null || s.compareTo(zh[rank]) < 0)
                zh[rank] = s;
        }

        String zh() {
            for (String s : zh)
                if (s != null)
                    return s;
            return null;
        }
    }

    private final Map<String, Row> rows = new HashMap<>();

    /** Takes what a triple says of an entity: its class or one of its names; any other triple is ignored. */
    void add(Triple t) {
        Node s = t.getSubject();
        if (!s.isURI() || !s.getURI().startsWith(CST.ID_NS) || !KINDS.contains(kind(s.getURI())))
            return;
        Node p = t.getPredicate(), o = t.getObject();
        if (p.equals(RDF.type.asNode())) {
            if (o.isURI() && o.getURI().startsWith(CST.NS)) {
                EntityType type = type(o.getURI().substring(CST.NS.length()));
                if (type != null)
                    row(s).type(type.ordinal());
            }
            return;
        }
        int rank = LABELS.indexOf(p);
        if (rank < 0 || !o.isLiteral())
            return;
        String lang = o.getLiteralLanguage();
        if (lang.equals("ko"))
            row(s).names.add(o.getLiteralLexicalForm());
        else if (lang.equals("zh-Hans"))
            row(s).zh(rank, o.getLiteralLexicalForm());
    }

    /** The first path segments of entity IRIs ({@code org/…}, {@code person/…}): articles, reports and the like are left out. */
    private static final java.util.Set<String> KINDS = java.util.Arrays.stream(EntityType.values()).map(EntityType::kind)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static String kind(String iri) {
        int slash = iri.indexOf('/', CST.ID_NS.length());
        return slash < 0 ? "" : iri.substring(CST.ID_NS.length(), slash);
    }

    private Row row(Node s) {
        return rows.computeIfAbsent(s.getURI().substring(CST.ID_NS.length()), k -> new Row());
    }

    /** Adds every entry of {@code other}, as if its triples had been added here. */
    void addAll(KnownTable other) {
        other.rows.forEach((id, r) -> {
            Row mine = rows.computeIfAbsent(id, k -> new Row());
            mine.type(r.type);
            mine.names.addAll(r.names);
            for (int i = 0; i < r.zh.length; i++)
                if (r.zh[i] != null)
                    mine.zh(i, r.zh[i]);
        });
    }

    /** The typed entities with a Korean or Chinese name, by class (in {@link EntityType}'s order) and then by id. */
    List<Known> known() {
        List<Known> out = new ArrayList<>();
        rows.forEach((id, r) -> {
            String zh = r.zh();
            if (r.type >= 0 && (!r.names.isEmpty() || zh != null))
                out.add(new Known(id, EntityType.values()[r.type], r.names, zh));
        });
        out.sort(Comparator.comparing((Known k) -> k.type().ordinal()).thenComparing(Known::id));
        return out;
    }

    int size() {
        return rows.size();
    }

    /**
     * Writes the table to {@code file} (replacing it whole, through a file beside it), stamped with {@code version}.
     * A failure to write leaves no file: the next reader walks the store.
     */
    void write(Path file, String version) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(HEADER + version + "\n");
                List<String> ids = new ArrayList<>(rows.keySet());
                ids.sort(null);
                for (String id : ids) {
                    Row r = rows.get(id);
                    StringBuilder line = new StringBuilder(escape(id)).append('\t').append(r.type);
                    for (String z : r.zh)
                        line.append('\t').append(z == null ? "" : escape(z));
                    for (String n : r.names)
                        line.append('\t').append(escape(n));
                    w.write(line.append('\n').toString());
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null)
                delete(tmp);
            delete(file);
        }
    }

    /** The table in {@code file} when it was written at {@code version}; null when it is missing, stale or unreadable. */
    static KnownTable read(Path file, String version) {
        if (!Files.isRegularFile(file))
            return null;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!(HEADER + version).equals(r.readLine()))
                return null;
            KnownTable table = new KnownTable();
            int zhs = LABELS.size();
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split("\t", -1);
                if (f.length < 2 + zhs)
                    return null;
                Row row = new Row();
                row.type = Integer.parseInt(f[1]);
                if (row.type >= EntityType.values().length)
                    return null;
                for (int i = 0; i < zhs; i++)
                    row.zh[i] = f[2 + i].isEmpty() ? null : unescape(f[2 + i]);
                for (int i = 2 + zhs; i < f.length; i++)
                    row.names.add(unescape(f[i]));
                table.rows.put(unescape(f[0]), row);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged file is as good as none: the store is walked again
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file that cannot be removed is left stale; its stamp no longer matches the store's
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0)
            return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }

    private static EntityType type(String local) {
        try {
            return EntityType.valueOf(local);
        } catch (IllegalArgumentException notAnEntityClass) {
            return null;
        }
    }
}
