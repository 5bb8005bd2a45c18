package org.cstkg.extract;

import java.util.List;

/**
 * One document type per policy and document (the shapes ask for one concept of the scheme). When a report's articles
 * give a policy different types, the best-founded one stays: the official notice's own title, then a cited official
 * title, then the official Chinese title from reference data, then a Korean title's head word (a translation: 规划
 * may be written 계획); between equals, the first written.
 */
final class DocumentTypeChoice {

    static final String PREDICATE = "documentType";
    private static final List<String> RULES = List.of("notice-title", "type-of-cited-title", "type-of-official-title",
            "type-of-title");

    private DocumentTypeChoice() {}

    /** Settles the type over all the parts' facts of one document, in place. */
    static void settle(List<List<Fact>> parts) {
        SingleValues.keepOne(parts, PREDICATE, (a, b) -> rank(b) < rank(a) ? b : a);
    }

    private static int rank(Fact f) {
        int i = RULES.indexOf(f.rule());
        return i < 0 ? RULES.size() : i;
    }
}
