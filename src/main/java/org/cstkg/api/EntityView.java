package org.cstkg.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything the graph says about one entity, for {@code /api/entities/{id}} and the HTML page of {@code /id/{id}}.
 *
 * @param labels     rdfs:label and skos:prefLabel by language tag
 * @param altLabels  skos:altLabel by language tag
 * @param outgoing   relations from this entity to other resources
 * @param incoming   relations from other resources to this entity (cst:mentions is in {@code mentionedIn})
 * @param attributes literal-valued properties other than labels and external links
 * @param evidence   reified statements about this entity with the sentence each was read from, or the reference
 *                   data it comes from
 * @param totals     how many incoming relations, articles and statements there are in all: the lists hold the first
 *                   {@value Entities#INCOMING_SHOWN}, the newest {@value Entities#ARTICLES_SHOWN} and the first
 *                   {@value Entities#EVIDENCE_SHOWN}; the rest page through {@code /api/entities/{id}/articles} and
 *                   {@code /evidence}
 * @param policy     for a cst:Policy, its record: every field with what it rests on (absent for other entities)
 */
public record EntityView(String id, String iri, String label, Map<String, List<String>> labels,
        Map<String, List<String>> altLabels, List<Ref> types, List<Relation> outgoing, List<Relation> incoming,
        List<Attribute> attributes, List<ExternalLink> externalLinks, List<ArticleRef> mentionedIn,
        List<Evidence> evidence, Totals totals, @JsonInclude(JsonInclude.Include.NON_NULL) PolicyRecord policy) {

    /** Sizes of the lists before they were cut. */
    public record Totals(long incoming, long mentionedIn, long evidence) {
        /** Whether any list was cut. */
        public boolean truncated(EntityView v) {
            return incoming > v.incoming().size() || mentionedIn > v.mentionedIn().size()
                    || evidence > v.evidence().size();
        }
    }

    /** One page of a long list of an entity. */
    public record Page<T>(String id, int limit, int offset, long total, List<T> items) {}

    /** A relation: the property (compact, like {@code cst:issuedBy}) and the resource at its other end. */
    public record Relation(String property, String propertyIri, Ref node) {}

    public record Attribute(String property, String value, String datatype, String lang) {}

    /**
     * A link to an outside knowledge base (wikidata, ror, geonames, dbpedia). {@code status} is unverified,
     * verified-offline or rejected; {@code verified} only for verified-offline; {@code checkedOn} the date of that
     * check; {@code recordedBy} the row's source in the link table.
     */
    public record ExternalLink(String source, String identifier, String url, String status, boolean verified,
            String checkedOn, String recordedBy) {}

    public record ArticleRef(String id, String iri, String title, String publishedOn) {}

    /**
     * What a statement rests on. {@code basis} is {@code sentence} (the sentence names both ends),
     * {@code sentence-with-context} (one end is named in {@code contextSentence}, earlier in the article),
     * {@code citation} (the cited title of a reference line states it: {@code reference} is that line) or
     * {@code reference-data} (background from the gazetteer: {@code reference} names the data, and there is no
     * sentence, since no article states it).
     */
    public record Evidence(String statement, Ref subject, String property, Ref object, String basis, String sentence,
            String text, String contextSentence, String contextText, String article, Ref reference) {}
}
