package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.span.NameKey;

/**
 * Finds long names written one syllable apart from a known one: 웨이강아오 대만구 for 웨강아오대만구, 싱원 시스템 for 싱윈
 * 시스템. Only names of five syllables or more, with the same first and last syllable (the last often says what kind
 * of thing it is: 과학기술부, not 과학기술 성과), and never differing in a digit.
 *
 * @param <T> what a name stands for
 */
final class VariantMatcher<T> {

    record Hit<T>(int start, int end, T target) {}

    private static final Pattern WORD = Pattern.compile("[가-힣A-Za-z0-9]+");
    private static final int MIN_SYLLABLES = 5;

    private final org.cstkg.span.VariantIndex<T> index = new org.cstkg.span.VariantIndex<>();
    private final java.util.Set<String> exact = new java.util.HashSet<>();
    /** First and last characters of the indexed keys: a span whose ends are no pair of these is no variant. */
    private final java.util.Set<Integer> ends = new java.util.HashSet<>();
    /** {@link #ends} sorted, made on the first search (the matcher is filled before it is searched). */
    private volatile int[] sortedEnds;

    void add(String name, T target) {
        String k = NameKey.of(name);
        exact.add(k);
        if (Texts.syllables(k) >= MIN_SYLLABLES) {
            index.add(k, target);
            ends.add(pair(k.charAt(0), k.charAt(k.length() - 1)));
            sortedEnds = null;
        }
    }

    /** Spans of one to three words (a trailing particle set aside) that are a variant of a known name. */
    List<Hit<T>> find(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find())
            words.add(new int[] { w.start(), w.end() });
        int[] endPairs = sortedEnds();
        List<Hit<T>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++)
            for (int j = i; j < Math.min(words.size(), i + 3); j++) {
                if (j > i && (!text.substring(words.get(j - 1)[1], words.get(j)[0]).equals(" ")
                        || "은는이가을를의에와과도로".indexOf(text.charAt(words.get(j - 1)[1] - 1)) >= 0))
                    break; // 중국이 우주정거장 is a sentence, not a name
                int s = words.get(i)[0], ws = words.get(j)[0], we = words.get(j)[1];
                char first = Character.toLowerCase(text.charAt(s));
                // the word's end, and its end without a trailing particle of one or two syllables
                for (int e = we; e >= Math.max(ws + 1, we - 2); e--) {
                    if (e - s < MIN_SYLLABLES || java.util.Arrays.binarySearch(endPairs, pair(first, Character.toLowerCase(text.charAt(e - 1)))) < 0
                            || e < we && !Cues.particleAt(text, e, we))
                        continue;
                    T t = lookup(NameKey.of(text.substring(s, e)));
                    if (t != null)
                        out.add(new Hit<>(s, e, t));
                }
            }
        return out;
    }

    private int[] sortedEnds() {
        int[] e = sortedEnds;
        if (e == null) {
            e = ends.stream().mapToInt(Integer::intValue).sorted().toArray();
            sortedEnds = e;
        }
        return e;
    }

    private static int pair(char first, char last) {
        return first << 16 | last;
    }

    private T lookup(String k) {
        if (Texts.syllables(k) < MIN_SYLLABLES || exact.contains(k))
            return null;
        List<T> near = index.near(k, (key, t) -> key.charAt(0) == k.charAt(0)
                && key.charAt(key.length() - 1) == k.charAt(k.length() - 1));
        return near.isEmpty() ? null : near.get(0);
    }
}
