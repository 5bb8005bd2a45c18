package org.cstkg.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A policy as policy databases record it (docs/data-model.md, "Policies as records"), for {@code /api/policies}, its
 * CSV export, the policy's entity view and its page.
 *
 * @param label            the display label (Korean first)
 * @param labels           rdfs:label by language
 * @param officialTitle    cst:officialTitle, the official Chinese title
 * @param officialUrl      cst:officialUrl, the notice's own page
 * @param year             the year it was issued: from the issue date, else cst:issuedYear
 * @param issuers          every named issuer (cst:issuedBy), the lead issuer first and flagged
 * @param namedIssuers     how many issuers are named
 * @param coIssuerCount    how many issuers the text states (cst:coIssuerCount), or null when it states no number
 * @param issuersComplete  cst:issuersComplete as stated; when not stated, whether the named issuers reach the stated
 *                         number (null when neither is known)
 * @param implementsPolicies cst:implements: the policies this one implements
 * @param sources          what each field rests on; only in the view of one policy, null in lists
 */
public record PolicyRecord(String id, String iri, String label, Map<String, List<String>> labels, String officialTitle,
        String officialUrl, DocumentNumber documentNumber, DateValue issueDate, DateValue effectiveDate,
        String issuedYear, String year, Period period, Concept type, Concept level, List<Issuer> issuers,
        Issuer leadIssuer, int namedIssuers, Integer coIssuerCount, Boolean issuersComplete,
        @JsonProperty("implements") List<Ref> implementsPolicies, List<Ref> revises, List<Ref> implementedBy,
        List<Ref> revisedBy, @JsonInclude(JsonInclude.Include.NON_NULL) List<FieldSource> sources) {

    /** The same record with the sources of its fields. */
    PolicyRecord withSources(List<FieldSource> fieldSources) {
        return new PolicyRecord(id, iri, label, labels, officialTitle, officialUrl, documentNumber, issueDate,
                effectiveDate, issuedYear, year, period, type, level, issuers, leadIssuer, namedIssuers, coIssuerCount,
                issuersComplete, implementsPolicies, revises, implementedBy, revisedBy, fieldSources);
    }

    /** A named issuer; {@code lead} when it is the lead issuer (cst:leadIssuer). */
    public record Issuer(String id, String iri, String label, Map<String, List<String>> labels, boolean lead) {}

    /**
     * A date as written: {@code value} is its lexical form (2023-05-26, 2023-05, 2023) and {@code precision} day,
     * month or year.
     */
    public record DateValue(String value, String precision) {

        static DateValue of(String lexical) {
            if (lexical == null)
                return null;
            String precision = lexical.matches("-?\\d{4,}-\\d{2}-\\d{2}.*") ? "day"
                    : lexical.matches("-?\\d{4,}-\\d{2}.*") ? "month" : "year";
            return new DateValue(lexical, precision);
        }

        /** Finer dates first, so a record read from several articles shows its most precise date. */
        int rank() {
            return switch (precision) { case "day" -> 0; case "month" -> 1; default -> 2; };
        }
    }

    /** The document number as written (工信部联科〔2023〕67号) and its parts when parsed. */
    public record DocumentNumber(String text, String code, String year, Integer serial) {}

    /** The years the policy covers (cst:periodStart, cst:periodEnd). */
    public record Period(String start, String end) {}

    /** A concept of a scheme (document type, level) with its notation and its labels in Korean, Chinese and English. */
    public record Concept(String id, String iri, String notation, String label, Map<String, String> labels) {}

    /**
     * What one value of a field rests on: a reified statement's {@code basis} ({@code sentence},
     * {@code sentence-with-context}, {@code citation} or {@code reference-data}), its sentence, or the reference
     * whose cited title states it ({@code reference} with its title as label, and {@code referenceUrl}).
     *
     * @param property the property, compact (cst:issueDate)
     * @param value    the value it supports: the lexical form of a literal, or the IRI
     */
    public record FieldSource(String property, String value, String basis, String sentence, String text,
            String contextText, String article, Ref reference, String referenceUrl) {}
}
