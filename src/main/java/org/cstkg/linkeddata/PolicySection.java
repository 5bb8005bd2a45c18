package org.cstkg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cstkg.api.PolicyRecord;
import org.cstkg.api.Ref;

/**
 * The "Policy record" table of a policy's page: one row per field (as policy databases record them), its value, and
 * what the value rests on: the sentence that states it, the reference line whose cited title states it (marked
 * <em>citation</em>), or reference data (background, stated by no article).
 */
final class PolicySection {

    /** A field: its heading, the property its sources are recorded under, and its value as text. */
    private record Field(String heading, String property, Function<PolicyRecord, String> value) {}

    private static final List<Field> FIELDS = List.of(
            new Field("Official title", "cst:officialTitle", PolicyRecord::officialTitle),
            new Field("Official URL", "cst:officialUrl", PolicyRecord::officialUrl),
            new Field("Document number", "cst:documentNumber", p -> p.documentNumber() == null ? null
                    : p.documentNumber().text() + parts(p.documentNumber())),
            new Field("Issue date", "cst:issueDate", p -> date(p.issueDate())),
            new Field("Effective date", "cst:effectiveDate", p -> date(p.effectiveDate())),
            new Field("Year issued", "cst:issuedYear", PolicyRecord::year),
            new Field("Period", "cst:periodStart", p -> p.period() == null ? null
                    : nz(p.period().start()) + "–" + nz(p.period().end())),
            new Field("Document type", "cst:documentType", p -> concept(p.type())),
            new Field("Level", "cst:level", p -> concept(p.level())),
            new Field("Lead issuer", "cst:leadIssuer", p -> p.leadIssuer() == null ? null : p.leadIssuer().label()),
            new Field("Issuers stated", "cst:coIssuerCount", p -> p.coIssuerCount() == null ? null
                    : p.coIssuerCount() + " (" + p.namedIssuers() + " named)"),
            new Field("Issuers complete", "cst:issuersComplete", p -> p.issuersComplete() == null ? null
                    : p.issuersComplete() ? "yes: every issuer is named" : "no: only some are named"));

    private PolicySection() {}

    static void render(Html h, PolicyRecord p) {
        h.element("h2", "Policy record").raw("<table class=\"policy\">");
        for (Field f : FIELDS) {
            String value = f.value().apply(p);
            if (value == null)
                continue;
            h.raw("<tr><th>").text(f.heading()).raw("</th><td>");
            if (f.property().equals("cst:officialUrl"))
                h.link(value, value);
            else
                h.raw(f.property().equals("cst:officialTitle") ? "<span lang=\"zh-Hans\">" : "<span>").text(value)
                        .raw("</span>");
            h.raw("</td><td>");
            sources(h, sourcesOf(p, f.property(), null));
            if (f.property().equals("cst:periodStart"))
                sources(h, sourcesOf(p, "cst:periodEnd", null));
            h.raw("</td></tr>");
        }
        for (PolicyRecord.Issuer i : p.issuers()) {
            h.raw("<tr><th>Issuer</th><td>").link("/id/" + i.id(), i.label() == null ? i.id() : i.label())
                    .raw(i.lead() ? " <span class=\"muted\">(lead)</span>" : "").raw("</td><td>");
            sources(h, sourcesOf(p, "cst:issuedBy", i.iri()));
            h.raw("</td></tr>");
        }
        related(h, p, "Implements", "cst:implements", p.implementsPolicies());
        related(h, p, "Revises", "cst:revises", p.revises());
        related(h, p, "Implemented by", null, p.implementedBy());
        related(h, p, "Revised by", null, p.revisedBy());
        h.raw("</table>\n");
    }

    private static void related(Html h, PolicyRecord p, String heading, String property, List<Ref> refs) {
        for (Ref r : refs) {
            h.raw("<tr><th>").text(heading).raw("</th><td>")
                    .link(r.id() == null ? r.iri() : "/id/" + r.id(), r.label() == null ? r.iri() : r.label())
                    .raw("</td><td>");
            if (property != null)
                sources(h, sourcesOf(p, property, r.iri()));
            h.raw("</td></tr>");
        }
    }

    private static List<PolicyRecord.FieldSource> sourcesOf(PolicyRecord p, String property, String value) {
        List<PolicyRecord.FieldSource> found = new ArrayList<>();
        if (p.sources() != null)
            for (PolicyRecord.FieldSource s : p.sources())
                if (s.property().equals(property) && (value == null || value.equals(s.value())))
                    found.add(s);
        return found;
    }

    private static void sources(Html h, List<PolicyRecord.FieldSource> sources) {
        if (sources.isEmpty()) {
            h.raw("<span class=\"muted\">no source statement</span>");
            return;
        }
        for (PolicyRecord.FieldSource s : sources) {
            switch (s.basis()) {
                case "citation" -> {
                    h.raw("<p class=\"citation\"><span class=\"muted\">citation: </span>");
                    String title = s.reference() == null ? null : s.reference().label();
                    h.raw("<span lang=\"zh-Hans\">").text(title == null ? "a reference line" : title).raw("</span>");
                    if (s.referenceUrl() != null)
                        h.raw(" ").link(s.referenceUrl(), s.referenceUrl());
                    h.raw("</p>");
                }
                case "reference-data" -> h.raw("<p class=\"reference\"><span class=\"muted\">reference data: ")
                        .text(s.reference() == null || s.reference().label() == null ? "cstkg gazetteer"
                                : s.reference().label())
                        .raw("</span></p>");
                default -> {
                    if (s.text() == null)
                        continue;
                    h.raw("<blockquote lang=\"ko\">").text(s.text());
                    if (s.contextText() != null)
                        h.raw("<br><span class=\"muted\">context: </span>").text(s.contextText());
                    h.raw("</blockquote>");
                }
            }
        }
    }

    private static String parts(PolicyRecord.DocumentNumber n) {
        return n.code() == null ? "" : " (code " + n.code() + ", year " + nz(n.year()) + ", serial "
                + (n.serial() == null ? "?" : n.serial()) + ")";
    }

    private static String date(PolicyRecord.DateValue d) {
        return d == null ? null : d.value() + " (" + d.precision() + ")";
    }

    private static String concept(PolicyRecord.Concept c) {
        if (c == null)
            return null;
        List<String> names = new ArrayList<>();
        for (String lang : List.of("zh-Hans", "ko", "en"))
            if (c.labels().containsKey(lang) && !names.contains(c.labels().get(lang)))
                names.add(c.labels().get(lang));
        return names.isEmpty() ? (c.notation() == null ? c.iri() : c.notation()) : String.join(" · ", names);
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
