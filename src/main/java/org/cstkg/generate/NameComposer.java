package org.cstkg.generate;

import java.util.Random;

/**
 * Names the gazetteer does not know, built from {@code words.tsv}: laboratories ({@code 융캉실험실}, sometimes glossed
 * {@code 융캉(永康)실험실}), companies, persons ({@code 왕쥔밍}) and editions of events. Two syllables out of some thirty
 * give names that recur across a corpus, as real ones do, without all being the same.
 */
final class NameComposer {

    private final Words words;

    NameComposer(Words words) {
        this.words = words;
    }

    String lab(Random r, String region) {
        Words.Word a = words.pick("syllable", r), b = words.pick("syllable", r);
        String suffix = words.pick("labsuffix", r).ko();
        String stem = r.nextInt(3) == 0 ? a.ko() + b.ko() + "(" + a.zh() + b.zh() + ")" : a.ko() + b.ko();
        return (r.nextInt(3) == 0 ? region + " " : "") + stem + suffix;
    }

    String company(Random r) {
        Words.Word a = words.pick("syllable", r), b = words.pick("syllable", r);
        return a.ko() + b.ko() + words.pick("cosuffix", r).ko();
    }

    String person(Random r) {
        Words.Word s = words.pick("surname", r), a = words.pick("syllable", r);
        boolean two = r.nextBoolean();
        Words.Word b = words.pick("syllable", r);
        String ko = s.ko() + a.ko() + (two ? b.ko() : "");
        String zh = s.zh() + a.zh() + (two ? b.zh() : "");
        return r.nextInt(4) == 0 ? ko + "(" + zh + ")" : ko;
    }

    String event(Random r, String region, String topic, int year) {
        String kind = words.pick("eventkind", r).ko();
        return r.nextBoolean() ? year + " " + region + " " + topic + " " + kind
                : "제" + (2 + r.nextInt(12)) + "회 " + topic + " " + kind;
    }
}
