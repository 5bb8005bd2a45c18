package org.cstkg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.hanzi.PinyinHangul;
import org.cstkg.span.Mention;

/**
 * Chinese persons named in Hangul only, next to a title: {@code 원장 장리는}, {@code 우차오후이 차관},
 * {@code 린시창 중국 유인우주비행공정판공실 부주임}, {@code 류밍 연구팀}. The name must start with the Hangul
 * transcription of a common Chinese surname, be two to six syllables long, and be made of syllables the official
 * transcription of Mandarin produces.
 */
final class TitledPersons {

    private static final String ROLES = Rx.anyOf(Cues.ROLES, false);
    private static final Pattern ROLE_AFTER = Pattern.compile("^\\s(?:" + ROLES + ")(?:[은는이가의\\s,.].*|$)");
    private static final Pattern TITLE_THEN_NAME = Pattern.compile(
            "(?<![가-힣])(?:" + ROLES + ")\\s([가-힣]{2,6}?)(?=(?:은|는|이|가|의|와|과)?(?:[\\s,.]|$))");
    private static final Pattern NAME_THEN_TITLE = Pattern.compile(
            "(?<![가-힣])([가-힣]{2,6})\\s(?:" + ROLES + "|연구팀|연구진|교수팀)(?=(?:은|는|이|가|의|와|과|로서|으로서)?(?:[\\s,.]|$))");
    private static final Pattern NAME_ORG_TITLE = Pattern.compile("(?<![가-힣])([가-힣]{2,6})\\s");
    /** Words before or after a title that are not names: 현직, 초대, 해당 ({@code data/lexicon/cues.tsv}). */
    static final Set<String> NOT_NAMES = Set.copyOf(Cues.words("not-a-name"));

    private static final Set<String> SURNAMES = new HashSet<>();
    /** Every Hangul syllable the official transcription of Mandarin can produce. */
    private static final Set<Character> MANDARIN_SYLLABLES = new HashSet<>();
    /** Syllables that end Korean words as particles and are unlikely at the end of a transcribed name. */
    private static final String PARTICLE_ENDINGS = "과와의은는을를에도";

    static {
        String[] initials = { "", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh",
                "r", "z", "c", "s", "y", "w" };
        String[] finals = { "a", "o", "e", "i", "u", "ü", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "ia",
                "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng",
                "üe", "üan", "ün", "er", "ue" };
        for (String i : initials)
            for (String f : finals) {
                try {
                    String h = PinyinHangul.transcribe(i + f);
                    if (h != null)
                        h.chars().forEach(c -> MANDARIN_SYLLABLES.add((char) c));
                } catch (RuntimeException notASyllable) {
                    // not a Mandarin syllable
                }
            }
        HanziTable han = HanziTable.get();
        for (char c : Cues.SURNAMES.toCharArray()) {
            List<String> py = han.personSyllables(String.valueOf(c));
            if (py != null && !py.isEmpty()) {
                String h = PinyinHangul.transcribe(py.get(0));
                if (h != null)
                    SURNAMES.add(h);
            }
        }
    }

    private TitledPersons() {}

    static void find(int seg, String text, List<Mention> known, List<Mention> out) {
        add(seg, text, TITLE_THEN_NAME.matcher(text), known, out);
        add(seg, text, NAME_THEN_TITLE.matcher(text), known, out);
        Matcher m = NAME_ORG_TITLE.matcher(text);
        while (m.find()) { // name, a known body, title
            int after = m.end();
            Mention org = known.stream().filter(k -> k.start() == after && k.type().isOrganization()).findFirst()
                    .orElse(null);
            if (org == null)
                continue;
            String rest = Rx.replaceFirst(text.substring(org.end()), "^\\([^)]*\\)", "");
            if (ROLE_AFTER.matcher(rest).matches())
                addName(seg, text, m.start(1), m.end(1), known, out);
        }
    }

    private static void add(int seg, String text, Matcher m, List<Mention> known, List<Mention> out) {
        while (m.find())
            addName(seg, text, m.start(1), m.end(1), known, out);
    }

    private static void addName(int seg, String text, int s, int e, List<Mention> known, List<Mention> out) {
        String name = text.substring(s, e);
        String official = org.cstkg.span.NameKey.officialTranscription(name);
        if (NOT_NAMES.contains(name) || Cues.ROLE_TITLES.containsKey(name) || !startsWithSurname(official)
                || PARTICLE_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0
                || !readsAsMandarin(official))
            return;
        if (known.stream().anyMatch(k -> k.start() < e && s < k.end())
                || out.stream().anyMatch(k -> k.start() < e && s < k.end()))
            return;
        if (SuffixNames.endsWithSuffix(name) != null)
            return;
        out.add(new Mention(seg, s, e, name, EntityType.Person, name, null, null, null, null, "person-title"));
    }

    /** Whether every syllable of a Hangul word is one the official transcription of Mandarin produces. */
    static boolean readsAsMandarin(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> MANDARIN_SYLLABLES.contains((char) c));
    }

    static boolean startsWithSurname(String name) {
        for (int n = 1; n <= 3 && n < name.length(); n++)
            if (SURNAMES.contains(name.substring(0, n)))
                return true;
        return false;
    }
}
