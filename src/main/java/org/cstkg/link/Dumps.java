package org.cstkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the records of a dump the user supplies, one at a time (a full dump does not fit in memory): a Wikidata JSON
 * dump (one array of entities, one per line) or a filtered subset of it (the same, JSON lines, or the
 * {@code {"entities": {…}}} answers of {@code Special:EntityData} and {@code wbgetentities}), and a ROR data dump
 * (an array of records, schema v2 with {@code names}, or v1 with {@code name}, {@code aliases}, {@code labels}).
 * Files ending in {@code .gz} are read through gzip.
 */
final class Dumps {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Dumps() {}

    static void wikidata(Path file, Consumer<DumpRecord> sink) {
        read(file, n -> {
            JsonNode id = n.get("id");
            if (id == null || !id.isString() || !id.stringValue().matches("Q[1-9][0-9]*"))
                return;
            Map<String, Set<String>> names = new HashMap<>();
            for (String field : List.of("labels", "aliases")) {
                JsonNode byLang = n.get(field);
                if (byLang == null || !byLang.isObject())
                    continue;
                for (Map.Entry<String, JsonNode> e : byLang.properties())
                    for (JsonNode v : e.getValue().isArray() ? e.getValue().values() : List.of(e.getValue()))
                        if (v.has("value"))
                            names.computeIfAbsent(DumpRecord.group(e.getKey()), k -> new LinkedHashSet<>())
                                    .add(v.get("value").asString());
            }
            Set<String> classes = new LinkedHashSet<>();
            List<String> p442 = new ArrayList<>();
            JsonNode claims = n.get("claims");
            if (claims != null && claims.isObject()) {
                for (JsonNode c : claims.path("P31").values()) {
                    JsonNode v = c.path("mainsnak").path("datavalue").path("value").path("id");
                    if (v.isString())
                        classes.add(v.stringValue());
                }
                for (JsonNode c : claims.path("P442").values()) {
                    JsonNode v = c.path("mainsnak").path("datavalue").path("value");
                    if (v.isString())
                        p442.add(v.stringValue());
                }
            }
            sink.accept(new DumpRecord(Target.WIKIDATA, id.stringValue(), names, classes, p442, Set.of(), null));
        });
    }

    static void ror(Path file, Consumer<DumpRecord> sink) {
        read(file, n -> {
            String id = n.path("id").asString("").replaceFirst("^https?://ror\\.org/", "");
            if (!Target.ROR.valid(id))
                return;
            Map<String, Set<String>> names = new HashMap<>();
            Set<String> acronyms = new LinkedHashSet<>();
            for (JsonNode name : n.path("names").values()) { // schema v2
                String value = name.path("value").asString(null);
                boolean acronym = false;
                for (JsonNode t : name.path("types").values())
                    acronym |= t.asString("").equals("acronym");
                if (acronym) {
                    if (value != null && !value.isBlank())
                        acronyms.add(value);
                } else
                    add(names, name.path("lang").asString("en"), value);
            }
            add(names, "en", n.path("name").asString(null)); // schema v1
            for (JsonNode a : n.path("aliases").values())
                add(names, "en", a.asString(null));
            for (JsonNode a : n.path("acronyms").values())
                if (!a.asString("").isBlank())
                    acronyms.add(a.asString());
            for (JsonNode l : n.path("labels").values())
                add(names, l.path("iso639").asString(""), l.path("label").asString(null));
            Set<String> wikidata = new LinkedHashSet<>();
            String preferred = null;
            JsonNode ext = n.path("external_ids");
            for (JsonNode e : ext.isArray() ? ext.values() : List.of(ext.path("Wikidata")))
                if (e.path("type").asString("wikidata").equalsIgnoreCase("wikidata")) {
                    for (JsonNode q : e.path("all").values())
                        wikidata.add(q.asString());
                    if (e.path("preferred").isString())
                        preferred = e.path("preferred").stringValue();
                }
            Set<String> types = new LinkedHashSet<>();
            for (JsonNode t : n.path("types").values())
                types.add(t.asString().toLowerCase(java.util.Locale.ROOT));
            List<DumpRecord.Place> places = new ArrayList<>();
            for (JsonNode l : n.path("locations").values()) { // schema v2
                JsonNode d = l.path("geonames_details");
                places.add(new DumpRecord.Place(text(l.path("geonames_id")), d.path("name").asString(null),
                        d.path("country_subdivision_name").asString(null), null, d.path("country_name").asString(null)));
            }
            String country = n.path("country").path("country_name").asString(null); // schema v1
            for (JsonNode a : n.path("addresses").values()) {
                JsonNode c = a.path("geonames_city");
                places.add(new DumpRecord.Place(text(c.path("id")), c.path("city").asString(a.path("city").asString(null)),
                        c.path("geonames_admin1").path("name").asString(null),
                        text(c.path("geonames_admin1").path("id")), country));
            }
            String status = n.path("status").asString("active").toLowerCase(java.util.Locale.ROOT);
            String modified = n.path("admin").path("last_modified").path("date").asString(null);
            List<DumpRecord.Relation> relations = new ArrayList<>();
            for (JsonNode r : n.path("relationships").values()) {
                String other = r.path("id").asString("").replaceFirst("^https?://ror\\.org/", "");
                if (Target.ROR.valid(other))
                    relations.add(new DumpRecord.Relation(r.path("type").asString("").toLowerCase(java.util.Locale.ROOT),
                            other, r.path("label").asString("")));
            }
            sink.accept(new DumpRecord(Target.ROR, id, names, types, List.of(), wikidata,
                    new DumpRecord.Ror(status, acronyms, preferred, places, modified, relations)));
        });
    }

    /** A number or a string as text; null when absent. */
    private static String text(JsonNode n) {
        if (n.isIntegralNumber())
            return n.asString();
        return n.isString() && !n.stringValue().isBlank() ? n.stringValue() : null;
    }

    private static void add(Map<String, Set<String>> names, String lang, String value) {
        if (value != null && !value.isBlank())
            names.computeIfAbsent(DumpRecord.group(lang.isEmpty() ? "en" : lang), k -> new LinkedHashSet<>()).add(value);
    }

    private static void read(Path file, Consumer<JsonNode> each) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                JsonNode n = it.nextValue();
                if (n.isArray())
                    n.values().forEach(each);
                else if (n.isObject() && n.path("entities").isObject()) // Special:EntityData, wbgetentities
                    n.get("entities").values().forEach(each);
                else if (n.isObject())
                    each.accept(n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not a JSON dump: " + e.getOriginalMessage());
        }
    }
}
