package org.cstkg.linkeddata;

import java.util.List;
import java.util.Map;

import org.cstkg.api.EntityView;
import org.cstkg.api.Ref;

/**
 * The HTML page of an entity: labels in Korean, Chinese and English, types, a policy's record, relations, sources,
 * external links.
 */
final class EntityPage {

    private static final List<String> LANGS = List.of("ko", "zh-Hans", "zh-Hant", "zh-Latn-pinyin", "en");

    private EntityPage() {}

    static String render(EntityView e) {
        Html h = new Html(e.label() == null ? e.iri() : e.label(), "ko");
        h.element("h1", e.label() == null ? e.id() : e.label());
        h.raw("<p><code>").text(e.iri()).raw("</code> · ");
        for (int i = 0; i < e.types().size(); i++)
            h.raw(i == 0 ? "" : ", ").link(e.types().get(i).iri(), e.types().get(i).label());
        h.raw("</p>\n<h2>Labels</h2><table>");
        labels(h, e.labels(), "label");
        labels(h, e.altLabels(), "also");
        h.raw("</table>\n");
        if (e.policy() != null)
            PolicySection.render(h, e.policy());
        relations(h, "Relations", e.outgoing(), true);
        relations(h, "Referenced by", e.incoming(), false);
        if (!e.attributes().isEmpty()) {
            h.raw("<h2>Attributes</h2><table>");
            for (EntityView.Attribute a : e.attributes())
                h.raw("<tr><th>").text(a.property()).raw("</th><td>").text(a.value()).raw("</td></tr>");
            h.raw("</table>\n");
        }
        if (!e.externalLinks().isEmpty()) {
            h.raw("<h2>External links</h2><ul>");
            for (EntityView.ExternalLink l : e.externalLinks())
                h.raw("<li>").text(l.source() + ": ").link(l.url(), l.identifier())
                        .raw(" <span class=\"muted\">(").text(l.status() + (l.checkedOn() == null ? "" : ", checked "
                                + l.checkedOn())).raw(")</span>").raw("</li>");
            h.raw("</ul>\n");
        }
        sources(h, e);
        h.raw("<p class=\"muted\">Also as ").link("?format=ttl", "Turtle").raw(", ").link("?format=jsonld", "JSON-LD")
                .raw(", ").link("?format=nt", "N-Triples").raw(", ").link("/api/entities/" + e.id(), "JSON").raw("</p>");
        return h.end();
    }

    private static void labels(Html h, Map<String, List<String>> byLang, String kind) {
        for (String lang : LANGS)
            row(h, kind, lang, byLang.get(lang));
        byLang.forEach((lang, values) -> {
            if (!LANGS.contains(lang))
                row(h, kind, lang.isEmpty() ? "—" : lang, values);
        });
    }

    private static void row(Html h, String kind, String lang, List<String> values) {
        if (values == null || values.isEmpty())
            return;
        h.raw("<tr><th>").text(lang).raw("</th><td lang=\"").text(lang).raw("\">").text(String.join(" · ", values))
                .raw("</td><td class=\"muted\">").text(kind).raw("</td></tr>");
    }

    private static void relations(Html h, String title, List<EntityView.Relation> relations, boolean out) {
        if (relations.isEmpty())
            return;
        h.element("h2", title).raw("<table>");
        for (EntityView.Relation r : relations) {
            h.raw("<tr><th>").text(out ? r.property() : "← " + r.property()).raw("</th><td>");
            ref(h, r.node());
            h.raw("</td></tr>");
        }
        h.raw("</table>\n");
    }

    private static void sources(Html h, EntityView e) {
        if (e.mentionedIn().isEmpty() && e.evidence().isEmpty())
            return;
        h.element("h2", "Sources").raw("<ul>");
        for (EntityView.ArticleRef a : e.mentionedIn()) {
            h.raw("<li>");
            ref(h, new Ref(a.id(), a.iri(), a.title()));
            h.raw(a.publishedOn() == null ? "" : " <span class=\"muted\">" + Html.esc(a.publishedOn()) + "</span>")
                    .raw("</li>");
        }
        h.raw("</ul>");
        more(h, e.mentionedIn().size(), e.totals().mentionedIn(), "articles", "/api/entities/" + e.id() + "/articles");
        for (EntityView.Evidence ev : e.evidence()) {
            if ("reference-data".equals(ev.basis())) { // background, not stated by any sentence
                h.raw("<p class=\"reference\">").text(ev.property()).raw(" <span class=\"muted\">(reference data: ")
                        .text(ev.reference() == null || ev.reference().label() == null ? "cstkg gazetteer"
                                : ev.reference().label())
                        .raw(")</span></p>");
                continue;
            }
            if ("citation".equals(ev.basis())) { // stated by the cited title of a reference line
                h.raw("<p class=\"citation\">").text(ev.property()).raw(" <span class=\"muted\">(citation: ")
                        .text(ev.reference() == null || ev.reference().label() == null ? "a reference line"
                                : ev.reference().label())
                        .raw(")</span></p>");
                continue;
            }
            if (ev.text() == null)
                continue;
            h.raw("<blockquote lang=\"ko\">").text(ev.text()).raw(" <span class=\"muted\">(stated: ")
                    .text(ev.property()).raw(")</span>");
            if (ev.contextText() != null)
                h.raw("<br><span class=\"muted\">context: </span>").text(ev.contextText());
            h.raw("</blockquote>");
        }
        more(h, e.evidence().size(), e.totals().evidence(), "statements", "/api/entities/" + e.id() + "/evidence");
        h.raw("\n");
    }

    /** Says how many of how many a list shows, with the link to page through the rest. */
    private static void more(Html h, int shown, long total, String what, String href) {
        if (total <= shown)
            return;
        h.raw("<p class=\"muted\">").text(shown + " of " + total + " " + what + "; all of them: ").link(href, href)
                .raw("</p>");
    }

    private static void ref(Html h, Ref ref) {
        String text = ref.label() == null ? (ref.id() == null ? ref.iri() : ref.id()) : ref.label();
        h.link(ref.id() == null ? ref.iri() : "/id/" + ref.id(), text);
    }
}
