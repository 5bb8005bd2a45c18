package org.cstkg.api;

import java.util.regex.Pattern;
import org.cstkg.rdf.CST;

/**
 * Resource ids of the API and of the linked-data paths: the part of an IRI after {@value #BASE}, such as
 * {@code org/miit} or {@code report/kostec-weekly-2023-06-02/1-05}.
 */
public final class Ids {

    public static final String BASE = CST.ID_NS;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*(/[A-Za-z0-9._~-]+){0,8}");
    private static final int MAX_LENGTH = 400;

    private Ids() {}

    /** The IRI for an id given by a client; a malformed id is a 400 for {@code parameter}. */
    public static String iri(String id, String parameter) {
        String clean = id == null ? "" : id.strip();
        while (clean.startsWith("/"))
            clean = clean.substring(1);
        if (clean.startsWith(BASE))
            clean = clean.substring(BASE.length());
        if (clean.length() > MAX_LENGTH || !ID.matcher(clean).matches())
            throw Problems.badParameter(parameter,
                    "'" + abbreviate(clean) + "' is not a resource id (like org/miit: letters, digits, '-', '.', '/')");
        return BASE + clean;
    }

    /** The id of an IRI in the cstkg namespace, or null for any other IRI. */
    public static String id(String iri) {
        return iri != null && iri.startsWith(BASE) ? iri.substring(BASE.length()) : null;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
