package org.cstkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.hanzi.HanziTable;

/**
 * Finds known names in text with a character trie. Spaces, hyphens and Hanja glosses in parentheses right after a
 * Korean word are skipped on both sides, so {@code 창정(長征) 2호 F} meets the name {@code 창정2호F}; traditional
 * characters meet simplified ones; Latin letters meet case-insensitively unless the name is an abbreviation.
 *
 * @param <T> what a name stands for
 */
final class NameMatcher<T> {

    /** One hit: the span in the text and every target the name stands for. */
    record Hit<T>(int start, int end, String form, Set<T> targets) {}

    // Hanja after a word (창정(長征) 2호), or a Latin gloss inside one (챗(Chat)GPT)
    // (the look-ahead for the bracket first: most positions fail there, before any look-behind)
    private static final Pattern GLOSS = Pattern.compile("(?=\\s?\\()(?:(?<=[가-힣A-Za-z0-9])\\s?\\([\\p{IsHan}·\\s0-9]+\\)"
            + "|(?<=[가-힣])\\([A-Za-z]{2,12}\\)(?=[A-Za-z가-힣0-9]))");

    private final Node<T> root = new Node<>();
    private final HanziTable han = HanziTable.get();
    private final boolean strict;

    NameMatcher() {
        this(false);
    }

    /** @param strict a Korean name must end the word or be followed by a particle (for names made by rule) */
    NameMatcher(boolean strict) {
        this.strict = strict;
    }

    /** A trie node; its children in arrays sorted by character (no boxing, a binary search per step). */
    private static final class Node<T> {
        private char[] keys = new char[0];
        private Node<T>[] children = newArray(0);
        Set<T> targets;
        boolean caseSensitive;
        String form;

        Node<T> get(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node<T> getOrAdd(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            if (i >= 0)
                return children[i];
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node<T>[] n = newArray(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, keys.length - at);
            k[at] = c;
            n[at] = new Node<>();
            keys = k;
            children = n;
            return n[at];
        }

        @SuppressWarnings("unchecked")
        private static <T> Node<T>[] newArray(int n) {
            return (Node<T>[]) new Node<?>[n];
        }
    }

    /** Adds a name. Abbreviations (all capitals) match only in the same case. */
    void add(String form, T target) {
        String f = form.strip();
        if (f.isEmpty())
            return;
        boolean abbreviation = Rx.matches(f, "[A-Z0-9&\\-]{2,10}");
        Node<T> n = root;
        int chars = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (skippable(c))
                continue;
            n = n.getOrAdd(fold(c, abbreviation));
            chars++;
        }
        if (chars == 0)
            return;
        if (n.targets == null)
            n.targets = new LinkedHashSet<>();
        n.targets.add(target);
        n.caseSensitive |= abbreviation;
        if (n.form == null)
            n.form = f;
    }

    /** All hits at word starts, longest per start first. */
    List<Hit<T>> find(String text) {
        boolean[] skip = new boolean[text.length()];
        Matcher g = GLOSS.matcher(text.indexOf('(') >= 0 ? text : "");
        while (g.find())
            for (int i = g.start(); i < g.end(); i++)
                skip[i] = true;
        for (int i = 0; i < text.length(); i++)
            skip[i] |= skippable(text.charAt(i));
        List<Hit<T>> hits = new ArrayList<>();
        for (int s = 0; s < text.length(); s++) {
            if (skip[s] || !wordStart(text, s))
                continue;
            Node<T> lower = root, exact = root;
            for (int i = s; i < text.length() && (lower != null || exact != null); i++) {
                if (skip[i])
                    continue;
                char c = text.charAt(i);
                lower = lower == null ? null : lower.get(fold(c, false));
                exact = exact == null ? null : exact.get(fold(c, true));
                if (lower != null && lower.targets != null && (!lower.caseSensitive || lower == exact))
                    hit(text, s, i + 1, lower, hits);
                if (exact != null && exact != lower && exact.targets != null)
                    hit(text, s, i + 1, exact, hits);
            }
        }
        hits.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        return hits;
    }

    private void hit(String text, int s, int e, Node<T> n, List<Hit<T>> hits) {
        if (wordEnd(text, s, e) && (!strict || strictEnd(text, e)))
            hits.add(new Hit<>(s, e, n.form, n.targets));
    }

    private static boolean skippable(char c) {
        return c == ' ' || c == '-' || c == '‐' || c == '–';
    }

    private char fold(char c, boolean exact) {
        if (c < 0x2E80 || c > 0x9FFF && c < 0xF900 || c > 0xFAFF) // outside the Han blocks: Hangul, Latin, digits
            return exact ? c : Character.toLowerCase(c);
        if (HanziTable.isHan(c))
            return han.toSimplified(String.valueOf(c)).charAt(0);
        return exact ? c : Character.toLowerCase(c);
    }

    private static boolean wordStart(String t, int s) {
        if (s == 0)
            return true;
        char p = t.charAt(s - 1), c = t.charAt(s);
        if (Texts.isHangul(c))
            return !Texts.isHangul(p);
        if (Texts.isLatinOrDigit(c))
            return !Texts.isLatinOrDigit(p);
        return true;
    }

    private static boolean strictEnd(String t, int e) {
        return e >= t.length() || !Texts.isHangul(t.charAt(e)) || Cues.particleAt(t, e);
    }

    private static boolean wordEnd(String t, int s, int e) {
        if (e >= t.length())
            return true;
        char last = t.charAt(e - 1), n = t.charAt(e);
        if (Texts.isLatinOrDigit(last))
            return !Texts.isLatinOrDigit(n) || Texts.isHangul(n);
        if (Texts.isHangul(last) && Texts.isHangul(n)) {
            if (Cues.particleAt(t, e))
                return true;
            if (Texts.syllables(t.substring(s, e)) <= 2)
                return "성시구현".indexOf(n) >= 0;
            int run = e;
            while (run < t.length() && Texts.isHangul(t.charAt(run)))
                run++;
            return run - e <= 2; // 칭화대학교, 공업정보화부장; not 중국공산당신문망
        }
        return true;
    }
}
