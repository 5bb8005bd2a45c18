package org.cstkg.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The default answer of {@code /api/entities/{id}}: a bounded summary of one entity, read with three queries whatever
 * the entity's size. It holds the entity's own statements (labels, types, relations to other resources, attributes,
 * external links) and how many articles, incoming relations and statements with evidence there are; those lists page
 * through the sub-resources named in {@code links}. {@code ?view=full} gives {@link EntityView}, the older and much
 * larger answer with the first pages of each list inline.
 *
 * @param outgoing at most {@value Entities#OUTGOING_SHOWN} relations from this entity, in property order;
 *                 {@code totals.outgoing} says how many there are
 * @param totals   sizes of the entity's lists
 * @param links    where to read the rest: relative URLs of this server
 * @param policy   for a cst:Policy, its record: every field with what it rests on (absent for other entities)
 */
public record CompactEntity(String id, String iri, String label, Map<String, List<String>> labels,
        Map<String, List<String>> altLabels, List<Ref> types, List<EntityView.Relation> outgoing,
        List<EntityView.Attribute> attributes, List<EntityView.ExternalLink> externalLinks, Totals totals, Links links,
        @JsonInclude(JsonInclude.Include.NON_NULL) PolicyRecord policy) {

    /**
     * @param outgoing    relations from the entity to other resources
     * @param incoming    relations from other resources to it, cst:mentions and reification left out
     * @param mentionedIn articles that mention it
     * @param evidence    statements about it with the sentence or reference data each rests on
     */
    public record Totals(long outgoing, long incoming, long mentionedIn, long evidence) {}

    /** Relative URLs of the entity's other resources. */
    public record Links(String self, String full, String articles, String incoming, String evidence, String graph,
            String page) {

        static Links of(String id) {
            String api = "/api/entities/" + id;
            return new Links(api, api + "?view=full", api + "/articles", api + "/incoming", api + "/evidence",
                    api + "/graph", "/id/" + id);
        }
    }
}
