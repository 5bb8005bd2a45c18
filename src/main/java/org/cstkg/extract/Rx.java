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
}
