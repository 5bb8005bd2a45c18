package org.cstkg.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.cstkg.serve.http.ProblemJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Content negotiation for documents that exist as HTML and as RDF. {@code ?format=} (html, ttl, jsonld, nt, rdf)
 * overrides the {@code Accept} header; with no preference (no header, or {@code *}{@code /*}) HTML is served.
 */
final class Negotiation {

    static final String HTML = "text/html";

    /** What we offer, in order of preference when the client does not care. */
    private static final List<String> OFFER = List.of(HTML, "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "application/xhtml+xml");
    private static final Map<String, String> FORMATS = Map.of("html", HTML, "ttl", "text/turtle", "turtle",
            "text/turtle", "jsonld", "application/ld+json", "nt", "application/n-triples", "rdf",
            "application/rdf+xml", "xml", "application/rdf+xml");
    private static final Map<String, RDFFormat> WRITERS = Map.of("text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/ld+json", RDFFormat.JSONLD11_PRETTY, "application/n-triples", RDFFormat.NTRIPLES_UTF8,
            "application/rdf+xml", RDFFormat.RDFXML_PRETTY);

    private Negotiation() {}

    /** The media type to answer with, or null when nothing offered is acceptable (406). */
    static String choose(String accept, String format) {
        if (format != null && !format.isBlank())
            return FORMATS.get(format.strip().toLowerCase(Locale.ROOT));
        if (accept == null || accept.isBlank())
            return HTML;
        MediaType chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(OFFER.toArray(String[]::new)));
        if (chosen == null)
            return null;
        String type = chosen.getContentTypeStr();
        return type.equals("application/xhtml+xml") ? HTML : type;
    }

    static boolean isHtml(String mediaType) {
        return HTML.equals(mediaType);
    }

    /** The model written in the chosen RDF syntax, with {@code Vary: Accept}. */
    static ResponseEntity<byte[]> rdf(Model model, String mediaType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, WRITERS.get(mediaType));
        return ResponseEntity.ok().headers(headers(mediaType + ";charset=utf-8")).body(out.toByteArray());
    }

    static ResponseEntity<byte[]> html(String page) {
        return ResponseEntity.ok().headers(headers("text/html;charset=utf-8"))
                .body(page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** 406 as problem+json (whatever the client accepts: an error body is better than none), naming what we offer. */
    static ResponseEntity<byte[]> notAcceptable(String uri) {
        String offered = String.join(", ", OFFER.subList(0, 5));
        String body = ProblemJson.render(406, "Not Acceptable",
                "none of the formats in Accept (or ?format=) is offered; offered: " + offered
                        + " (or ?format=html|ttl|jsonld|nt|rdf)", uri);
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_TYPE, ProblemJson.MEDIA_TYPE)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static HttpHeaders headers(String contentType) {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.CONTENT_TYPE, contentType);
        h.set(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return h;
    }

    static Lang lang(String mediaType) {
        return WRITERS.get(mediaType).getLang();
    }
}
