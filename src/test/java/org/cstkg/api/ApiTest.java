package org.cstkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;
import static org.cstkg.serve.Http.enc;

import java.net.http.HttpResponse;

import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/** Every REST route over the running server, with good and bad input. */
@ServedFixture
class ApiTest {

    static final String CAS = "https://w3id.org/cstkg/id/org/cas";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    HttpResponse<String> ok(String path) {
        HttpResponse<String> r = http.get(path, "application/json");
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("application/json");
        return r;
    }

    void problem(String path, int status, String detailPart) {
        HttpResponse<String> r = http.get(path, "application/json");
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(status);
        assertThat(contentType(r)).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(r.body(), "$.detail")).contains(detailPart);
        assertThat((Integer) JsonPath.read(r.body(), "$.status")).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = { "과학원", "科学院", "科學院", "academy of sciences", "Academy Sciences", "中科院" })
    void searchFindsTheAcademyInEveryScript(String q) {
        HttpResponse<String> r = ok("/api/entities?q=" + enc(q));
        assertThat((String) JsonPath.read(r.body(), "$.items[0].iri")).isEqualTo(CAS);
    }

    @Test
    void searchFiltersByTypeAndPages() {
        String body = ok("/api/entities?q=" + enc("과학원") + "&type=ResearchInstitute&limit=1&offset=1").body();
        assertThat((String) JsonPath.read(body, "$.items[0].id")).isEqualTo("org/cas-institute-of-semiconductors");
        assertThat((Integer) JsonPath.read(body, "$.items.length()")).isEqualTo(1);
        String none = ok("/api/entities?q=" + enc("과학원") + "&type=Person").body();
        assertThat((Integer) JsonPath.read(none, "$.items.length()")).isZero();
        String orgs = ok("/api/entities?q=" + enc("부") + "&type=Organization&limit=50").body();
        assertThat(JsonPath.<java.util.List<String>>read(orgs, "$.items[*].id")).contains("org/miit", "org/moe");
    }

    @Test
    void searchRejectsBadParameters() {
        problem("/api/entities?q=" + enc("과학원") + "&type=Spaceship", 400, "unknown type");
        problem("/api/entities?q=" + enc("과학원") + "&limit=0", 400, "limit");
        problem("/api/entities?q=" + enc("과학원") + "&limit=abc", 400, "limit");
        problem("/api/entities?q=" + enc("***"), 400, "letter or digit");
        problem("/api/entities?q=", 400, "letter or digit");
        problem("/api/entities?limit=201", 400, "limit");
    }

    @Test
    void entityHasLabelsTypesRelationsLinksAndSources() {
        String body = ok("/api/entities/org/cas").body();
        assertThat((String) JsonPath.read(body, "$.labels.ko[0]")).isEqualTo("중국과학원");
        assertThat((String) JsonPath.read(body, "$.labels['zh-Hans'][0]")).isEqualTo("中国科学院");
        assertThat((String) JsonPath.read(body, "$.labels.en[0]")).isEqualTo("Chinese Academy of Sciences");
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.types[*].iri"))
                .containsExactly("https://w3id.org/cstkg/ontology#ResearchInstitute");
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.outgoing[*].node.id")).contains("region/beijing");
        assertThat((String) JsonPath.read(body, "$.externalLinks[0].identifier")).isEqualTo("Q530471");
        assertThat((Boolean) JsonPath.read(body, "$.externalLinks[0].verified")).isFalse();
        assertThat((String) JsonPath.read(body, "$.externalLinks[0].status")).isEqualTo("unverified");
        // the default view counts the long lists and links to them; ?view=full has their first pages inline
        assertThat((Integer) JsonPath.read(body, "$.totals.mentionedIn")).isEqualTo(2);
        assertThat(JsonPath.parse(body).<java.util.Map<String, Object>>read("$")).doesNotContainKeys("mentionedIn",
                "incoming", "evidence");
        String incoming = ok(JsonPath.read(body, "$.links.incoming")).body();
        assertThat(JsonPath.<java.util.List<String>>read(incoming, "$.items[?(@.property == 'cst:partOf')].node.id"))
                .containsExactly("org/cas-institute-of-semiconductors");
        assertThat((Integer) JsonPath.read(incoming, "$.total")).isEqualTo(JsonPath.<Integer>read(body, "$.totals.incoming"));
        String full = ok(JsonPath.read(body, "$.links.full")).body();
        assertThat((Integer) JsonPath.read(full, "$.mentionedIn.length()")).isEqualTo(2);
        assertThat(JsonPath.<java.util.List<String>>read(full, "$.incoming[?(@.property == 'cst:partOf')].node.id"))
                .containsExactly("org/cas-institute-of-semiconductors");
        assertThat(body.length()).isLessThan(full.length());
        problem("/api/entities/org/cas?view=everything", 400, "compact or full");
    }

    @Test
    void entityEvidenceCarriesTheSentence() {
        String body = ok("/api/entities/program/shenzhou-16/evidence").body();
        assertThat((String) JsonPath.read(body, "$.items[0].property")).isEqualTo("cst:launchedFrom");
        assertThat((String) JsonPath.read(body, "$.items[0].text")).contains("선저우 16호");
    }

    /** Facts from reference data are marked as such and cite no sentence; facts read from the text cite one. */
    @Test
    void evidenceSaysWhatEachFactRestsOn() {
        String body = ok("/api/entities/org/cas?view=full").body();
        java.util.List<String> bases = JsonPath.read(body, "$.evidence[*].basis");
        assertThat(bases).contains("reference-data");
        assertThat(JsonPath.<java.util.List<Object>>read(body, "$.evidence[?(@.basis == 'reference-data')].text"))
                .allMatch(java.util.Objects::isNull);
        assertThat(JsonPath.<java.util.List<String>>read(body,
                "$.evidence[?(@.basis == 'reference-data')].reference.label"))
                .allMatch(l -> l.startsWith("cstkg reference data: data/gazetteer/"));
        String miit = ok("/api/entities/org/miit?view=full").body();
        assertThat(JsonPath.<java.util.List<String>>read(miit, "$.evidence[*].basis")).containsOnly("sentence");
        assertThat(JsonPath.<java.util.List<Object>>read(miit, "$.evidence[?(@.basis == 'sentence')].text"))
                .isNotEmpty().allMatch(java.util.Objects::nonNull);
    }

    @Test
    void unknownOrMalformedEntity() {
        problem("/api/entities/org/no-such-body", 404, "no resource");
        problem("/api/entities/org/%3Cscript%3E", 400, "not a resource id");
    }

    @Test
    void neighbourhoodGraph() {
        String one = ok("/api/entities/program/shenzhou-16/graph?depth=1").body();
        assertThat(JsonPath.<java.util.List<String>>read(one, "$.nodes[*].id")).contains("person/jing-haipeng",
                "facility/jiuquan-satellite-launch-center", "technology/long-march-2f");
        assertThat(JsonPath.<java.util.List<String>>read(one, "$.nodes[*].id")).doesNotContain("org/buaa");
        String two = ok("/api/entities/program/shenzhou-16/graph?depth=2").body();
        assertThat(JsonPath.<java.util.List<String>>read(two, "$.nodes[*].id")).contains("org/buaa");
        problem("/api/entities/program/shenzhou-16/graph?depth=3", 400, "depth");
        problem("/api/entities/program/nothing/graph", 404, "no resource");
    }

    @Test
    void policiesByIssuerAndYear() {
        String byId = ok("/api/policies?issuer=org/miit&year=2023").body();
        assertThat(JsonPath.<java.util.List<String>>read(byId, "$.items[*].id"))
                .containsExactly("policy/sme-sci-tech-special-action-2023");
        assertThat(JsonPath.<java.util.List<String>>read(byId, "$.items[0].issuers[*].id"))
                .containsExactlyInAnyOrder("org/miit", "org/ndrc", "org/moe", "org/most");
        assertThat((Integer) JsonPath.read(byId, "$.items[0].coIssuerCount")).isEqualTo(10);
        String byName = ok("/api/policies?issuer=" + enc("工信部")).body();
        assertThat((Integer) JsonPath.read(byName, "$.items.length()")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(ok("/api/policies?year=2019").body(), "$.items.length()")).isZero();
        problem("/api/policies?year=20x3", 400, "four digits");
    }

    @Test
    void articleWithFacts() {
        String body = ok("/api/articles/report/test-weekly-2023-06-02/1-01").body();
        assertThat((String) JsonPath.read(body, "$.report.id")).isEqualTo("report/test-weekly-2023-06-02");
        assertThat((String) JsonPath.read(body, "$.facts[0].property")).isEqualTo("cst:issuedBy");
        assertThat((String) JsonPath.read(body, "$.facts[0].object.id")).isEqualTo("org/miit");
        assertThat((String) JsonPath.read(body, "$.sentences[0].text")).contains("공업정보화부");
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.references")).containsExactly(
                "https://example.org/policy-notice");
        problem("/api/articles/report/test-weekly-2023-06-02/9-99", 404, "no article");
        problem("/api/articles/org/cas", 404, "no article");
    }

    @Test
    void reports() {
        String list = ok("/api/reports").body();
        assertThat((String) JsonPath.read(list, "$[0].id")).isEqualTo("report/test-weekly-2023-06-02");
        assertThat((Integer) JsonPath.read(list, "$[0].articleCount")).isEqualTo(2);
        String one = ok("/api/reports/report/test-weekly-2023-06-02").body();
        assertThat((Integer) JsonPath.read(one, "$.articles.length()")).isEqualTo(2);
        problem("/api/reports/report/nothing", 404, "no report");
    }

    @Test
    void timeline() {
        String body = ok("/api/timeline?from=2023-05&to=2023-05-31").body();
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.items[*].resource.id")).contains(
                "program/shenzhou-16", "report/test-weekly-2023-06-02/1-01").doesNotContain("report/test-weekly-2023-06-02");
        assertThat((Integer) JsonPath.read(ok("/api/timeline?from=2024").body(), "$.items.length()")).isZero();
        problem("/api/timeline?from=yesterday", 400, "not a date");
        problem("/api/timeline?from=2024&to=2023", 400, "after");
    }

    @Test
    void stats() {
        String body = ok("/api/stats").body();
        assertThat(((Number) JsonPath.read(body, "$.triples")).longValue()).isGreaterThan(100);
        assertThat((Integer) JsonPath.read(body, "$.instancesByClass['cst:GovernmentBody']")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(body, "$.statements")).isEqualTo(3); // two read from sentences, one reference
    }

    @Test
    void openApiDescribesTheRoutes() {
        HttpResponse<String> r = http.get("/api/docs", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/api/entities", "/api/policies", "/api/timeline", "/api/health");
        assertThat((String) JsonPath.read(r.body(), "$.info.title")).isEqualTo(ApiDocs.TITLE);
        assertThat((String) JsonPath.read(r.body(), "$.info.version")).isEqualTo(pomVersion());
        assertThat((String) JsonPath.read(r.body(), "$.info.description")).contains("Korean news", "/sparql");
        java.util.Map<String, Object> paths = JsonPath.read(r.body(), "$.paths");
        assertThat(paths).containsKeys("/api/entities/{kind}/{slug}", "/api/entities/{kind}/{slug}/graph",
                "/api/articles/{kind}/{document}/{article}", "/api/reports/{kind}/{slug}")
                .doesNotContainKeys("/api/entities/{path}", "/api/articles/{id}", "/api/reports/{id}");
    }

    /**
     * What Swagger UI's "Try it out" sends: the documented path template with each parameter filled in and
     * percent-encoded on its own; an id with a slash works because its parts are separate parameters.
     */
    @Test
    void tryItOutWorksForIdsWithSlashes() {
        String docs = http.get("/api/docs", "application/json").body();
        String entity = fill(docs, "/api/entities/{kind}/{slug}", "kind", "org", "slug", "miit");
        assertThat((String) JsonPath.read(ok(entity).body(), "$.id")).isEqualTo("org/miit");
        String graph = fill(docs, "/api/entities/{kind}/{slug}/graph", "kind", "org", "slug", "cas");
        assertThat((String) JsonPath.read(ok(graph + "?depth=1").body(), "$.center")).isEqualTo("org/cas");
        String article = fill(docs, "/api/articles/{kind}/{document}/{article}", "kind", "report", "document",
                "test-weekly-2023-06-02", "article", "1-01");
        assertThat((String) JsonPath.read(ok(article).body(), "$.id")).isEqualTo("report/test-weekly-2023-06-02/1-01");
        String report = fill(docs, "/api/reports/{kind}/{slug}", "kind", "report", "slug", "test-weekly-2023-06-02");
        assertThat((Integer) JsonPath.read(ok(report).body(), "$.articles.length()")).isEqualTo(2);
        problem(fill(docs, "/api/entities/{kind}/{slug}", "kind", "org", "slug", "<x>"), 400, "not a resource id");
    }

    /** The documented template (which must exist, with exactly these path parameters) filled in. */
    static String fill(String docs, String template, String... params) {
        java.util.List<String> declared = JsonPath.read(docs,
                "$.paths['" + template + "'].get.parameters[?(@.in == 'path')].name");
        String path = template;
        java.util.List<String> given = new java.util.ArrayList<>();
        for (int i = 0; i < params.length; i += 2) {
            path = path.replace("{" + params[i] + "}", enc(params[i + 1]));
            given.add(params[i]);
        }
        assertThat(declared).as(template).containsExactlyInAnyOrderElementsOf(given);
        return path;
    }

    @Test
    void entitiesWithoutQAreListedByTypeWithPaging() {
        String policies = ok("/api/entities?type=Policy").body();
        assertThat((Integer) JsonPath.read(policies, "$.total")).isEqualTo(1);
        assertThat(JsonPath.<java.util.List<String>>read(policies, "$.items[*].id"))
                .containsExactly("policy/sme-sci-tech-special-action-2023");
        assertThat((String) JsonPath.read(policies, "$.type")).isEqualTo("cst:Policy");

        String bodies = ok("/api/entities?type=GovernmentBody&limit=2").body();
        assertThat((Integer) JsonPath.read(bodies, "$.total")).isEqualTo(4);
        java.util.List<String> first = JsonPath.read(bodies, "$.items[*].id");
        java.util.List<String> second = JsonPath.read(ok("/api/entities?type=GovernmentBody&limit=2&offset=2").body(),
                "$.items[*].id");
        assertThat(first).hasSize(2).isSorted();
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(first.get(1)).isLessThan(second.get(0));

        String all = ok("/api/entities?limit=200").body();
        java.util.List<String> everything = JsonPath.read(all, "$.items[*].id");
        assertThat(everything).contains("org/cas", "org/miit", "program/shenzhou-16", "person/jing-haipeng")
                .noneMatch(id -> id.startsWith("report/") || id.startsWith("statement/"));
        assertThat(((Number) JsonPath.read(all, "$.total")).intValue()).isEqualTo(everything.size());
        assertThat((Object) JsonPath.read(ok("/api/entities?q=" + enc("과학원")).body(), "$.total")).isNull();
    }

    @Test
    void health() {
        String body = ok("/api/health").body();
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("ok");
        assertThat((Boolean) JsonPath.read(body, "$.sparql")).isTrue();
        assertThat((String) JsonPath.read(body, "$.version")).isEqualTo(pomVersion());
        assertThat(((Number) JsonPath.read(body, "$.store.quads")).longValue()).isGreaterThan(500);
        assertThat((Integer) JsonPath.read(body, "$.store.graphs")).isEqualTo(5);
        assertThat((Boolean) JsonPath.read(body, "$.store.inMemory")).isTrue();
        java.time.Instant updated = java.time.Instant.parse(JsonPath.read(body, "$.store.lastUpdate"));
        assertThat(updated).isBefore(java.time.Instant.now()).isAfter(java.time.Instant.now().minusSeconds(3600));
    }

    /** The version in pom.xml, which the build writes into build-info.properties. */
    static String pomVersion() {
        try {
            String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
            var m = java.util.regex.Pattern.compile("<artifactId>cstkg</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            assertThat(m.find()).as("project version in pom.xml").isTrue();
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void longListsOfAnEntityPageThroughTheirOwnRoutes() {
        String view = ok("/api/entities/org/cas?view=full").body();
        int articles = JsonPath.read(view, "$.totals.mentionedIn");
        int statements = JsonPath.read(view, "$.totals.evidence");
        String compact = ok("/api/entities/org/cas").body();
        assertThat((Integer) JsonPath.read(compact, "$.totals.mentionedIn")).isEqualTo(articles);
        assertThat((Integer) JsonPath.read(compact, "$.totals.evidence")).isEqualTo(statements);
        assertThat((Integer) JsonPath.read(compact, "$.totals.incoming"))
                .isEqualTo(JsonPath.<Integer>read(view, "$.totals.incoming"));
        assertThat(articles).isPositive();
        assertThat((Integer) JsonPath.read(view, "$.mentionedIn.length()")).isEqualTo(Math.min(articles, 50));
        String first = ok("/api/entities/org/cas/articles?limit=1").body();
        assertThat((Integer) JsonPath.read(first, "$.total")).isEqualTo(articles);
        assertThat((Integer) JsonPath.read(first, "$.items.length()")).isEqualTo(1);
        assertThat((String) JsonPath.read(first, "$.items[0].iri"))
                .isEqualTo((String) JsonPath.read(view, "$.mentionedIn[0].iri"));
        if (articles > 1) {
            String second = ok("/api/entities/org/cas/articles?limit=1&offset=1").body();
            assertThat((String) JsonPath.read(second, "$.items[0].iri"))
                    .isEqualTo((String) JsonPath.read(view, "$.mentionedIn[1].iri"));
        }
        String evidence = ok("/api/entities/org/cas/evidence?limit=500").body();
        assertThat((Integer) JsonPath.read(evidence, "$.total")).isEqualTo(statements);
        assertThat((Integer) JsonPath.read(evidence, "$.items.length()")).isEqualTo(statements);
        problem("/api/entities/org/cas/articles?limit=0", 400, "limit");
        problem("/api/entities/org/cas/evidence?offset=-1", 400, "offset");
        problem("/api/entities/org/no-such-thing/articles", 404, "no resource");
        problem("/api/entities/org/no-such-thing/incoming", 404, "no resource");
        problem("/api/entities/org/cas/incoming?limit=501", 400, "limit");
    }
}
