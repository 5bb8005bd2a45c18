package org.cstkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cstkg.rdf.EntityType;

/** Which gazetteer types a ROR organisation type admits ({@code data/links/ror-types.tsv}). */
final class RorTypes {

    static final String RESOURCE = "/cstkg-data/links/ror-types.tsv";

    private static final class Holder {
        static final RorTypes TYPES = load();
    }

    private final Map<String, Set<EntityType>> admits;

    private RorTypes(Map<String, Set<EntityType>> admits) {
        this.admits = admits;
    }

    static RorTypes get() {
        return Holder.TYPES;
    }

    /** {@code compatible}, {@code incompatible}, or {@code unknown} when the record has no type this table knows. */
    String check(EntityType type, Set<String> rorTypes) {
        boolean known = false;
        for (String t : rorTypes) {
            Set<EntityType> a = admits.get(t.toLowerCase(Locale.ROOT));
            if (a == null)
                continue;
            known = true;
            if (a.contains(type))
                return "compatible";
        }
        return known ? "incompatible" : "unknown";
    }

    private static RorTypes load() {
        Map<String, Set<EntityType>> m = new HashMap<>();
        try (InputStream in = RorTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing from the classpath: " + RESOURCE);
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("ror_type\t"))
                    continue;
                String[] c = line.split("\t");
                if (c.length != 2)
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected ror_type<TAB>types");
                Set<EntityType> types = EnumSet.noneOf(EntityType.class);
                for (String t : c[1].split("\\|"))
                    try {
                        types.add(EntityType.of(t.strip()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(RESOURCE + ":" + n + ": " + e.getMessage(), e);
                    }
                m.put(c[0].strip().toLowerCase(Locale.ROOT), types);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RorTypes(m);
    }
}
