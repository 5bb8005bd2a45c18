package org.cstkg.search;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Traditional → simplified Hanzi, delegating to {@code org.cstkg.hanzi.HanziTable} (Unihan based) when it is on the
 * class path, else to a small built-in table of the characters most common in institution names.
 */
final class Hanzi {

    private static final MethodHandle TABLE = lookupTable();

    // fallback only: the Unihan table replaces it as soon as org.cstkg.hanzi is built
    private static final Map<Character, Character> FALLBACK = fallback(
            "學学國国會会機机構构發发開开實实驗验術术譯译廣广東东華华產产業业電电腦脑網网絡络"
                    + "導导體体區区這这為为與与關关係系統统計计劃划資资訊讯標标準准獎奖創创術术規规");

    private Hanzi() {}

    static String toSimplified(String text) {
        if (TABLE != null) {
            try {
                return (String) TABLE.invoke(text);
            } catch (Throwable e) {
                // fall through to the built-in table
            }
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(FALLBACK.getOrDefault(c, c));
        }
        return sb.toString();
    }

    private static MethodHandle lookupTable() {
        try {
            Class<?> cls = Class.forName("org.cstkg.hanzi.HanziTable");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Object table = lookup.findStatic(cls, "get", MethodType.methodType(cls)).invoke();
            return lookup.findVirtual(cls, "toSimplified", MethodType.methodType(String.class, String.class))
                    .bindTo(table);
        } catch (Throwable e) {
            return null;
        }
    }

    private static Map<Character, Character> fallback(String pairs) {
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length(); i += 2)
            map.put(pairs.charAt(i), pairs.charAt(i + 1));
        return Map.copyOf(map);
    }
}
