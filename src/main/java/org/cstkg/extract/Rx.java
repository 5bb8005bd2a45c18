package org.cstkg.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled patterns by their source, compiled once: the rules test short regular expressions on every token, and
 * {@link String#matches} would compile them on every call.
 */
final class Rx {

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Rx() {}

    static Pattern of(String regex) {
        return CACHE.computeIfAbsent(regex, Pattern::compile);
    }

    static boolean matches(CharSequence s, String regex) {
        return of(regex).matcher(s).matches();
    }

    static String replaceAll(CharSequence s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }

    static String replaceFirst(CharSequence s, String regex, String replacement) {
        return of(regex).matcher(s).replaceFirst(replacement);
    }

    /**
     * A regular expression matching any of the words, longest first, written as a trie ({@code 부(?:장(?:관)?|총리)})
     * so that matching costs the length of the text tried rather than the number of words. No capturing groups. A space
     * in a word matches an optional white space when {@code optionalSpace}.
     */
    static String anyOf(java.util.Collection<String> words, boolean optionalSpace) {
        Node root = new Node();
        for (String w : words)
            if (!w.isEmpty()) {
                Node n = root;
                for (char c : w.toCharArray())
                    n = n.next.computeIfAbsent(c, k -> new Node());
                n.end = true;
            }
        return root.regex(optionalSpace);
    }

    private static final class Node {
        final java.util.TreeMap<Character, Node> next = new java.util.TreeMap<>();
        boolean end;

        String regex(boolean optionalSpace) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            next.forEach((c, n) -> parts.add(quote(c, optionalSpace) + n.regex(optionalSpace)));
            if (parts.isEmpty())
                return "";
            String body = parts.size() == 1 ? parts.get(0) : "(?:" + String.join("|", parts) + ")";
            return end ? "(?:" + body + ")?" : body;
        }

        private static String quote(char c, boolean optionalSpace) {
            if (c == ' ' && optionalSpace)
                return "\\s?";
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\x{%x}", (int) c);
        }
    }
}
