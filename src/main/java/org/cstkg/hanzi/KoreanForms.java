package org.cstkg.hanzi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Korean spellings under which Korean text may write a Chinese name: the Mandarin transcription (广东 → 광둥)
 * and the Sino-Korean reading of its Hanja (광동), the latter with and without the initial-sound rule (李 이/리).
 */
public final class KoreanForms {

    // Generic parts the Korean press translates rather than transcribes (广东省 → 광둥성, 清华大学 → 칭화대).
    private static final Map<String, List<String>> SUFFIXES = affixes("""
            特别行政区 특별행정구|经济特区 경제특구|自治区 자치구|自治州 자치주|自治县 자치현|开发区 개발구|新区 신구
            省 성|市 시|区 구|县 현|镇 진|乡 향|港 항|机场 공항|大桥 대교|基地 기지
            科学院 과학원|社会科学院 사회과학원|工程院 공정원|研究院 연구원|研究所 연구소|研究中心 연구센터
            重点实验室 중점실험실|实验室 실험실|大学 대학 대학교 대|学院 학원 대학|中心 센터
            卫星发射中心 위성발사센터|发射场 발사장|空间站 우주정거장|航天局 항천국
            股份有限公司 주식유한공사 주식회사|有限公司 유한공사 유한회사|公司 공사 회사 사|集团 그룹 집단
            委员会 위원회|办公室 판공실|部 부|局 국|厅 청|署 서|银行 은행|医院 병원|基金会 기금회 재단
            协会 협회|学会 학회|联合会 연합회""");

    private static final Map<String, List<String>> PREFIXES = affixes("中国 중국|国家 국가");

    private KoreanForms() {}

    /** 广东 → {광둥, 광동}; 景海鹏 → {징하이펑, 경해붕}; 李 → {리, 이}. Empty when nothing can be read. */
    public static Set<String> of(String chineseName) {
        return of(HanziTable.get(), chineseName, false);
    }

    /** As {@link #of}, reading the first character or a two-character surname as a surname (曾 → 쩡, 증). */
    public static Set<String> ofPerson(String chineseName) {
        return of(HanziTable.get(), chineseName, true);
    }

    /**
     * {@link #of} plus the forms with a generic prefix or suffix translated, run together and spaced: 广东省 →
     * 광둥성, 광둥 성, 광동성 ...; 中国科学院 → 중국과학원, 중국 과학원; 清华大学 → 칭화대학, 칭화대학교, 칭화대 ...
     */
    public static Set<String> ofWithSuffix(String chineseName) {
        HanziTable table = HanziTable.get();
        Set<String> forms = new LinkedHashSet<>(of(table, chineseName, false));
        String name = table.key(chineseName);
        String prefix = match(PREFIXES, name, true);
        String suffix = match(SUFFIXES, name, false);
        if (suffix != null)
            addAffixed(forms, table, List.of(""), name.substring(0, name.length() - suffix.length()),
                    SUFFIXES.get(suffix));
        if (prefix != null)
            addAffixed(forms, table, PREFIXES.get(prefix), name.substring(prefix.length()), List.of(""));
        if (prefix != null && suffix != null && prefix.length() + suffix.length() <= name.length())
            addAffixed(forms, table, PREFIXES.get(prefix),
                    name.substring(prefix.length(), name.length() - suffix.length()), SUFFIXES.get(suffix));
        return Collections.unmodifiableSet(forms);
    }

    private static Set<String> of(HanziTable table, String name, boolean person) {
        Set<String> forms = new LinkedHashSet<>();
        List<String> syllables = person ? table.personSyllables(name) : table.pinyinSyllables(name);
        if (syllables != null)
            addIfPresent(forms, PinyinHangul.transcribeName(syllables));
        for (String written : new LinkedHashSet<>(List.of(name, table.toSimplified(name), table.toTraditional(name)))) {
            addIfPresent(forms, table.sinoKoreanWord(written));
            addIfPresent(forms, table.sinoKorean(written));
        }
        forms.remove("");
        return Collections.unmodifiableSet(forms);
    }

    private static void addAffixed(Set<String> forms, HanziTable table, List<String> before, String stem,
                                   List<String> after) {
        Set<String> stems = stem.isEmpty() ? Set.of("") : of(table, stem, false);
        for (String b : before)
            for (String s : stems)
                for (String a : after) {
                    List<String> parts = new ArrayList<>(List.of(b, s, a));
                    parts.removeIf(String::isEmpty);
                    forms.add(String.join("", parts));
                    forms.add(String.join(" ", parts));
                }
    }

    // longest affix leaving a stem; a one-character suffix needs two characters before it (香港 is no 香 + 港)
    private static String match(Map<String, List<String>> affixes, String name, boolean atStart) {
        for (String affix : affixes.keySet()) {
            int stem = name.codePointCount(0, name.length()) - affix.length();
            boolean found = atStart ? name.startsWith(affix) : name.endsWith(affix);
            if (found && stem >= (atStart ? 1 : affix.length() == 1 ? 2 : 1))
                return affix;
        }
        return null;
    }

    private static void addIfPresent(Set<String> forms, String form) {
        if (form != null)
            forms.add(form);
    }

    // "key rendering rendering|key rendering ...", kept longest key first for match()
    private static Map<String, List<String>> affixes(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String entry : text.replace('\n', '|').split("\\|"))
            rows.add(entry.strip().split(" "));
        rows.sort(Comparator.comparingInt((String[] row) -> row[0].length()).reversed());
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] row : rows)
            map.put(row[0], List.of(row).subList(1, row.length));
        return Collections.unmodifiableMap(map);
    }
}
