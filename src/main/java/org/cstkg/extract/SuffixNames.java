package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.span.Mention;
import org.cstkg.span.NameKey;

/**
 * Names that end in an organisation or facility suffix (…실험실, …연구소, …대학, …위원회, …센터): the word with the
 * suffix and the name words before it, stopping at particles, verbs, list marks, persons and the start of a country
 * name. A one-word name needs a stem of three syllables or a gloss; a longer one must contain a known name, a gloss or
 * Latin letters, or be the subject or the thing created in its clause, so that 중점실험실 or 품질 검사 센터 stay
 * common nouns.
 */
final class SuffixNames {

    private final Lexicon lexicon;
    private final HanziTable han = HanziTable.get();

    SuffixNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static final Pattern TRAILING_PARTICLE = Pattern.compile(
            "(은|는|이|가|을|를|의|에서|에게|에|와|과|도|로|으로|과의|와의|에는|에서는|이며|이고|으로서|로서|께서|간의|간)$");
    static final Pattern STOP_TOKEN = Pattern.compile(
            "^(및|등|또는|그리고|와|과|각|동|해당|통해|위해|대한|관한|따른|위한|현재|최근|이번|지난|향후|이|그|전|후"
                    + "|산하|직속|소속|예하|휘하|산하의|직속의|소속의)$");
    private static final Pattern ESTABLISHED_AFTER = Pattern.compile(
            "^(\\([^)]*\\))?(을|를|이|가)?\\s?(" + Cues.ESTABLISH_VERB.pattern() + ").*");
    private static final Pattern VERB_ENDING = Pattern.compile(".*(한|된|는|인|적|운|할|될|던|하여|하고|하며|해|고|며|서|면|게|지|다)$");
    private static final Map<String, String> SUFFIX_ZH = Map.ofEntries(Map.entry("실험실", "实验室"),
            Map.entry("연구소", "研究所"), Map.entry("연구원", "研究院"), Map.entry("대학", "大学"),
            Map.entry("대학교", "大学"), Map.entry("위원회", "委员会"), Map.entry("인민정부", "人民政府"),
            Map.entry("위성발사센터", "卫星发射中心"), Map.entry("과기청", "科学技术厅"), Map.entry("과학기술청", "科学技术厅"),
            Map.entry("과기국", "科学技术局"), Map.entry("과학기술국", "科学技术局"), Map.entry("공사", "公司"),
            Map.entry("회사", "公司"), Map.entry("센터", "中心"));

    /** A word that is only a suffix: {@code 위성발사센터}, {@code 실험실}. */
    static boolean isBareSuffix(String token) {
        String c = core(token);
        return Cues.NAME_SUFFIXES.stream().anyMatch(e -> e.getKey().equals(c)) || c.equals("센터") || c.equals("그룹");
    }

    /** The organisation suffix a token (without its particle) ends with, or null. */
    static Map.Entry<String, EntityType> endsWithSuffix(String token) {
        return analysed(token).suffix();
    }

    /** A token's core and the suffix it ends with: the same tokens come back in every document. */
    private record Analysed(String core, Map.Entry<String, EntityType> suffix) {}

    private static final int CACHE_SIZE = 100_000;
    private static final Map<String, Analysed> ANALYSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Analysed analysed(String token) {
        Analysed a = ANALYSED.get(token);
        if (a == null) {
            if (ANALYSED.size() > CACHE_SIZE)
                ANALYSED.clear();
            String core = coreOf(token);
            a = new Analysed(core, suffixOf(core));
            ANALYSED.put(token, a);
        }
        return a;
    }

    private static Map.Entry<String, EntityType> suffixOf(String core) {
        for (Map.Entry<String, EntityType> s : Cues.NAME_SUFFIXES)
            if (core.endsWith(s.getKey()))
                return s;
        if (core.endsWith("센터"))
            return Map.entry("센터", EntityType.ResearchInstitute);
        if (core.endsWith("그룹"))
            return Map.entry("그룹", EntityType.Organization);
        return null;
    }

    /** A word without its trailing particle, gloss or punctuation when it ends in a suffix: 연구소가 → 연구소. */
    static String coreWord(String token) {
        return core(token);
    }

    private static String core(String token) {
        return analysed(token).core();
    }

    private static String coreOf(String token) {
        String t = Rx.replaceAll(token, "[,.;:'\"”’\\]]+$", "");
        Matcher gloss = Rx.of("^(.*[가-힣])\\([^()]*\\)([가-힣]{0,3})$").matcher(t);
        if (gloss.matches() && (gloss.group(2).isEmpty() || Cues.PARTICLE.matcher(gloss.group(2)).matches()))
            return gloss.group(1);
        t = Rx.replaceAll(t, "\\)+$", "");
        Matcher p = TRAILING_PARTICLE.matcher(t);
        if (p.find()) {
            String c = t.substring(0, p.start());
            for (Map.Entry<String, EntityType> s : Cues.NAME_SUFFIXES)
                if (c.endsWith(s.getKey()))
                    return c;
            if (c.endsWith("센터") || c.endsWith("그룹"))
                return c;
        }
        return t;
    }

    /**
     * Suffix names of one segment. {@code known} are names already found there (gazetteer, and regions by rule): a
     * name that contains one counts even when it has several words; {@code people} bound a name on the left.
     */
    void find(int seg, String text, List<Mention> known, List<Mention> people, List<Mention> out) {
        List<int[]> tokens = new ArrayList<>();
        Matcher t = PatternRecognizer.TOKEN.matcher(text);
        while (t.find())
            tokens.add(new int[] { t.start(), t.end() });
        for (int i = 0; i < tokens.size(); i++) {
            String tok = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
            Map.Entry<String, EntityType> suffix = endsWithSuffix(tok);
            if (suffix == null)
                continue;
            String core = core(tok);
            if (core.startsWith("'") || core.startsWith("\""))
                continue; // quoted titles are read as a whole
            if (core.equals("연구원") && i > 0 && PersonNames.looksLikeName(
                    text.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1])))
                continue; // 쑨리민 연구원: a researcher, the title of the person before it
            int tokenStart = tokens.get(i)[0];
            int open = core.lastIndexOf('(');
            if (open >= 0 && core.indexOf(')', open) >= 0)
                open = -1;
            // 칭화대학·상하이과학기술대학: a list in one word; the name is its last item
            open = Math.max(open, Math.max(core.lastIndexOf('·'), Math.max(core.lastIndexOf('、'), core.lastIndexOf('/'))));
            boolean inParenthesis = open >= 0;
            if (inParenthesis) { // 진입했다(베이징우주비행통제센터: the name starts inside the parenthesis
                core = core.substring(open + 1);
                if (endsWithSuffix(core) == null || isBareSuffix(core))
                    continue;
                tokenStart += open + 1;
            }
            int first = i;
            while (!inParenthesis && first > 0 && i - first < 5 && !startsWithCountry(known, tokens.get(first)[0])) {
                String prev = text.substring(tokens.get(first - 1)[0], tokens.get(first - 1)[1]);
                int ps = tokens.get(first - 1)[0], pe = tokens.get(first - 1)[1];
                if (!extendable(prev) || people.stream().anyMatch(p -> p.start() < pe && ps < p.end())
                        || known.stream().anyMatch(k -> k.start() >= ps && k.end() < pe && k.end() > ps
                                && Cues.WHOLE_PARTICLE.matcher(text.substring(k.end(), pe)).matches()))
                    break;
                first--;
            }
            int end = tokenStart + core.length();
            int ts = tokenStart, te = tokenStart + core.length();
            if (known.stream().anyMatch(k -> k.start() <= ts && k.end() >= te))
                continue; // the gazetteer knows this name
            String cityBureauShortName = null;
            while (first < i) {
                int s0 = tokens.get(first)[0], si = tokens.get(i)[0];
                // the known place or body nearest before the last word: 광둥성 평칭실험실, 샤문 화거고신구 푸젠공정대학
                Mention lead = known.stream()
                        .filter(k -> k.start() >= s0 && k.end() <= si && (k.type() == EntityType.Region
                                && !Lexicon.isCountry(k.entry()) || k.type().isOrganization()))
                        .max(java.util.Comparator.comparingInt(Mention::end)).orElse(null);
                if (lead == null)
                    break;
                int after = first;
                while (after < i && tokens.get(after)[1] <= lead.end())
                    after++;
                if (after == first || after != i || !text.substring(lead.end(), si).isBlank())
                    break; // only a one-word name after the leading name: 광둥성 평칭실험실, not 대만구 양자 과학 센터
                String rest = Texts.clean(text.substring(tokens.get(after)[0], end));
                String restStem = rest.substring(0, rest.length() - suffix.getKey().length()).strip();
                if (lead.type().isOrganization() && Texts.syllables(restStem) < 3)
                    break; // 국가자연과학기금위원회 자문위원회: a short unit is named with its parent
                if (Texts.syllables(restStem) >= 2 && !generic(restStem)
                        && !(lead.type() == EntityType.Region && suffix.getValue() == EntityType.GovernmentBody))
                    first = after;
                else {
                    if (Texts.syllables(restStem) >= 2 && !generic(restStem))
                        cityBureauShortName = rest; // 선전시 공업정보화국 is the city's own bureau, also 공업정보화국
                    break;
                }
            }
            int start = first == i ? tokenStart : tokens.get(first)[0];
            String raw = text.substring(start, end);
            String name = Texts.clean(raw);
            String stem = name.substring(0, name.length() - suffix.getKey().length()).strip();
            boolean single = first == i;
            boolean containsKnown = known.stream().anyMatch(k -> k.start() >= start && k.end() <= end
                    && k.end() - k.start() < end - start
                    && (k.type() == EntityType.Region || k.type().isOrganization()));
            boolean glossed = raw.contains("(") || Rx.matches(raw, ".*[A-Za-z].*");
            String after = text.substring(end);
            boolean subjectOrCreated = Rx.matches(after, "^(\\([^)]*\\))?(은|는|이|가)\\s.*")
                    || ESTABLISHED_AFTER.matcher(after).matches();
            if (stem.isEmpty() || generic(stem))
                continue;
            // 중국과학원 산하 물리연구소: a unit named right after its parent and 산하 is a name, however short
            Mention parent = single && i >= 2 ? parentBefore(text, tokens.get(i - 1), known) : null;
            if (suffix.getKey().equals("연구원")
                    && !(containsKnown || parent != null || single && (Texts.syllables(stem) >= 3 || glossed)))
                continue;
            boolean accept = single ? Texts.syllables(stem) >= 3 || glossed || containsKnown || parent != null
                    : containsKnown || glossed || subjectOrCreated;
            if (!accept)
                continue;
            String hanja = hanjaOf(raw);
            String zh = zhOf(raw, stem, suffix.getKey(), known, start);
            EntityType type = suffix.getKey().equals("그룹") && !Rx.matches(stem, ".*(추진|전문가|작업|연구|자문|실무|공작|위원).*")
                    ? EntityType.Company : suffix.getValue(); // 알리바바그룹 is a company, 6G 추진 그룹 is not
            if (suffix.getKey().equals("위원회") && Rx.matches(stem, ".*(자문|전문가|학술|윤리|교학|편집|평가|심사|표준화|학위)$"))
                type = EntityType.Organization; // an advisory or academic committee, not a government body
            if (suffix.getKey().equals("캠퍼스") && known.stream().noneMatch(k -> k.start() >= start && k.end() <= end
                    && k.type() == EntityType.University))
                type = EntityType.Facility; // a university's campus is part of it; a campus named by its place a site
            Mention named = lexicon.attach(new Mention(seg, start, end, text.substring(start, end), type, name, hanja,
                    zh, null, null, "suffix-name"));
            if (cityBureauShortName != null)
                named = named.withAlt(cityBureauShortName);
            Matcher abbr = PatternRecognizer.LATIN_GLOSS.matcher(text.substring(end));
            if (named.entry() == null && abbr.lookingAt()) { // 베이징 인공지능연구원(BAAI): the abbreviation names it
                Optional<GazetteerEntry> byAbbr = lexicon.byAbbreviation(abbr.group(1));
                if (byAbbr.isPresent() && Lexicon.compatible(named.type(), byAbbr.get().type()))
                    named = named.withEntry(byAbbr.get());
            }
            if (named.entry() == null && parent != null) { // the gazetteer may know it with its parent's name
                String joined = text.substring(parent.start(), parent.end()) + " " + name;
                Optional<GazetteerEntry> e = lexicon.whole(joined, named.type());
                if (e.isPresent())
                    named = named.withEntry(e.get());
            }
            out.add(named);

        }
    }

    private static final Pattern UNDER_WORD = Pattern.compile("^(?:" + Cues.alternation("under-word") + ")$");

    /** The known body before a word of subordination ({@code 산하}, {@code 직속}) that is {@code under}, or null. */
    private static Mention parentBefore(String text, int[] under, List<Mention> known) {
        if (!UNDER_WORD.matcher(text.substring(under[0], under[1])).matches())
            return null;
        for (Mention k : known)
            if (k.type().isOrganization() && k.end() <= under[0]
                    && Rx.matches(text.substring(k.end(), under[0]), "^(?:\\([^)]*\\))?\\s$"))
                return k;
        return null;
    }

    /** A name starts at its country: in 린시창 중국 유인우주비행공정판공실 the name is 중국 … */
    private static boolean startsWithCountry(List<Mention> known, int at) {
        return known.stream().anyMatch(k -> k.start() == at && k.type() == EntityType.Region
                && Lexicon.isCountry(k.entry()));
    }

    private static boolean extendable(String prev) {
        if (STOP_TOKEN.matcher(prev).matches() || Rx.matches(prev, ".*[,.;:'\"’”·|•]$|^[|•]$|^\\d+$")
                || prev.contains(")") && !prev.contains("(") || prev.contains("(") && !prev.contains(")"))
            return false;
        String bare = Rx.replaceAll(prev, "\\([^)]*\\)$", "");
        if (bare.isEmpty() || hasParticle(bare) && !knownNameEnding(bare))
            return false;
        if (VERB_ENDING.matcher(bare).matches() && !knownNameEnding(bare))
            return false;
        return !Rx.matches(prev, "^\\d+.*(년|월|일|개|명|억|만|곳|건|종|위|차|여)$") && !Rx.matches(prev, "^\\d+(년|월|일|개|명|억|만).*");
    }

    /** A particle at the end of a word, leaving at least two syllables: 국가 is a word, 미국가 is not. */
    private static boolean hasParticle(String w) {
        Matcher p = TRAILING_PARTICLE.matcher(w);
        if (!p.find() || p.start() < 2)
            return false;
        // 이/가 end many nouns (전문가, 국가); read them as particles only after a name-like word (과학기술부가)
        String particle = p.group(1);
        return !(particle.equals("이") || particle.equals("가")) || knownNameEnding(w.substring(0, p.start()));
    }

    /** Name words that happen to end like a particle or verb: 과기부, 국무원, 대학. */
    private static boolean knownNameEnding(String w) {
        return Rx.matches(w, ".*(부|원|회|청|국|대학|센터|실험실|연구소|성|시|구|현)$") && Texts.syllables(w) >= 2;
    }

    /** A stem made only of generic words, spaced or not: 국제 유명 국가, 국제유명국가, 하이테크산업. */
    static boolean generic(String stem) {
        // 3대 과학장치, 두 단과대, 각 연구소: a count or a determiner before common words
        stem = Rx.replaceFirst(stem, "^(?:\\d+\\s?(?:대|개|곳|가지|여개|여 개)|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|여러|각|모든)(?:\\s|$)?", "");
        for (String w : stem.split("\\s+"))
            if (!w.isEmpty() && !composedOfGenericWords(w))
                return false;
        return true;
    }

    private static boolean composedOfGenericWords(String w) {
        boolean[] ok = new boolean[w.length() + 1];
        ok[0] = true;
        for (int i = 0; i < w.length(); i++)
            if (ok[i])
                for (int j = i + 1; j <= w.length(); j++)
                    if (Cues.GENERIC_STEMS.contains(w.substring(i, j)))
                        ok[j] = true;
        return ok[w.length()];
    }

    static String hanjaOf(String raw) {
        Matcher m = Rx.of("\\(([\\p{IsHan}]+)\\)").matcher(raw);
        return m.find() ? m.group(1) : null;
    }

    /** Chinese name of a suffix name when every part before the suffix has one (a gloss or a known region/body). */
    private String zhOf(String raw, String stem, String suffix, List<Mention> known, int start) {
        String zhSuffix = SUFFIX_ZH.get(suffix);
        if (zhSuffix == null)
            return null;
        Matcher g = PatternRecognizer.HANJA_GLOSS.matcher(raw);
        if (g.find() && g.start() == 0 && Texts.clean(raw.substring(0, g.end())).equals(stem.strip()))
            return han.toSimplified(g.group(2)) + zhSuffix;
        for (Mention k : known)
            if (k.start() == start && k.entry() != null && k.entry().zhHans() != null
                    && NameKey.of(k.name()).equals(NameKey.of(stem)))
                return k.entry().zhHans() + zhSuffix;
        return null;
    }
}
