package org.cstkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.cstkg.span.NameKey;

/**
 * Parts of a name that one side may write and the other not ({@code data/links/ror-name-variants.tsv}): "the",
 * "of the People's Republic of China", 中华人民共和国 for organisations; "Sheng", "Shi", "Province" for places.
 */
final class NameVariants {

    static final String RESOURCE = "/cstkg-data/links/ror-name-variants.tsv";

    /** A name's key with parts dropped, and what was dropped. */
    record Variant(String key, String dropped) {}

    private record Rule(String lang, boolean prefix, String part) {}

    private static final class Holder {
        static final NameVariants VARIANTS = load();
    }

    private final List<Rule> rules;

    private NameVariants(List<Rule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt((Rule r) -> r.part().length()).reversed()).toList();
    }

    static NameVariants get() {
        return Holder.VARIANTS;
    }

    /** An organisation's name with its optional parts dropped; null when none applies or too little would remain. */
    Variant organisation(String name) {
        String n = lower(name);
        boolean han = n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String lang = han ? "zh" : "en";
        List<String> dropped = new ArrayList<>();
        String rest = drop(n, lang, dropped);
        if (dropped.isEmpty())
            return null;
        boolean enough = han ? rest.strip().codePointCount(0, rest.strip().length()) >= 4 : rest.strip().contains(" ");
        return enough ? new Variant(NameKey.of(rest), String.join(" and ", dropped)) : null;
    }

    /** The key of a place's name without "Sheng", "Shi", "Province" and the like, and without accents (Ürümqi). */
    String placeKey(String name) {
        if (name == null)
            return null;
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return NameKey.of(drop(lower(plain), "place", new ArrayList<>()));
    }

    private String drop(String n, String lang, List<String> dropped) {
        String rest = n;
        for (boolean prefix : new boolean[] { true, false })
            for (Rule r : rules)
                if (r.lang().equals(lang) && r.prefix() == prefix
                        && (prefix ? rest.startsWith(r.part()) : rest.endsWith(r.part()))
                        && rest.length() > r.part().length()) {
                    rest = prefix ? rest.substring(r.part().length()) : rest.substring(0, rest.length() - r.part().length());
                    dropped.add("\"" + r.part().strip() + "\"");
                    break;
                }
        return rest;
    }

    private static String lower(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('’', '\'').toLowerCase(Locale.ROOT).strip();
    }

    private static NameVariants load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = NameVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing from the classpath: " + RESOURCE);
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t"))
                    continue;
                String[] c = line.split("\t", -1);
                if (c.length != 3 || !List.of("prefix", "suffix").contains(c[1]) || c[2].isBlank())
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected lang<TAB>prefix|suffix<TAB>part");
                rules.add(new Rule(c[0], c[1].equals("prefix"), c[2].toLowerCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameVariants(rules);
    }
}
