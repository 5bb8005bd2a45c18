package org.cstkg.extract;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * A version of a known product is a product of its own: {@code 챗GPT 3.5}, {@code 어니 3.5} (of 어니봇, 어니 4.5),
 * {@code 판구 5.0}, {@code 어센드 910B}. The stem is a known technology's name or the first word of one; the version has a
 * decimal point or three or four digits (a model number, not a year), so that counts and years ({@code GPT 모델 5개},
 * {@code 2024}) stay what they are.
 */
final class ProductVersions implements MentionRule {

    private static final Pattern STEM_VERSION = Pattern.compile(
            "(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9]{1,9})\\s?(\\d{1,2}\\.\\d{1,2}|\\d{3,4}[A-Z]{0,2})"
                    + "(?![0-9.%]|\\s?(?:배|명|개|억|조|만|위|년|원|달러|%|km|킬로|톤|미터|호))");
    private final Set<String> stems = new HashSet<>();

    ProductVersions(Iterable<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries)
            if (e.type() == EntityType.Technology)
                for (String f : e.ko()) {
                    String first = f.split("[\\s\\-]")[0];
                    if (first.length() >= 2 && !Rx.matches(first, "\\d.*"))
                        stems.add(first);
                    if (!f.contains(" ") && f.length() >= 2)
                        stems.add(Rx.replaceFirst(f, "[\\d.\\-]+$", ""));
                }
        stems.removeIf(s -> s.length() < 2 || Cues.GENERIC_LATIN.contains(s.toUpperCase(java.util.Locale.ROOT)));
    }

    @Override
    public String name() {
        return "product-version";
    }

    @Override
    public void find(SegmentText s, Map<String, String> glosses, Candidates found) {
        Matcher m = STEM_VERSION.matcher(s.text());
        while (m.find()) {
            String stem = m.group(1);
            if (!stems.contains(stem) || Rx.matches(m.group(2), "(19|20)\\d\\d"))
                continue; // a year is not a model number
            String name = stem + " " + m.group(2);
            found.add(new Mention(s.index(), m.start(), m.end(), s.raw().substring(m.start(), m.end()),
                    EntityType.Technology, name, null, null, null, null, name()));
        }
    }
}
