package org.cstkg.explore;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /explore/language}: which of the explorer's interface languages (ko, zh, en) the request's
 * {@code Accept-Language} prefers, Korean when it names none of them. The page asks once, the first time; after that
 * the reader's own choice is remembered in the browser.
 */
@RestController
class ExplorerLanguage {

    static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.CHINESE, Locale.ENGLISH);

    @GetMapping(value = ExplorerRoutes.PAGE + "/language", produces = "application/json")
    ResponseEntity<Map<String, String>> language(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .body(Map.of("language", preferred(acceptLanguage)));
    }

    /** The first of ko, zh, en in the header's order of preference; a malformed header counts as none. */
    static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank())
            return "ko";
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                for (Locale supported : SUPPORTED)
                    if (tag.equals(supported.getLanguage()) || tag.startsWith(supported.getLanguage() + "-"))
                        return supported.getLanguage();
            }
        } catch (IllegalArgumentException malformed) {
            return "ko";
        }
        return "ko";
    }
}
