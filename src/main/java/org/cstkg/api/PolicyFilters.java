package org.cstkg.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Component;

/** Reads the query parameters of {@code /api/policies} into a {@link PolicyFilter}; a bad one is a 400 naming it. */
@Component
class PolicyFilters {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The raw parameters, as the client sent them (null when absent). */
    record Params(String issuer, String lead, String year, String from, String to, String type, String level) {}

    private final Sparql sparql;
    private final Concepts concepts;

    PolicyFilters(Sparql sparql, Concepts concepts) {
        this.sparql = sparql;
        this.concepts = concepts;
    }

    PolicyFilter parse(Params p) {
        Integer year = year("year", p.year());
        Integer from = year("from", p.from()), to = year("to", p.to());
        if (year != null) {
            if (from != null || to != null)
                throw Problems.badParameter("year", "give either year or from/to, not both");
            from = year;
            to = year;
        }
        if (from != null && to != null && from > to)
            throw Problems.badParameter("from", "must not be after 'to' (" + from + " > " + to + ")");
        boolean lead = bool("lead", p.lead());
        String issuer = blank(p.issuer()) ? null : p.issuer().strip();
        if (lead && issuer == null)
            throw Problems.badParameter("lead", "lead=true needs an issuer");
        List<String> issuers = issuer == null ? null : issuers(issuer);
        List<String> types = blank(p.type()) ? null : concepts.find(Concepts.DOCUMENT_TYPES, p.type(), "type");
        List<String> levels = blank(p.level()) ? null : concepts.find(Concepts.LEVELS, p.level(), "level");
        return new PolicyFilter(issuers, lead, from, to, types, levels);
    }

    /** The organizations an {@code issuer} parameter names: an id, or every organization whose label matches. */
    List<String> issuers(String issuer) {
        if (issuer.contains("/"))
            return List.of(Ids.iri(issuer, "issuer"));
        if (issuer.length() > 200)
            throw Problems.badParameter("issuer", "at most 200 characters");
        Map<String, Boolean> found = new LinkedHashMap<>();
        try {
            sparql.search().find(issuer, Entities.CST + "Organization", 20, 0)
                    .forEach(hit -> found.put(hit.iri(), true));
        } catch (IllegalArgumentException e) {
            throw Problems.badParameter("issuer", e.getMessage());
        }
        return List.copyOf(found.keySet());
    }

    static Integer year(String name, String value) {
        if (blank(value))
            return null;
        if (!YEAR.matcher(value.strip()).matches())
            throw Problems.badParameter(name, "must be four digits, like 2023");
        return Integer.valueOf(value.strip());
    }

    static boolean bool(String name, String value) {
        if (blank(value))
            return false;
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw Problems.badParameter(name, "must be true or false");
        };
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
