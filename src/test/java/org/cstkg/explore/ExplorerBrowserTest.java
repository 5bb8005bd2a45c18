package org.cstkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The explorer in a real browser: headless Chromium loads a deep link from the running server, and the DOM after the
 * scripts ran must hold the entity, its search results, sources and the SVG diagram. Skipped when Chromium is not
 * installed ({@code .ci/run} installs it).
 */
@ServedFixture
class ExplorerBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path work;
    HeadlessChromium chromium;

    @BeforeEach
    void browser() {
        // per test rather than per class, so that the report counts the skipped tests
        assumeTrue(HeadlessChromium.available(), "no Chromium at " + HeadlessChromium.BINARY);
        chromium = new HeadlessChromium(work);
    }

    String url(String fragment) {
        return "http://127.0.0.1:" + port + "/explore#" + fragment;
    }

    @Test
    void deepLinkRendersTheEntityItsSearchAndItsNeighbourhood() throws Exception {
        String dom = chromium.dumpDom(url("org/miit?depth=2&q=" + Http.enc("과학원")));

        String entity = between(dom, "<article id=\"entity\"", "</article>");
        assertThat(entity).contains("공업정보화부", "Ministry of Industry and Information Technology", "工业和信息化部",
                "정부기관 (government body)", "MIIT");
        // a neighbour as a link to explore it, with the relation named from the ontology
        assertThat(entity).containsPattern("<a [^>]*href=\"#policy/sme-sci-tech-special-action-2023[^\"]*\"[^>]*>"
                + "중소기업 과학기술 성과 이전을 위한 특별행동</a>");
        assertThat(entity).contains("발표 기관 (issued by)");
        // the article with its date, and the sentence behind the fact
        assertThat(entity).contains("2023-05-30", "중소기업 지원 특별행동 발표",
                "공업정보화부는 교육부, 과학기술부 등과 함께 중소기업의 기술 혁신을 돕는 3년 계획을 내놓았다.");

        String results = between(dom, "<ol id=\"result-list\"", "</ol>");
        assertThat(results).contains("중국과학원", "Chinese Academy of Sciences", "중국과학원 반도체연구소");

        String svg = between(dom, "<svg id=\"graph\"", "</svg>");
        assertThat(count(svg, "<g class=\"node depth-")).as("nodes in the diagram").isGreaterThanOrEqualTo(5);
        assertThat(svg).contains("data-id=\"org/miit\"", "<circle", "<line", "viewBox=");
        assertThat(svg).as("a neighbour at depth 1 and one at depth 2")
                .contains("중소기업 과학기술 성과 이전을 위한 특별행동", "국가발전개혁위원회");
        assertThat(dom).contains("class=\"toggle on\" href=\"#org/miit?depth=2");
        assertNoPolicyViolation();
    }

    /** The server's Content-Security-Policy holds in a browser: nothing the pages do is blocked. */
    void assertNoPolicyViolation() throws IOException {
        assertThat(chromium.log()).as("the browser's console").doesNotContain("Content Security Policy");
    }

    @Test
    void linkedDataPageFitsThePolicy() throws Exception {
        String dom = chromium.dumpDom("http://127.0.0.1:" + port + "/id/org/cas");
        assertThat(dom).contains("중국과학원", "/linkeddata/page.css");
        assertNoPolicyViolation();
    }

    @Test
    void swaggerUiRunsUnderThePolicy() throws Exception {
        String dom = chromium.dumpDom("http://127.0.0.1:" + port + "/api/ui");
        // rendered by Swagger UI's scripts from the OpenAPI description
        assertThat(dom).contains("cstkg: knowledge graph of Chinese science and technology",
                "data-path=\"/api/entities/{kind}/{slug}\"");
        assertThat(chromium.log()).as("the browser's console").doesNotContainPattern("script-src|Refused to (load|execute)");
    }

    /** A fact stated in an article and a background fact of reference data are told apart on the page. */
    @Test
    void statedFactsAndReferenceDataAreToldApart() throws Exception {
        String entity = between(chromium.dumpDom(url("org/cas")), "<article id=\"entity\"", "</article>");
        assertThat(entity).contains("참조 데이터 (reference data, not stated in an article)",
                "cstkg reference data: data/gazetteer/research.tsv");
        String miit = between(chromium.dumpDom(url("org/miit")), "<article id=\"entity\"", "</article>");
        assertThat(miit).contains("기사 문장 (stated in the article)").doesNotContain("참조 데이터");
    }

    @Test
    void screenshotShowsThePage() throws Exception {
        Path png = chromium.screenshot(url("org/cas"), screenshots().resolve("explorer-org-cas.png"), 1280, 900);
        assertThat(png).exists();
        assertThat(Files.size(png)).as("a page with text and a diagram, not a blank").isGreaterThan(30_000);
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(16);
            assertThat(new String(signature, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
            assertThat(new String(signature, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            assertThat(data.readInt()).as("width").isEqualTo(1280);
            assertThat(data.readInt()).as("height").isEqualTo(900);
        }
    }

    /** Screenshots go beside the test classes ({@code target/explorer/}), where a reviewer or CI can pick them up. */
    static Path screenshots() throws URISyntaxException, IOException {
        Path classes = Path.of(ExplorerBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.createDirectories(classes.getParent().resolve("explorer"));
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("DOM has " + start).isNotNegative();
        int to = text.indexOf(end, from);
        assertThat(to).as("DOM closes " + start).isPositive();
        return text.substring(from, to);
    }

    static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }
}
