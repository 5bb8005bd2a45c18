package org.cstkg.hanzi;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mandarin readings that names need and Unihan's first reading gets wrong: kMandarin gives the everyday reading of a
 * polyphonic character (长 zhǎng, 都 dōu, 地 de), while names mostly use another (长征 Changzheng, 成都 Chengdu,
 * 地球 diqiu), and surnames have readings of their own (曾 Zeng, 单 Shan). Keys are simplified forms.
 */
final class NameReadings {

    private static final int LONGEST_WORD = 4;

    // characters whose reading in names differs from kMandarin's first
    private static final Map<Integer, String> CHARACTERS = Map.of(
            (int) '长', "chang", (int) '都', "du", (int) '地', "di");

    // words whose reading differs from the characters' defaults above or in Unihan
    private static final Map<String, List<String>> WORDS = table("""
            重庆 chong qing|厦门 xia men|西藏 xi zang|藏族 zang zu|蚌埠 beng bu|六安 lu an|番禺 pan yu
            乐清 yue qing|涡阳 guo yang|铅山 yan shan|尉犁 yu li|蔚县 yu xian|枞阳 zong yang|黄陂 huang pi
            柏林 bo lin|音乐 yin yue|银行 yin hang|行业 hang ye|央行 yang hang|分行 fen hang|总行 zong hang
            重组 chong zu|重建 chong jian|重启 chong qi|重复 chong fu|重新 chong xin|重构 chong gou
            成长 cheng zhang|增长 zeng zhang|生长 sheng zhang|家长 jia zhang|首长 shou zhang|行长 hang zhang
            市长 shi zhang|省长 sheng zhang|部长 bu zhang|院长 yuan zhang|校长 xiao zhang|所长 suo zhang
            局长 ju zhang|厅长 ting zhang|处长 chu zhang|科长 ke zhang|司长 si zhang|县长 xian zhang
            区长 qu zhang|镇长 zhen zhang|村长 cun zhang|州长 zhou zhang|会长 hui zhang|社长 she zhang
            组长 zu zhang|队长 dui zhang|站长 zhan zhang|馆长 guan zhang|舰长 jian zhang|船长 chuan zhang
            机长 ji zhang|团长 tuan zhang|董事长 dong shi zhang|理事长 li shi zhang|秘书长 mi shu zhang
            委员长 wei yuan zhang""");

    private static final Map<String, List<String>> SURNAMES = table("""
            曾 zeng|单 shan|仇 qiu|解 xie|区 ou|查 zha|朴 piao|盖 ge|覃 qin|缪 miao|召 shao|翟 zhai|乐 yue
            种 chong|华 hua|秘 bi|句 gou|员 yun|繁 po|折 she|冼 xian|过 guo|隗 wei|尉 yu|长 chang|都 du
            欧阳 ou yang|司马 si ma|诸葛 zhu ge|上官 shang guan|司徒 si tu|东方 dong fang|皇甫 huang fu
            尉迟 yu chi|公孙 gong sun|慕容 mu rong|令狐 ling hu|夏侯 xia hou|长孙 zhang sun|宇文 yu wen
            轩辕 xuan yuan|端木 duan mu|独孤 du gu|南宫 nan gong|西门 xi men|万俟 mo qi|澹台 tan tai
            公羊 gong yang|呼延 hu yan|闻人 wen ren|申屠 shen tu|太史 tai shi|钟离 zhong li|宗政 zong zheng
            濮阳 pu yang|淳于 chun yu|单于 chan yu|赫连 he lian|司空 si kong|拓跋 tuo ba|第五 di wu""");

    private NameReadings() {}

    /** The syllables of the longest known word starting at {@code i}, or {@code null}. */
    static List<String> word(String simple, int i) {
        for (int length = Math.min(LONGEST_WORD, simple.length() - i); length >= 2; length--) {
            List<String> syllables = WORDS.get(simple.substring(i, i + length));
            if (syllables != null)
                return syllables;
        }
        return null;
    }

    static String character(int codePoint) {
        return CHARACTERS.get(codePoint);
    }

    /** 2 for a known two-character surname followed by a given name, else 1. */
    static int surnameLength(String simple) {
        boolean compound = simple.length() >= 3 && SURNAMES.containsKey(simple.substring(0, 2));
        return compound ? 2 : Character.charCount(simple.codePointAt(0));
    }

    static List<String> surname(String simple) {
        return SURNAMES.get(simple);
    }

    private static Map<String, List<String>> table(String text) {
        Map<String, List<String>> map = new HashMap<>();
        for (String entry : text.replace('\n', '|').split("\\|")) {
            String[] parts = entry.strip().split(" ");
            List<String> syllables = List.of(Arrays.copyOfRange(parts, 1, parts.length));
            if (syllables.size() != parts[0].length())
                throw new IllegalStateException("one syllable per character: " + entry);
            map.put(parts[0], syllables);
        }
        return Map.copyOf(map);
    }
}
