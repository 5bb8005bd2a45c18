package org.cstkg.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;
import static org.cstkg.serve.Http.enc;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cstkg.serve.Http;
import org.cstkg.serve.SampleFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/**
 * {@code /reconcile} over a real server and a real store: the sample digest ingested through the pipeline on first
 * start. Requests are shaped as OpenRefine 3.x sends them: the manifest by GET, batches as a form-encoded
 * {@code queries=} POST, preview in a frame, suggest by {@code prefix}.
 */
@SampleFixture
class ReconcileServiceTest {

    static final String BASE = SampleFixture.PUBLIC_BASE;
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A batch as OpenRefine posts it: {@code queries=} with a JSON object of named queries. */
    HttpResponse<String> post(String queriesJson) {
        return http.send("POST", "/reconcile", FORM, "queries=" + enc(queriesJson), "application/json");
    }

    static String json(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Test
    void manifestIsWhatOpenRefineReads() {
        HttpResponse<String> r = http.get("/reconcile", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("application/json");
        String m = r.body();
        assertThat(JsonPath.<List<String>>read(m, "$.versions")).contains("0.2");
        assertThat((String) JsonPath.read(m, "$.identifierSpace")).isEqualTo("https://w3id.org/cstkg/id/");
        assertThat((String) JsonPath.read(m, "$.schemaSpace")).isEqualTo("https://w3id.org/cstkg/ontology#");
        assertThat(JsonPath.<List<String>>read(m, "$.defaultTypes[*].id")).contains("ResearchInstitute", "Region");
        assertThat((String) JsonPath.read(m, "$.view.url")).isEqualTo(BASE + "/id/{{id}}");
        assertThat((String) JsonPath.read(m, "$.preview.url")).isEqualTo(BASE + "/reconcile/preview?id={{id}}");
        assertThat((String) JsonPath.read(m, "$.suggest.entity.service_url")).isEqualTo(BASE + "/reconcile");
        assertThat((String) JsonPath.read(m, "$.suggest.entity.service_path")).isEqualTo("/suggest/entity");
        assertThat((String) JsonPath.read(m, "$.suggest.type.service_path")).isEqualTo("/suggest/type");
        assertThat((String) JsonPath.read(m, "$.suggest.property.service_path")).isEqualTo("/suggest/property");
    }

    @Test
    void corsLetsOpenRefinePostFromItsOwnOrigin() {
        HttpResponse<String> pre = http.sendWithHeaders("OPTIONS", "/reconcile", Map.of("Origin",
                "http://127.0.0.1:3333", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                "content-type"));
        assertThat(pre.statusCode()).isEqualTo(200);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> get = http.sendWithHeaders("GET", "/reconcile", Map.of("Origin", "http://127.0.0.1:3333"));
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void theAcademyInFourWritingsIsOneEntityAndAMatch() {
        String body = post("""
                {"q0":{"query":"중국과학원"},"q1":{"query":"中国科学院"},"q2":{"query":"中國科學院"},
                 "q3":{"query":"Chinese Academy of Sciences"}}""").body();
        for (String q : List.of("q0", "q1", "q2", "q3")) {
            assertThat((String) JsonPath.read(body, "$." + q + ".result[0].id")).as(q).isEqualTo("org/cas");
            assertThat((Boolean) JsonPath.read(body, "$." + q + ".result[0].match")).as(q).isTrue();
            assertThat((Double) JsonPath.read(body, "$." + q + ".result[0].score")).as(q).isEqualTo(100.0);
        }
        // the explanation says which label matched, and how
        assertThat((String) JsonPath.read(body, "$.q2.result[0].description"))
                .startsWith("matched the Chinese (traditional) label 中國科學院");
        assertThat(JsonPath.<List<String>>read(body, "$.q0.result[0].features[*].id")).contains("name", "match_label");
        assertThat(JsonPath.<List<String>>read(body, "$.q0.result[0].type[*].id")).containsExactly("ResearchInstitute");
    }

    @Test
    void fiftyNamesInEveryScriptFindTheirEntityFirst() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/reconcile/batch-50.tsv"), StandardCharsets.UTF_8))
            if (!line.startsWith("#") && !line.startsWith("query\t") && !line.isBlank())
                rows.add(line.split("\t"));
        assertThat(rows).hasSize(50);
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < rows.size(); i++)
            q.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":").append(json(rows.get(i)[0]))
                    .append(",\"limit\":3}");
        String batch = q.append('}').toString();
        post(batch); // the first request builds the index
        long start = System.nanoTime();
        HttpResponse<String> r = post(batch);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(200);
        int right = 0;
        Map<String, String> wrong = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> ids = JsonPath.read(r.body(), "$.q" + i + ".result[*].id");
            if (!ids.isEmpty() && ids.get(0).equals(rows.get(i)[1]))
                right++;
            else
                wrong.put(rows.get(i)[0] + " (" + rows.get(i)[2] + ")", String.valueOf(ids));
        }
        System.out.printf("reconcile: batch of 50 names, %d right first, %d ms%n", right, millis);
        assertThat(right).as("wrong: " + wrong).isGreaterThanOrEqualTo(48);
    }

    @Test
    void typeAndPropertiesNarrowAndConfirm() {
        String body = post("""
                {"q0":{"query":"위성발사센터","type":"Facility","type_strict":"should","limit":3,
                       "properties":[{"pid":"locatedIn","v":"酒泉市"}]},
                 "q1":{"query":"위성발사센터","type":"Facility","limit":3,
                       "properties":[{"pid":"cst:locatedIn","v":{"id":"region/wenchang","name":"Wenchang"}}]},
                 "q2":{"query":"중국과학원","type":"Person"},
                 "q3":{"query":"National Astronomical Observatories","properties":[{"pid":"partOf","v":"CAS"}]}}""")
                .body();
        assertThat((String) JsonPath.read(body, "$.q0.result[0].id")).isEqualTo("facility/jslc");
        assertThat(JsonPath.<List<String>>read(body, "$.q0.result[0].features[*].id")).contains("property_locatedIn");
        assertThat((String) JsonPath.read(body, "$.q0.result[0].description")).contains("locatedIn agrees");
        assertThat((String) JsonPath.read(body, "$.q1.result[0].id")).isEqualTo("facility/wsls");
        assertThat((Integer) JsonPath.read(body, "$.q2.result.length()")).isZero();
        assertThat((String) JsonPath.read(body, "$.q3.result[0].id")).isEqualTo("org/cas-naoc");
        // a partial name is a candidate, never a match
        assertThat((Boolean) JsonPath.read(body, "$.q0.result[0].match")).isFalse();
    }

    @Test
    void namesWrittenHalfInHangulHalfInHanziAreReadThrough() {
        String body = post("{\"q0\":{\"query\":\"중국科學院\"},\"q1\":{\"query\":\"中国과학원 国家天文台\"}}").body();
        assertThat((String) JsonPath.read(body, "$.q0.result[0].id")).isEqualTo("org/cas");
        assertThat((Boolean) JsonPath.read(body, "$.q0.result[0].match")).isTrue();
        assertThat((String) JsonPath.read(body, "$.q0.result[0].description")).contains("read in Sino-Korean: 중국과학원");
        assertThat((String) JsonPath.read(body, "$.q1.result[0].id")).isEqualTo("org/cas-naoc");
    }

    @Test
    void regionsReconcileByTheirOfficialCode() {
        String body = post("{\"q0\":{\"query\":\"620900\"},\"q1\":{\"query\":\"62 09\",\"type\":\"Region\"}}").body();
        assertThat((String) JsonPath.read(body, "$.q0.result[0].id")).isEqualTo("region/jiuquan");
        assertThat((Boolean) JsonPath.read(body, "$.q0.result[0].match")).isTrue();
        assertThat((String) JsonPath.read(body, "$.q0.result[0].description")).startsWith("matched the GB/T 2260 code 620900");
        assertThat((String) JsonPath.read(body, "$.q1.result[0].id")).isEqualTo("region/jiuquan");
        assertThat((String) JsonPath.read(body, "$.q0.result[0].name")).isEqualTo("주취안시");
        assertThat(http.get("/reconcile/preview?id=" + enc("region/jiuquan"), null).body()).contains("GB/T 2260 code: 620900");
    }

    @Test
    void twoEntitiesSharingANameAreNoMatch() {
        String body = post("{\"q0\":{\"query\":\"위성발사센터\"}}").body();
        assertThat(JsonPath.<List<Boolean>>read(body, "$.q0.result[*].match")).doesNotContain(true);
    }

    @Test
    void singleQueryAndLanguageOfNames() {
        HttpResponse<String> r = http.get("/reconcile?query=" + enc("{\"query\":\"CAS\",\"lang\":\"en\"}"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(r.body(), "$.result[0].name")).isEqualTo("Chinese Academy of Sciences");
        String plain = http.get("/reconcile?query=" + enc("국가항천국"), null).body();
        assertThat((String) JsonPath.read(plain, "$.result[0].id")).isEqualTo("org/cnsa");
        assertThat((String) JsonPath.read(plain, "$.result[0].name")).isEqualTo("국가항천국");
    }

    @Test
    void previewIsAFramablePageOfNames() {
        HttpResponse<String> r = http.get("/reconcile/preview?id=" + enc("org/cas"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("text/html");
        assertThat(r.body()).contains("중국과학원", "中国科学院", "Chinese Academy of Sciences", BASE + "/id/org/cas");
        assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *");
        assertThat(http.get("/api/entities/org/cas", null).headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(http.get("/reconcile/preview?id=org/nothing-here", null).statusCode()).isEqualTo(404);
    }

    @Test
    void suggestEntityTypeAndPropertyAndFlyout() {
        String e = http.get("/reconcile/suggest/entity?prefix=" + enc("중국과학"), null).body();
        assertThat((String) JsonPath.read(e, "$.result[0].id")).isEqualTo("org/cas");
        assertThat((String) JsonPath.read(e, "$.result[0].name")).isEqualTo("중국과학원");
        String t = http.get("/reconcile/suggest/type?prefix=" + enc("univ"), null).body();
        assertThat(JsonPath.<List<String>>read(t, "$.result[*].id")).containsExactly("University");
        String p = http.get("/reconcile/suggest/property?prefix=" + enc("located"), null).body();
        assertThat(JsonPath.<List<String>>read(p, "$.result[*].id")).contains("locatedIn");
        String f = http.get("/reconcile/flyout/entity?id=" + enc("org/cnsa"), null).body();
        assertThat((String) JsonPath.read(f, "$.html")).contains("国家航天局");
    }

    @Test
    void badRequestsAreProblemsNamingTheParameter() {
        for (String bad : List.of("not json", "[1,2]", "{\"q0\":{\"query\":\"\"}}", "{\"q0\":{\"query\":\"x\",\"limit\":0}}",
                "{\"q0\":{\"query\":\"x\",\"type\":\"Spaceship\"}}", "{\"q0\":{\"query\":\"x\",\"properties\":{}}}")) {
            HttpResponse<String> r = post(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(contentType(r)).as(bad).startsWith("application/problem+json");
            assertThat((String) JsonPath.read(r.body(), "$.detail")).as(bad).startsWith("queries: ");
        }
        assertThat(http.get("/reconcile/suggest/entity?prefix=" + enc("***"), null).statusCode()).isEqualTo(400);
        assertThat(http.get("/reconcile/suggest/entity", null).statusCode()).isEqualTo(400);
    }

    /** Data extension as OpenRefine asks for it: properties proposed for a type, then {@code extend=} posted as a form. */
    @Test
    void dataExtensionAddsNamesRelationsAndLinksWithTheirStatus() {
        String m = http.get("/reconcile", null).body();
        assertThat((String) JsonPath.read(m, "$.extend.propose_properties.service_path")).isEqualTo("/propose_properties");

        String proposed = http.get("/reconcile/propose_properties?type=Facility", null).body();
        assertThat((String) JsonPath.read(proposed, "$.type")).isEqualTo("Facility");
        List<String> ids = JsonPath.read(proposed, "$.properties[*].id");
        assertThat(ids).contains("name@en", "name@zh-Hans", "locatedIn", "wikidata", "wikidata.status")
                .doesNotContain("divisionCode");
        assertThat(JsonPath.<List<String>>read(proposed, "$.properties[?(@.id == 'locatedIn')].type.id"))
                .containsExactly("Region");
        assertThat(JsonPath.<List<Object>>read(http.get("/reconcile/propose_properties?type=University&limit=2",
                null).body(), "$.properties")).hasSize(2);

        String extend = "{\"ids\":[\"org/cas\",\"facility/jslc\",\"org/no-such-thing\"],\"properties\":[{\"id\":\"name@en\"},"
                + "{\"id\":\"name@zh-Hant\"},{\"id\":\"locatedIn\"},{\"id\":\"wikidata\"},{\"id\":\"wikidata.status\"}]}";
        HttpResponse<String> r = http.send("POST", "/reconcile", FORM, "extend=" + enc(extend), "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String b = r.body();
        assertThat(JsonPath.<List<String>>read(b, "$.meta[*].id"))
                .containsExactly("name@en", "name@zh-Hant", "locatedIn", "wikidata", "wikidata.status");
        assertThat(JsonPath.<List<String>>read(b, "$.rows['org/cas']['name@en'][*].str"))
                .contains("Chinese Academy of Sciences");
        assertThat(JsonPath.<List<String>>read(b, "$.rows['org/cas']['name@zh-Hant'][*].str")).contains("中國科學院");
        assertThat(JsonPath.<List<String>>read(b, "$.rows['facility/jslc'].locatedIn[*].id")).contains("region/jiuquan");
        assertThat(JsonPath.<List<String>>read(b, "$.rows['facility/jslc'].locatedIn[*].name")).contains("주취안시");
        assertThat(JsonPath.<List<Object>>read(b, "$.rows['org/cas'].locatedIn")).isEmpty();
        assertThat(JsonPath.<List<String>>read(b, "$.rows['org/cas'].wikidata[*].str")).containsExactly("Q530471");
        assertThat(JsonPath.<List<String>>read(b, "$.rows['org/cas']['wikidata.status'][*].str"))
                .containsExactly("unverified");
        assertThat(JsonPath.<List<Object>>read(b, "$.rows['org/no-such-thing'].locatedIn")).isEmpty();

        String en = http.get("/reconcile?lang=en&extend=" + enc("{\"ids\":[\"facility/jslc\"],\"properties\":[{\"id\":"
                + "\"locatedIn\"}]}"), null).body();
        assertThat(JsonPath.<List<String>>read(en, "$.rows['facility/jslc'].locatedIn[*].name")).contains("Jiuquan");

        for (String bad : List.of("nope", "{\"ids\":\"org/cas\",\"properties\":[]}",
                "{\"ids\":[\"org/cas\"],\"properties\":[{\"id\":\"shoeSize\"}]}")) {
            HttpResponse<String> e = http.send("POST", "/reconcile", FORM, "extend=" + enc(bad), "application/json");
            assertThat(e.statusCode()).as(bad).isEqualTo(400);
            assertThat((String) JsonPath.read(e.body(), "$.detail")).as(bad).startsWith("extend: ");
        }
        assertThat(http.get("/reconcile/propose_properties?type=Spaceship", null).statusCode()).isEqualTo(400);
    }
}
