package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.enc;

import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.cstkg.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server over the real sample report, ingested through the pipeline on first start: the question
 * "which bodies issued the special action for S&T achievements empowering SMEs" answered by SPARQL and by REST.
 */
@EnabledIf("sampleAvailable")
@SpringBootTest(classes = CstkgWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleReportServedTest {

    static boolean sampleAvailable() {
        return Files.isRegularFile(SharedData.shared().resolve("corpus/kostec-weekly-2023-06-02.txt"));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("cstkg.db", () -> "mem:");
        r.add("cstkg.initial-load", () -> SharedData.shared().resolve("corpus").toString());
    }

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void sparqlNamesTheFourMinistries() {
        String q = """
                PREFIX cst: <https://w3id.org/cstkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?name ?count WHERE {
                  ?p a cst:Policy ; rdfs:label "科技成果赋智中小企业专项行动（2023—2025年）"@zh-Hans ; cst:issuedBy ?o .
                  OPTIONAL { ?p cst:coIssuerCount ?count }
                  ?o rdfs:label ?name FILTER(LANG(?name) = "en")
                } ORDER BY ?name
                """;
        HttpResponse<String> r = http.get("/sparql?query=" + enc(q), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(ServerTest.MINISTRIES); // the fixture and the real report agree
        assertThat(r.body().lines().skip(1).count()).isEqualTo(4);
        assertThat(r.body()).contains(",10");
    }

    @Test
    void restPoliciesRouteAgrees() {
        HttpResponse<String> r = http.get("/api/policies?issuer=" + enc("org/moe") + "&year=2023", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("科技成果赋智中小企业专项行动");
        HttpResponse<String> k = http.get("/api/policies?issuer=" + enc("과기부"), "application/json");
        assertThat(k.statusCode()).isEqualTo(200);
        assertThat(k.body()).contains("科技成果赋智中小企业专项行动", "org/miit", "org/ndrc", "org/moe");
    }

    /** The "done when" for the SME special action, read back from the CSV export of the real report. */
    @Test
    void theSpecialActionAsASpreadsheetRow() throws java.io.IOException {
        HttpResponse<String> r = http.get("/api/policies?format=csv&type=" + enc("专项行动"), "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("\uFEFF");
        java.util.List<org.apache.commons.csv.CSVRecord> rows;
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new java.io.StringReader(r.body().substring(1)))) {
            rows = parser.getRecords();
        }
        var row = rows.stream().filter(x -> x.get("official_title").equals("科技成果赋智中小企业专项行动（2023—2025年）"))
                .findFirst().orElseThrow().toMap();
        assertThat(row.get("official_url")).startsWith("https://www.miit.gov.cn/");
        assertThat(row.get("issue_date")).startsWith("2023-05");
        assertThat(row).containsEntry("type", "专项行动").containsEntry("level", "central")
                .containsEntry("period_start", "2023").containsEntry("period_end", "2025")
                .containsEntry("lead_issuer", "공업정보화부 (org/miit)").containsEntry("named_issuers", "4")
                .containsEntry("stated_issuers", "10").containsEntry("issuers_complete", "false");
    }

    @Test
    void theChineseShortFormsOfBodiesFindThem() {
        HttpResponse<String> r = http.get("/api/entities?q=" + enc("工信部"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("org/miit");
        HttpResponse<String> p = http.get("/api/policies?issuer=" + enc("科技部"), "application/json");
        assertThat(p.statusCode()).isEqualTo(200);
        assertThat(p.body()).contains("科技成果赋智中小企业专项行动");
    }
}
