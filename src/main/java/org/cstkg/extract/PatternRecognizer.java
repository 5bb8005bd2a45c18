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

/**
 * General rules for names the gazetteer does not know: a Korean name with its Hanja in parentheses, names ending in an
 * organisation suffix ({@link SuffixNames}), persons by their title ({@link TitledPersons}), quoted policy and event
 * titles, numbered missions, numbered events and Latin product names.
 * Each rule needs evidence of the type (a suffix, a following word, a surname); a bare gloss such as {@code 우류(羽流)}
 * is a translation aid, not a name, and is left alone.
 */
final class PatternRecognizer {

    static final Pattern HANJA_GLOSS = Pattern.compile(
            "([가-힣]{1,8})\\s?\\(([\\p{IsHan}]{1,12})"
                    + "(?:\\s*[·∙,]\\s*(?:(\\d{1,3})|왼쪽|오른쪽|가운데|좌측|우측|앞줄[^)]{0,8}|뒷줄[^)]{0,8}))?\\)");
    static final Pattern LATIN_GLOSS = Pattern.compile("\\(([A-Z][A-Za-z0-9&]{1,9})\\)");
    private static final Pattern QUOTED = Pattern.compile(
            "['\"《「]((?:[^'\"《》「」()\\n]|\\([^)\\n]*\\)){2,60}?)['\"》」]");
    private static final Pattern PERIOD = Pattern.compile(
            "\\(\\s*'?(\\d{2,4})\\s*[-–~]\\s*'?(\\d{2,4})\\s*(?:년)?\\s*\\)");
    private static final Pattern MISSION = Pattern.compile(
            "(?<![가-힣])([가-힣]{2,5})(\\s?\\([\\p{IsHan}]+\\))?\\s?(\\d{1,3})\\s?호(?:\\s?([A-Z]{1,2}\\d{0,2})(?![A-Za-z0-9]))?"
                    + "(?![선기점관실차])"); // not 3호선 (a metro line), 1호기 (a reactor unit)
    private static final Pattern NUMBERED_EVENT = Pattern.compile(
            "(제\\s?\\d{1,3}\\s?(?:회|차|기|届))\\s?((?:[가-힣A-Za-z0-9]+\\s?){0,4}?[가-힣A-Za-z0-9]*?(?:포럼|대회|회의|이사회|박람회|엑스포|총회|당대회|서밋|전람회|세미나))");
    private static final Pattern YEAR_EVENT = Pattern.compile(
            "(?<![0-9])(20\\d{2})\\s?((?:[가-힣A-Za-z]+\\s?){0,3}?[가-힣A-Za-z]*?(?:포럼|대회|박람회|엑스포|서밋|전람회|회의))");
    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\\s\\d+(?:\\.\\d+)?)?)(?![A-Za-z0-9])");
    private static final Pattern DEVELOPED_OBJECT = Pattern.compile("^\\s?(?:을|를)\\s?(개발|발표|출시|공개|선보)");
    private static final Pattern COREF = Pattern.compile(
            "(?<![가-힣])(동|해당)\\s(챗봇|모델|시스템|프로세서|플랫폼|로켓|우주선|기관|센터|연구소|실험실|대학|회사|기업|프로젝트|계획|방안|정책)");
    static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern POLICY_WORD_AFTER = Pattern.compile("^\\s?(계획|규획|방안|발전계획|행동계획|강요|의견)(?=[\\s,.']|$|은|는|이|가|을|를|의|에|과|와)");
    /** A numbered name after these words is a machine, not a mission: 양자컴퓨터 원형기 '주장 3호'. */
    private static final Pattern DEVICE_BEFORE = Pattern.compile("(컴퓨터|원형기|프로토타입|칩|슈퍼컴퓨터|모델|로봇|시스템|장치)\\s?'?\\s?$");


    private final Lexicon lexicon;
    private final SuffixNames suffixNames;
    private final HanziTable han = HanziTable.get();

    PatternRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.suffixNames = new SuffixNames(lexicon);
    }

    /**
     * Rule mentions in one segment. {@code known} are the gazetteer mentions already found there: a suffix name that
     * contains one of them (a region, a parent body) counts as a name even when it has several words.
     */
    List<Mention> find(int segment, String text, List<Mention> known) {
        return find(segment, text, known, Map.of());
    }

    /**
     * @param glosses Hanja the report has written next to Korean words elsewhere ({@code 평칭(鹏城)}), so that a name
     *                built of such words can be looked up by its Chinese form
     */
    List<Mention> find(int segment, String text, List<Mention> known, Map<String, String> glosses) {
        List<Mention> out = new ArrayList<>();
        hanjaGlosses(segment, text, out);
        List<Mention> people = out.stream().filter(m -> m.type() == EntityType.Person).toList();
        List<Mention> leading = new ArrayList<>(known);
        out.stream().filter(m -> m.type() == EntityType.Region).forEach(leading::add);
        suffixNames.find(segment, text, leading, people, out);
        quoted(segment, text, glosses, out);
        unquotedPolicies(segment, text, known, out);
        missions(segment, text, out);
        events(segment, text, NUMBERED_EVENT, out);
        events(segment, text, YEAR_EVENT, out);
        placeNamedEvents(segment, text, known, out);
        latinNames(segment, text, out);
        koreanProductNames(segment, text, known, out);
        latinGlosses(segment, text, out);
        List<Mention> names = new ArrayList<>(known);
        names.addAll(out);
        TitledPersons.find(segment, text, names, out);
        return out;
    }

    /** Policy titles standing alone in a table cell (cells joined by {@code |}), quoted or not. */
    List<Mention> tableCells(int seg, String text) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (String cell : text.split("\\|", -1)) {
            int s = text.indexOf(cell, from);
            from = s + cell.length();
            String c = Rx.replaceAll(cell.strip(), "^['\"]|['\"]$", "").strip();
            if (c.isEmpty() || !Cues.POLICY_TITLE.matcher(Rx.replaceAll(Texts.clean(c), "\\s*\\(.*$", "")).matches()
                    || Texts.syllables(c) < 4 || c.contains("•"))
                continue;
            int cs = text.indexOf(c, s);
            out.add(new Mention(seg, cs, cs + c.length(), c, EntityType.Policy, Texts.clean(c), null, null, null,
                    null, "table-policy"));
        }
        return out;
    }

    /** Korean words written with their Hanja, one syllable per character: {@code 평칭(鹏城)} gives 평칭 → 鹏城. */
    static void collectGlosses(String text, Map<String, String> into) {
        Matcher m = HANJA_GLOSS.matcher(text);
        while (m.find()) {
            String ko = m.group(1), hanja = m.group(2);
            if (ko.length() == hanja.codePointCount(0, hanja.length()) && ko.length() >= 2)
                into.putIfAbsent(ko, hanja);
        }
    }

    /** The Chinese form of a name all of whose words have a known gloss, or null. */
    private static String composedChinese(String inner, Map<String, String> glosses) {
        StringBuilder zh = new StringBuilder();
        Matcher words = Rx.of("([가-힣]+)(?:\\(([\\p{IsHan}]+)\\))?|([A-Za-z0-9]+)").matcher(inner);
        int n = 0;
        while (words.find()) {
            String h = words.group(2) != null ? words.group(2)
                    : words.group(1) != null ? glosses.get(words.group(1)) : words.group(3);
            if (h == null)
                return null;
            zh.append(h);
            n++;
        }
        return n >= 2 ? zh.toString() : null;
    }

    /** {@code 동 챗봇} and the like: spans that refer back to an earlier entity of the article. */
    static List<int[]> coreferences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = COREF.matcher(text);
        while (m.find())
            out.add(new int[] { m.start(), m.end() });
        return out;
    }

    static boolean corefTechnology(String phrase) {
        return Rx.matches(phrase, ".*(챗봇|모델|시스템|프로세서|플랫폼|로켓)$");
    }

    private Mention mention(int seg, String text, int s, int e, EntityType type, String name, String hanja, String zh,
            String en, String rule) {
        return lexicon.attach(new Mention(seg, s, e, text.substring(s, e), type, name, hanja, zh, en, null, rule));
    }

    private void hanjaGlosses(int seg, String text, List<Mention> out) {
        Matcher m = HANJA_GLOSS.matcher(text);
        while (m.find()) {
            String ko = m.group(1), hanja = m.group(2), age = m.group(3);
            String after = text.substring(m.end());
            String simp = han.toSimplified(hanja);
            Optional<GazetteerEntry> exact = lexicon.byChinese(hanja);
            if (exact.isPresent()) {
                out.add(new Mention(seg, m.start(), m.end(), m.group(), exact.get().type(), ko, hanja, null, null,
                        exact.get(), "hanja-gazetteer"));
                continue;
            }
            String regionEn = regionEnglish(simp);
            boolean suffixFollows = !after.isEmpty() && (Texts.isHangul(after.charAt(0))
                    ? SuffixNames.endsWithSuffix(firstToken(after)) != null
                    : after.charAt(0) == ' ' && SuffixNames.isBareSuffix(firstToken(after)));
            if (suffixFollows) { // an organisation name, read by the suffix rule; a place in it is kept
                if (regionEn != null)
                    out.add(new Mention(seg, m.start(), m.end(), m.group(), EntityType.Region, ko, hanja, simp,
                            regionEn, null, "region-hanja"));
                continue;
            }
            Matcher tech = Cues.TECH_AFTER.matcher(after);
            if (tech.lookingAt() || Rx.matches(after, "^\\s?시리즈.*")) {
                int e = tech.lookingAt() ? m.end() + tech.end() : m.end();
                String name = tech.lookingAt() ? ko + " " + tech.group(1) : ko;
                out.add(mention(seg, text, m.start(), e, EntityType.Technology, Texts.clean(name), hanja, null, null,
                        "hanja-technology"));
                continue;
            }
            Matcher company = Rx.of("^\\s?([A-Za-z]*사)(?![가-힣])").matcher(after);
            if (company.lookingAt()) {
                out.add(mention(seg, text, m.start(), m.end() + company.end(), EntityType.Company,
                        ko + " " + company.group(1), hanja, null, null, "hanja-company"));
                continue;
            }
            Optional<GazetteerEntry> prefix = lexicon.byChinesePrefix(hanja);
            if (prefix.isPresent()) {
                Matcher rest = Rx.of("^[가-힣]+").matcher(after);
                boolean particle = rest.lookingAt() && Cues.PARTICLE.matcher(rest.group()).matches();
                int e = m.end() + (rest.lookingAt() && !particle ? rest.end() : 0);
                out.add(new Mention(seg, m.start(), e, text.substring(m.start(), e), prefix.get().type(),
                        Texts.clean(text.substring(m.start(), e)), hanja, null, null, prefix.get(), "hanja-prefix"));
                continue;
            }
            if (isPersonName(simp, ko) && (age != null || personContext(text.substring(0, m.start()), after))) {
                String en = han.personPinyin(simp);
                out.add(new Mention(seg, m.start(), m.end(), m.group(), EntityType.Person, ko, hanja, simp, en, null,
                        age != null ? "person-hanja-age" : "person-hanja"));
                continue;
            }
            if (regionEn != null)
                out.add(new Mention(seg, m.start(), m.end(), m.group(), EntityType.Region, ko, hanja, simp, regionEn,
                        null, "region-hanja"));
        }
    }

    /** A title or a team right after the name (within a few words), or a title right before it. */
    private static boolean personContext(String before, String after) {
        if (Rx.matches(after, "^\\s?(연구팀|연구진|교수팀|팀|씨|등\\s).*"))
            return true;
        String[] next = after.strip().split("\\s+", 6);
        for (int i = 0; i < Math.min(5, next.length); i++)
            for (String r : Cues.ROLES)
                if (next[i].startsWith(r) && (next[i].length() == r.length()
                        || Cues.particleAt(next[i], r.length())))
                    return true;
        String[] prev = before.strip().split("\\s+");
        String last = prev.length == 0 ? "" : prev[prev.length - 1];
        return Cues.ROLES.stream().anyMatch(last::endsWith);
    }

    private boolean isPersonName(String simp, String ko) {
        int n = simp.codePointCount(0, simp.length());
        if (n < 2 || n > 4 || Texts.syllables(ko) < 2 || Texts.syllables(ko) > 6)
            return false;
        for (String c : Cues.COMPOUND_SURNAMES)
            if (simp.startsWith(c))
                return true;
        return n <= 3 && Cues.SURNAMES.indexOf(simp.charAt(0)) >= 0;
    }

    private String regionEnglish(String simp) {
        if (simp.length() < 2)
            return null;
        String stem = simp.substring(0, simp.length() - 1);
        String py = han.pinyin(stem);
        if (py == null || py.isBlank())
            return null;
        return switch (simp.charAt(simp.length() - 1)) {
            case '区' -> py + " District";
            case '县' -> py + " County";
            case '市' -> py;
            case '省' -> py + " Province";
            case '镇' -> py + " Town";
            case '湖' -> py + " Lake";
            case '岛' -> py + " Island";
            default -> null;
        };
    }

    private static String firstToken(String after) {
        Matcher t = TOKEN.matcher(after);
        if (after.isEmpty() || after.charAt(0) == ' ' && after.length() > 1 && after.charAt(1) == ' ')
            return "";
        return t.lookingAt() || (after.startsWith(" ") && t.find()) ? t.group() : "";
    }

    private void quoted(int seg, String text, Map<String, String> glosses, List<Mention> out) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            String name = Texts.clean(inner);
            if (name.isEmpty())
                continue;
            String bare = Rx.replaceAll(name, "\\s*\\(.*$", "");
            String composed = composedChinese(inner, glosses);
            Optional<GazetteerEntry> byGloss = composed == null ? Optional.empty()
                    : lexicon.byChinese(composed).or(() -> lexicon.byChinesePrefix(composed));
            if (byGloss.isPresent()) {
                out.add(new Mention(seg, m.start(), m.end(), m.group(), byGloss.get().type(), name, SuffixNames.hanjaOf(inner), null,
                        null, byGloss.get(), "quoted-glossed"));
                continue;
            }
            Matcher policyWord = POLICY_WORD_AFTER.matcher(text.substring(m.end()));
            if (!Cues.POLICY_TITLE.matcher(bare).matches() && policyWord.lookingAt()
                    && (Texts.syllables(bare) >= 2 || Rx.matches(bare, ".*\\d.*"))) { // '14.5' 규획: the quote names the plan
                out.add(new Mention(seg, m.start(), m.end() + policyWord.end(),
                        text.substring(m.start(), m.end() + policyWord.end()), EntityType.Policy,
                        name + " " + policyWord.group(1), null, null, null, null, "quoted-policy"));
                continue;
            }
            if (Cues.POLICY_TITLE.matcher(bare).matches() && Texts.syllables(bare) >= 4) {
                out.add(new Mention(seg, m.start(), m.end(), m.group(), EntityType.Policy, name, null, null, null,
                        null, "quoted-policy"));
            } else if (SuffixNames.endsWithSuffix(bare) != null && Texts.syllables(bare) >= 4 && !SuffixNames.generic(bare)) {
                out.add(mention(seg, text, m.start(), m.end(), SuffixNames.endsWithSuffix(bare).getValue(), name, null, null,
                        null, "quoted-organization"));
            } else if (Cues.PROGRAM_TITLE.matcher(bare).matches() && Texts.syllables(bare) >= 3) {
                out.add(mention(seg, text, m.start(), m.end(), EntityType.Program, name, SuffixNames.hanjaOf(inner), null, null,
                        "quoted-program"));
            } else if (Cues.EVENT_TITLE.matcher(bare).matches()) {
                int offset = m.start(1);
                for (String part : inner.split("·")) {
                    String pn = Texts.clean(part);
                    int ps = text.indexOf(part, offset);
                    if (Cues.EVENT_TITLE.matcher(pn).matches() && ps >= 0 && Texts.syllables(pn) >= 3) {
                        Mention ev = new Mention(seg, ps, ps + part.length(), part, EntityType.Event, pn, null, null,
                                null, null, "quoted-event");
                        Optional<GazetteerEntry> series = lexicon.whole(Rx.replaceFirst(pn, "^20\\d{2}\\s?", ""),
                                EntityType.Event);
                        out.add(series.isPresent() ? ev.withEntry(series.get()) : ev);
                    }
                    offset = ps < 0 ? offset : ps + part.length();
                }
            } else if ((Cues.TECH_AFTER.matcher(text.substring(m.end())).lookingAt()
                    || Rx.matches(bare, ".*(플랫폼|시스템|모델|대모델)$")) && bare.split("\\s+").length <= 6
                    && !bare.contains(" 및 ")) {
                out.add(mention(seg, text, m.start(), m.end(), EntityType.Technology, name, SuffixNames.hanjaOf(inner), null,
                        null, "quoted-technology"));
            }
        }
    }

    /** The period a policy title states, {@code (2021-2035)} or {@code ('23-'25)}, as two years, or null. */
    static int[] period(String title) {
        Matcher p = PERIOD.matcher(Texts.normalize(title));
        return p.find() ? new int[] { year(p.group(1)), year(p.group(2)) } : null;
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return v < 100 ? 2000 + v : v;
    }

    private void missions(int seg, String text, List<Mention> out) {
        Matcher m = MISSION.matcher(text);
        while (m.find()) {
            String stem = m.group(1);
            if (Rx.matches(stem, ".*(제|특별|결정|지침|문건|령)$") || Cues.GENERIC_STEMS.contains(stem))
                continue;
            String gloss = m.group(2) == null ? null : Rx.replaceAll(m.group(2), "[\\s()]", "");
            int n = Integer.parseInt(m.group(3));
            boolean rocket = m.group(4) != null || Cues.ROCKET_AFTER.matcher(text.substring(m.end())).lookingAt()
                    || Cues.ROCKET_FAMILIES.contains(stem);
            boolean device = !rocket && DEVICE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 14), m.start())).find();
            String name = stem + " " + n + "호" + (m.group(4) != null ? " " + m.group(4) : "");
            String zh = gloss == null ? null : han.toSimplified(gloss) + ChineseNumerals.of(n) + "号"
                    + (m.group(4) != null ? m.group(4) : "");
            String stemPinyin = gloss == null ? null : han.pinyin(han.toSimplified(gloss));
            String en = stemPinyin == null ? null : stemPinyin + "-" + n + (m.group(4) != null ? m.group(4) : "");
            if (rocket && gloss != null)
                en = "Long March".equals(englishOfStem(gloss)) ? "Long March " + n + (m.group(4) == null ? "" : m.group(4)) : en;
            out.add(mention(seg, text, m.start(), m.end(), rocket || device ? EntityType.Technology : EntityType.Program,
                    name, gloss, zh, en, rocket ? "rocket-number" : device ? "device-number" : "mission-number"));
        }
    }

    private String englishOfStem(String gloss) {
        return han.key(gloss).equals("长征") ? "Long March" : null;
    }

    /** Words that describe a plan rather than name it: 세부 계획, 관련 방안 ({@code data/lexicon/cues.tsv}). */
    private static final java.util.Set<String> POLICY_MODIFIERS = java.util.Set.copyOf(Cues.words("plan-modifier"));

    private static final Pattern POLICY_OBJECT = Pattern.compile(
            "(계획|규획|방안|지도의견|의견|행동계획|강요|조치|통지|판법|규정|요점|지침)(을|를)\\s?(?:공동\\s?)?"
                    + "(발표|발간|발행|공포|인쇄|하달|제정|마련|내놓|공개|발부|개정)");

    /**
     * A policy named without quotes as the object of an issuing verb: {@code 국무원은 2021년 국가 정보화 14차 5개년
     * 계획을 발표}. The name is the run of words before the verb's object particle, back to a particle, a year, a
     * known name or the start of the clause.
     */
    private void unquotedPolicies(int seg, String text, List<Mention> known, List<Mention> out) {
        Matcher m = POLICY_OBJECT.matcher(text);
        while (m.find()) {
            int end = m.end(1);
            if (out.stream().anyMatch(o -> o.start() < end && m.start() < o.end())
                    || known.stream().anyMatch(k -> k.start() < end && m.start() < k.end()
                            && !(k.type() == EntityType.Policy && k.end() == end)))
                continue; // quoted or named otherwise already; a known policy may be the tail of a longer name
            String before = text.substring(0, end);
            String[] words = before.split("\\s+");
            int k = words.length - 1;
            int taken = 1;
            int start = end - words[k].length();
            while (k > 0 && taken < 8) {
                String w = words[k - 1];
                int ws = start - 1 - w.length(), we = start;
                if (w.isEmpty() || ws < 0 || SuffixNames.TRAILING_PARTICLE.matcher(w).find() && w.length() > 2
                        || Rx.matches(w, ".*\\d+년$|.*[,.;:'\"’”)]$") || Rx.matches(w, "^(최근|이번|올해|지난|공동으로|함께)$")
                        || known.stream().anyMatch(x -> x.end() > ws && x.start() < we && x.type() != EntityType.Policy))
                    break;
                start = ws;
                k--;
                taken++;
            }
            String name = text.substring(start, end).strip();
            String modifiers = Rx.replaceAll(name, "\\S+$", "").strip();
            if (taken < 2 && Texts.syllables(name) < 5 || SuffixNames.generic(modifiers)
                    || java.util.Arrays.stream(modifiers.split("\\s+")).allMatch(POLICY_MODIFIERS::contains))
                continue;
            out.add(new Mention(seg, start, end, name, EntityType.Policy, name, null, null, null, null, "object-policy"));
        }
    }

    private static final Pattern PLACE_EVENT = Pattern.compile(
            "(?<![가-힣0-9])([가-힣]{2,5})\\s?(포럼|박람회|엑스포|서밋|대회|논단)(?=[은는이가을를의에과와\\s,.'·]|$)");

    /** {@code 보아오 포럼}, {@code 푸장 포럼}: an event named after a place, its name a transcription from Chinese. */
    private void placeNamedEvents(int seg, String text, List<Mention> known, List<Mention> out) {
        Matcher m = PLACE_EVENT.matcher(text);
        while (m.find()) {
            String stem = m.group(1);
            int s = m.start(), e = m.end();
            if (!TitledPersons.readsAsMandarin(stem) || NOT_PRODUCT_WORDS.contains(stem)
                    || known.stream().anyMatch(k -> k.start() <= s && e <= k.end()))
                continue;
            out.add(new Mention(seg, s, e, m.group(), EntityType.Event, Texts.clean(m.group()), null, null, null, null,
                    "place-event"));
        }
    }

    private void events(int seg, String text, Pattern p, List<Mention> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String name = Texts.clean(m.group());
            if (Texts.syllables(name) < 3)
                continue;
            // 2024 중관촌 포럼 is one edition of the forum the gazetteer knows: an event of its own, named after it
            Optional<GazetteerEntry> series = p == YEAR_EVENT ? lexicon.whole(m.group(2), EntityType.Event)
                    : Optional.empty();
            String year = p == YEAR_EVENT ? m.group(1) : null;
            String zh = series.isPresent() && series.get().zhHans() != null ? year + series.get().zhHans() : null;
            String en = series.isPresent() && series.get().en() != null ? year + " " + series.get().en() : null;
            out.add(new Mention(seg, m.start(), m.end(), m.group(), EntityType.Event, name, null, zh, en, null,
                    p == NUMBERED_EVENT ? "numbered-event" : "year-event"));
        }
    }

    private void latinNames(int seg, String text, List<Mention> out) {
        Matcher m = LATIN_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (Cues.GENERIC_LATIN.contains(name.toUpperCase()) || name.length() < 3 && !Rx.matches(name, ".*\\d.*"))
                continue;
            if (!Rx.matches(name, ".*([A-Z].*[A-Z]|\\d|-).*") && name.length() < 4)
                continue;
            String after = text.substring(m.end());
            if (Cues.TECH_AFTER.matcher(after).lookingAt() || DEVELOPED_OBJECT.matcher(after).lookingAt())
                out.add(new Mention(seg, m.start(), m.end(), name, EntityType.Technology, name, null, null, name, null,
                        "latin-technology"));
        }
    }

    private static final Pattern KOREAN_PRODUCT = Pattern.compile(
            "(?<![가-힣])([가-힣]{2,6})\\s?(대모델|대형\\s?모델|언어\\s?모델|챗봇|운영체제|칩)(?=[은는이가을를의에과와\\s,.']|$)");
    private static final java.util.Set<String> GENERIC_PRODUCT_WORDS = java.util.Set.copyOf(Cues.words("product-modifier"));

    private static final java.util.Set<String> NOT_PRODUCT_WORDS = java.util.Set.copyOf(Cues.words("not-product-word"));

    /** {@code 판구 대모델}, {@code 훈위안 챗봇}: a name right before the kind of product it is. */
    private void koreanProductNames(int seg, String text, List<Mention> known, List<Mention> out) {
        Matcher m = KOREAN_PRODUCT.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            // a product name here is a transcription (훈위안, 판구), not a Korean word (향후, 통해)
            if (GENERIC_PRODUCT_WORDS.contains(name) || NOT_PRODUCT_WORDS.contains(name)
                    || Rx.matches(name, ".*(의|은|는|을|를|이|가|적|한|된|용|해|후|및)$") || !TitledPersons.readsAsMandarin(name))
                continue;
            int s = m.start(1), e = m.end(1);
            if (known.stream().anyMatch(k -> k.start() < e && s < k.end()))
                continue;
            out.add(new Mention(seg, s, m.end(), m.group(), EntityType.Technology, Texts.clean(m.group()), null, null,
                    null, null, "product-name"));
        }
    }

    /** {@code 광학 콘볼루션 프로세서 유닛(OCPU)}: a technology named in Korean with its acronym. */
    private void latinGlosses(int seg, String text, List<Mention> out) {
        Matcher m = LATIN_GLOSS.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            if (!Rx.matches(before, "(?s).*(유닛|프로세서|칩|시스템|모델|망원경|센서|플랫폼|장치)$"))
                continue;
            String[] words = before.split("\\s+");
            int k = words.length - 1, count = 1;
            while (k > 0 && count < 4 && !SuffixNames.TRAILING_PARTICLE.matcher(words[k - 1]).find()
                    && !SuffixNames.STOP_TOKEN.matcher(words[k - 1]).matches() && !Rx.matches(words[k - 1], ".*[,.'\"]$")
                    && !Rx.matches(words[k - 1], "^(?:중국|미국|한국|일본|유럽|세계|국내|해외|글로벌|전국)(?:서|에서|에|의)?$")) {
                k--;
                count++;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            int s = m.start() - name.length();
            if (s < 0 || !text.startsWith(name, s))
                continue;
            Mention t = new Mention(seg, s, m.end(), text.substring(s, m.end()), EntityType.Technology, name, null,
                    null, m.group(1), null, "acronym-technology");
            Optional<GazetteerEntry> known = lexicon.byAbbreviation(m.group(1));
            out.add(known.isPresent() ? t.withEntry(known.get()) : t);
        }
    }
}
