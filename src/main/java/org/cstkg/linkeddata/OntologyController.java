package org.cstkg.linkeddata;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cstkg.serve.Ontology;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ontology document {@code https://w3id.org/cstkg/ontology}, served at {@code /ontology} with conneg. */
@RestController
class OntologyController {

    @GetMapping({ "/ontology", "/ontology/" })
    ResponseEntity<byte[]> ontology(@RequestHeader(name = "Accept", required = false) String accept,
            @RequestParam(required = false) String format) {
        String mediaType = Negotiation.choose(accept, format);
        if (mediaType == null)
            return Negotiation.notAcceptable("/ontology");
        Model model = Ontology.model();
        return Negotiation.isHtml(mediaType) ? Negotiation.html(page(model)) : Negotiation.rdf(model, mediaType);
    }

    private static String page(Model m) {
        Html h = new Html("cstkg ontology", "en").element("h1", "cstkg ontology");
        h.raw("<p><code>").text(Ontology.IRI).raw("</code> · prefix <code>cst:</code> · ")
                .link("?format=ttl", "Turtle").raw("</p>\n");
        section(h, m, "Classes", List.of(OWL.Class));
        section(h, m, "Object properties", List.of(OWL.ObjectProperty));
        section(h, m, "Datatype properties", List.of(OWL.DatatypeProperty));
        return h.end();
    }

    private static void section(Html h, Model m, String title, List<Resource> kinds) {
        List<Resource> terms = kinds.stream()
                .flatMap(k -> m.listSubjectsWithProperty(RDF.type, k).toList().stream())
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Ontology.NS))
                .distinct()
                .sorted(Comparator.comparing(Resource::getLocalName))
                .toList();
        if (terms.isEmpty())
            return;
        h.element("h2", title).raw("<table>");
        for (Resource t : terms) {
            h.raw("<tr id=\"").text(t.getLocalName()).raw("\"><th><code>cst:").text(t.getLocalName())
                    .raw("</code></th><td>").text(literal(t, RDFS.label, "en")).raw("<br><span lang=\"ko\">")
                    .text(literal(t, RDFS.label, "ko")).raw("</span></td><td class=\"muted\">")
                    .text(literal(t, RDFS.comment, "en")).raw("</td></tr>");
        }
        h.raw("</table>\n");
    }

    private static String literal(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        for (Statement s : r.listProperties(p).toList())
            if (s.getObject().isLiteral() && lang.equals(s.getLanguage()))
                return s.getString();
        return "";
    }
}
