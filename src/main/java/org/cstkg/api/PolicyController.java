package org.cstkg.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/policies}: policies as records, filtered by issuer (any named issuer, or the lead issuer), year range,
 * document type and level, a page at a time, as JSON or as a CSV spreadsheet; and {@code /api/policies/network}, the
 * bodies that issued them and who co-issued with whom.
 */
@RestController
class PolicyController {

    static final int DEFAULT_LIMIT = 100, MAX_LIMIT = 1000, MAX_CSV_ROWS = 10_000, MAX_OFFSET = 1_000_000;

    /**
     * A page of policies.
     *
     * @param matchedIssuers the bodies the {@code issuer} parameter named (null without one)
     * @param total          how many policies match in all
     */
    record Policies(String issuer, boolean lead, String year, Integer from, Integer to, String type, String level,
            int limit, int offset, int total, List<Ref> matchedIssuers, List<PolicyRecord> items) {}

    private final PolicyFilters filters;
    private final PolicyRecords records;
    private final PolicyNetwork network;
    private final Summaries summaries;

    PolicyController(PolicyFilters filters, PolicyRecords records, PolicyNetwork network, Summaries summaries) {
        this.filters = filters;
        this.records = records;
        this.network = network;
        this.summaries = summaries;
    }

    @Operation(summary = "Policies as records, by issuer, years, document type and level; JSON or CSV",
            description = """
                    Every item carries its titles (Korean, official Chinese), official URL, document number (as \
                    written, and parsed), issue and effective dates as written with their precision (day, month, \
                    year), document type and level (with Korean, Chinese and English labels), period, its named \
                    issuers (the lead flagged), the number of issuers the text states and whether all are named, \
                    and the policies it implements or revises. Ordered by year, then id. \
                    CSV (Accept: text/csv or format=csv): one row per policy with the same fields, issuers joined \
                    with "; ", UTF-8 with a byte-order mark, RFC 4180 quoting, a header row; every matching policy \
                    (up to 10000) unless limit is given.""",
            responses = @ApiResponse(responseCode = "200", description = "the policies", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = Policies.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")) }))
    @GetMapping("/api/policies")
    ResponseEntity<?> policies(
            @Parameter(description = "an issuing body (lead or co-issuer): an id (org/miit) or a name in any script "
                    + "(공업정보화부, 工信部, MIIT)") @RequestParam(required = false) String issuer,
            @Parameter(description = "true: only policies whose lead issuer is the issuer", schema = @Schema(
                    type = "boolean")) @RequestParam(required = false) String lead,
            @Parameter(description = "one year, four digits (the same as from=to=year)")
            @RequestParam(required = false) String year,
            @Parameter(description = "first year, four digits (issue date, else year issued)")
            @RequestParam(required = false) String from,
            @Parameter(description = "last year, four digits") @RequestParam(required = false) String to,
            @Parameter(description = "document type: notation (专项行动, 通知), slug (zhuanxiang-xingdong) or Korean or "
                    + "English name (특별행동, special action); includes narrower types (意见 finds 指导意见)")
            @RequestParam(required = false) String type,
            @Parameter(description = "central, provincial or municipal") @RequestParam(required = false) String level,
            @Parameter(description = "1 to " + MAX_LIMIT + " (JSON, default " + DEFAULT_LIMIT + "); CSV: up to "
                    + MAX_CSV_ROWS + ", all by default") @RequestParam(required = false) String limit,
            @Parameter(description = "0 or more") @RequestParam(required = false) String offset,
            @Parameter(description = "json or csv; overrides Accept") @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = csv(format, accept);
        int max = csv ? MAX_CSV_ROWS : MAX_LIMIT;
        int l = number("limit", limit, csv ? MAX_CSV_ROWS : DEFAULT_LIMIT, 1, max);
        int o = number("offset", offset, 0, 0, MAX_OFFSET);
        PolicyFilter f = filters.parse(new PolicyFilters.Params(issuer, lead, year, from, to, type, level));
        List<PolicyRecords.Match> matches = records.find(f);
        List<PolicyRecord> page = records.read(
                matches.stream().skip(o).limit(l).map(PolicyRecords.Match::iri).toList());
        if (csv)
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(PolicyCsv.MEDIA_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("cstkg-policies.csv").build().toString())
                    .body(PolicyCsv.write(page));
        List<Ref> matched = f.issuers() == null ? null
                : f.issuers().stream().map(i -> Ref.of(i, summaries.of(i).label())).toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(new Policies(issuer, f.leadOnly(), year, f.from(), f.to(), type, level, l, o, matches.size(),
                        matched, page));
    }

    @Operation(summary = "Co-issuance network: issuing bodies as nodes, policies issued together as weighted edges",
            description = "Nodes: the bodies that issued the selected policies, each with how many; edges: pairs of "
                    + "bodies with the number of policies both issued and those policies' ids. At most "
                    + PolicyNetwork.MAX_NODES + " nodes (those with the most policies); truncated says whether "
                    + "bodies were left out.")
    @GetMapping("/api/policies/network")
    PolicyNetwork.Network network(
            @Parameter(description = "only policies this body issued (id or name), as for /api/policies: the body, "
                    + "its co-issuers and theirs on those policies") @RequestParam(required = false) String issuer,
            @Parameter(description = "true: only policies the issuer led", schema = @Schema(type = "boolean"))
            @RequestParam(required = false) String lead,
            @Parameter(description = "one year, four digits") @RequestParam(required = false) String year,
            @Parameter(description = "first year, four digits") @RequestParam(required = false) String from,
            @Parameter(description = "last year, four digits") @RequestParam(required = false) String to,
            @Parameter(description = "document type, as for /api/policies") @RequestParam(required = false) String type,
            @Parameter(description = "central, provincial or municipal") @RequestParam(required = false) String level) {
        PolicyFilter f = filters.parse(new PolicyFilters.Params(issuer, lead, year, from, to, type, level));
        List<String> policies = records.find(f).stream().map(PolicyRecords.Match::iri).toList();
        return network.of(policies, issuer, f.from(), f.to(), type, level);
    }

    /** CSV when {@code format=csv}, or when the Accept header prefers text/csv to JSON. */
    static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank())
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv", "text/csv" -> true;
                case "json", "application/json" -> false;
                default -> throw Problems.badParameter("format", "must be json or csv");
            };
        if (accept == null || accept.isBlank())
            return false;
        try {
            List<MediaType> types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
            types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()); // stable
            for (MediaType t : types) {
                if (t.getQualityValue() == 0)
                    continue;
                if (t.isWildcardType() || t.includes(MediaType.APPLICATION_JSON)
                        || t.getSubtype().endsWith("+json"))
                    return false;
                if (t.getType().equals("text") && t.getSubtype().equals("csv"))
                    return true;
            }
        } catch (IllegalArgumentException e) { // InvalidMimeTypeException too: a broken Accept means JSON
            return false;
        }
        return false;
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank())
            return absent;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max)
                return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problems.badParameter(name, "must be a whole number from " + min + " to " + max);
    }
}
