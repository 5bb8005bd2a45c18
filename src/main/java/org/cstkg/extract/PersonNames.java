package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;
import org.cstkg.span.NameKey;

/**
 * Chinese persons written in Hangul in the forms {@link TitledPersons} does not read: after a title and its topic
 * particle ({@code 초대 국장은 리우례훙}), joined to the title ({@code 류청린부소장}), with {@code 씨}
 * ({@code 탄톄졘씨는}), and coordinated with a person already found ({@code 징하이펑(景海鵬)과 천둥(陳冬)이},
 * {@code 왕원차오(王文超), 류칭쑹(劉青松)}). The name must start with a surname's transcription and read as Mandarin,
 * in the official spelling or a usual variant ({@code data/lexicon/transcription-variants.tsv}).
 */
final class PersonNames implements MentionRule {

    private static final String ROLES = Rx.anyOf(Cues.ROLES, false);
    private static final String NAME_END = "(?=(?:은|는|이|가|의|와|과|도|이다|다|에게|씨)?(?:[\\s,.·]|$))";
    private static final Pattern TITLE_TOPIC_NAME = Pattern.compile(
            "(?<![가-힣])(?:" + ROLES + ")(?:은|는|으로는|로는)\\s([가-힣]{2,4}?)" + NAME_END);
    // three syllables at least: 우주비행사 is a title, not 우주 + 비행사
    private static final Pattern NAME_FUSED_TITLE = Pattern.compile(
            "(?<![가-힣])([가-힣]{3,4}?)(?:" + ROLES + ")(?=(?:은|는|이|가|의|와|과|도|을|를|으로|로)?(?:[\\s,.·]|$))");
    private static final Pattern NAME_SSI = Pattern.compile("(?<![가-힣])([가-힣]{2,4})\\s?씨(?=[은는이가의와과도를]?(?:[\\s,.]|$))");
    private static final Pattern NEXT_IN_LIST = Pattern.compile(
            "^(?:\\([^)]*\\))?\\s?(?:과|와|및|,|、|·)\\s?([가-힣]{2,4})(\\(([\\p{IsHan}]{2,4})(?:[·∙,][^)]*)?\\))?"
                    + "(?=(?:은|는|이|가|의|와|과|도|을|를|등)?(?:[\\s,.·(]|$))");

    @Override
    public String name() {
        return "person-name";
    }

    @Override
    public void find(SegmentText s, Map<String, String> glosses, Candidates found) {
        String text = s.text();
        for (Pattern p : new Pattern[] { TITLE_TOPIC_NAME, NAME_FUSED_TITLE, NAME_SSI }) {
            if (p == NAME_SSI && text.indexOf('씨') < 0)
                continue; // the pattern's one fixed syllable: most segments have none
            Matcher m = p.matcher(text);
            while (m.find()) {
                int title = m.start(), name = m.start(1);
                if (p == TITLE_TOPIC_NAME && (titleOfPersonBefore(s.text(), title, found)
                        || found.all().stream().anyMatch(k -> k.start() < name && title < k.end())))
                    continue; // 쑨리민 연구원은 보안 기술을, 캉톈연구원은 신에너지 연구를: no name follows
                add(s, m.start(1), m.end(1), null, found, p == TITLE_TOPIC_NAME ? "person-after-title"
                        : p == NAME_FUSED_TITLE ? "person-joined-title" : "person-ssi");
            }
        }
        // names coordinated with a person: each new one may lead to the next
        for (int round = 0; round < 8; round++) {
            List<Mention> persons = new ArrayList<>(found.all().stream()
                    .filter(m -> m.type() == EntityType.Person).toList());
            int before = found.all().size();
            for (Mention p : persons) {
                Matcher n = NEXT_IN_LIST.matcher(text).region(p.end(), text.length());
                if (n.lookingAt())
                    add(s, n.start(1), n.group(2) != null ? n.end(2) : n.end(1), n.group(3), found, "person-in-list");
            }
            if (found.all().size() == before)
                break;
        }
    }

    /** Whether the title at {@code at} follows a person: one found already, or a word that reads as a name. */
    private static boolean titleOfPersonBefore(String text, int at, Candidates found) {
        if (found.all().stream().anyMatch(k -> k.type() == EntityType.Person && k.end() <= at
                && text.substring(k.end(), at).isBlank()))
            return true;
        Matcher w = PREVIOUS_WORD.matcher(text.substring(0, at));
        return w.find() && looksLikeName(w.group(1));
    }

    private static final Pattern PREVIOUS_WORD = Pattern.compile("(?:^|\\s)([가-힣]{2,4})\\s$");

    private static void add(SegmentText s, int start, int end, String hanja, Candidates found, String rule) {
        String name = s.text().substring(start, hanja == null ? end : s.text().indexOf('(', start));
        if (!looksLikeName(name) || found.all().stream().anyMatch(k -> k.start() < end && start < k.end()))
            return;
        String simp = hanja == null ? null : org.cstkg.hanzi.HanziTable.get().toSimplified(hanja);
        if (hanja != null && Cues.SURNAMES.indexOf(simp.charAt(0)) < 0)
            return;
        found.add(new Mention(s.index(), start, end, s.raw().substring(start, end), EntityType.Person, name, hanja,
                simp, simp == null ? null : org.cstkg.hanzi.HanziTable.get().personPinyin(simp), null, rule));
    }

    /** Two to four syllables, a surname first, every syllable Mandarin (official or a usual variant), not a word. */
    static boolean looksLikeName(String name) {
        if (name.length() < 2 || name.length() > 4 || TitledPersons.NOT_NAMES.contains(name))
            return false;
        if (SuffixNames.endsWithSuffix(name) != null || Cues.ROLE_TITLES.containsKey(name))
            return false;
        String official = official(name);
        return TitledPersons.startsWithSurname(official) && TitledPersons.readsAsMandarin(official);
    }

    /** The official spelling of a transcribed name: {@code 리우례훙} → {@code 류례훙}. */
    static String official(String name) {
        return NameKey.officialTranscription(name);
    }
}
