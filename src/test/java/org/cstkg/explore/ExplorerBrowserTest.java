package org.cstkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The explorer in a real browser: headless Chromium loads a link from the running server, and the DOM after the scripts
 * ran must hold what a reader would see. The page keeps its whole state in the fragment (entity, depth, language,
 * filters, expansions, view, the fact whose evidence is open), so each test is one link. Skipped when Chromium is not
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
    void searchingInTraditionalChineseFindsTheAcademyAndOpensIt() throws Exception {
        String dom = chromium.dumpDom(url("org/cas?q=" + Http.enc("中國科學院")));
        assertThat(between(dom, "<ol id=\"result-list\"", "</ol>")).contains("중국과학원", "href=\"#org/cas?q=");
        String entity = between(dom, "<article id=\"entity\"", "</article>");
        assertThat(entity).contains("<h2 lang=\"ko\">중국과학원</h2>", "Chinese Academy of Sciences", "中国科学院",
                "中科院");
        assertNoConsoleErrors();
    }

    @Test
    void theInterfaceSpeaksEnglishWhenAskedAndNamesFollow() throws Exception {
        String dom = chromium.dumpDom(url("org/cas?lang=en"));
        assertThat(dom).contains("<html lang=\"en\"");
        String entity = between(dom, "<article id=\"entity\"", "</article>");
        assertThat(entity).contains("<h2 lang=\"en\">Chinese Academy of Sciences</h2>", "Names", "Relations",
                "research institute");
        // neighbours by their English names, on the panel and in the diagram's list of nodes
        assertThat(entity).containsPattern(">Institute of Semiconductors[^<]*</a>");
        assertThat(between(dom, "<ul id=\"graph-list\"", "</ul>")).contains("Chinese Academy of Sciences");
        assertThat(dom).contains("data-lang=\"en\" lang=\"en\" hreflang=\"en\" class=\"on\"");
        assertNoConsoleErrors();
    }

    @Test
    void acceptLanguageChoosesTheFirstLanguage() throws Exception {
        String dom = chromium.dumpDom(url("org/miit"), List.of("--accept-lang=zh-CN,zh,en"));
        assertThat(dom).contains("<html lang=\"zh-Hans\"");
        assertThat(between(dom, "<article id=\"entity\"", "</article>")).contains("<h2 lang=\"zh-Hans\">工业和信息化部</h2>",
                "名称", "关系");
        assertNoConsoleErrors();
    }

    @Test
    void depthTwoAndADoubleClickExpansionGrowTheDiagram() throws Exception {
        String one = graph(chromium.dumpDom(url("org/miit")));
        String two = graph(chromium.dumpDom(url("org/miit?depth=2")));
        assertThat(nodes(two)).as("depth 2 reaches further than depth 1").isGreaterThan(nodes(one));
        assertThat(two).contains("data-ready=\"yes\"");
        String list = between(chromium.dumpDom(url("org/miit?depth=2")), "<ul id=\"graph-list\"", "</ul>");
        assertThat(list).as("a neighbour at depth 1 and one at depth 2").contains("중소기업 과학기술 성과 이전을 위한 특별행동",
                "국가발전개혁위원회");
        // what a double-click on a node does: the fragment names it under expand=, and its neighbours join the diagram
        String expanded = chromium.dumpDom(url("org/cas?expand=region/beijing"));
        assertThat(nodes(graph(expanded))).isGreaterThan(nodes(graph(chromium.dumpDom(url("org/cas")))));
        assertThat(between(expanded, "<ul id=\"graph-list\"", "</ul>")).contains("베이징항공항천대학");
        assertNoConsoleErrors();
    }

    @Test
    void filteringToPolicyLeavesPoliciesAndTheCentre() throws Exception {
        String dom = chromium.dumpDom(url("org/miit?depth=2&only=cst:Policy"));
        String list = between(dom, "<ul id=\"graph-list\"", "</ul>");
        assertThat(count(list, "<li>")).isEqualTo(2);
        assertThat(list).contains("공업정보화부", "중소기업 과학기술 성과 이전을 위한 특별행동").doesNotContain("국가발전개혁위원회");
        assertThat(graph(dom)).contains("data-visible=\"2\"");
        assertThat(dom).containsPattern("class=\"toggle on\" aria-pressed=\"true\" data-filter=\"cst:Policy\"");
        // and by relation: only issuedBy edges, leaves hidden
        String relation = chromium.dumpDom(url("org/cas?rel=cst:partOf&leaves=hide"));
        assertThat(between(relation, "<ul id=\"graph-list\"", "</ul>")).contains("중국과학원").doesNotContain("베이징");
        assertNoConsoleErrors();
    }

    @Test
    void timelineListsDatedThingsByYearWithItsStateInTheLink() throws Exception {
        String dom = chromium.dumpDom(url("?view=timeline&lang=en"));
        String timeline = between(dom, "<section id=\"timeline\"", "</section>");
        assertThat(timeline).contains("Timeline", "2023-05-30", "article", "event", "policy",
                "Special Action for S&amp;T Achievements Empowering SMEs", "Shenzhou-16");
        String policies = between(chromium.dumpDom(url("?view=timeline&kinds=policy&lang=en")), "<section id=\"timeline\"",
                "</section>");
        assertThat(policies).contains("Special Action for S&amp;T").doesNotContain("Shenzhou-16");
        String about = between(chromium.dumpDom(url("program/shenzhou-16?view=timeline&lang=en")),
                "<section id=\"timeline\"", "</section>");
        assertThat(about).contains("Shenzhou-16").doesNotContain("Special Action");
        assertThat(timeline).containsPattern("class=\"sparql-link\"[^>]*href=\"sparql#query=");
        assertNoConsoleErrors();
    }

    @Test
    void policyNetworkLinksBodiesThatIssuedTogether() throws Exception {
        String dom = chromium.dumpDom(url("org/miit?view=network&lang=en"));
        String network = between(dom, "<section id=\"network\"", "</main>");
        assertThat(network).contains("data-ready=\"yes\"", "4 bodies · 6 links · 1 policies",
                "Centred on: ", "Ministry of Industry and Information Technology and ", " issued 1 together",
                "Special Action for S&amp;T Achievements Empowering SMEs", "class=\"sparql-link\"");
        assertNoConsoleErrors();
        // a year range without co-issued policies leaves nothing
        String later = between(chromium.dumpDom(url("org/miit?view=network&lang=en&from=2024&to=2025")),
                "<section id=\"network\"", "</main>");
        assertThat(later).contains("0 bodies · 0 links · 0 policies", "value=\"2024\"");
    }

    @Test
    void openingAFactShowsItsSentenceWithBothNamesMarked() throws Exception {
        String dom = chromium.dumpDom(url("org/miit?fact=statement/a1"));
        String dialog = between(dom, "<dialog id=\"fact\"", "</dialog>");
        assertThat(dialog).contains(" open=\"\"", "기사 문장", "<mark>공업정보화부</mark>",
                "교육부, 과학기술부 등과 함께 중소기업의 기술 혁신을 돕는 3년 계획을 내놓았다.", "2023-05-30",
                "https://example.org/policy-notice", "sparql#query=");
        assertNoConsoleErrors();
    }

    /** A fact stated in an article and a background fact of reference data are told apart on the page. */
    @Test
    void statedFactsAndReferenceDataAreToldApart() throws Exception {
        String entity = between(chromium.dumpDom(url("org/cas")), "<article id=\"entity\"", "</article>");
        assertThat(entity).contains("class=\"basis-reference-data\"", "참조 데이터 (기사에 없는 배경 사실)",
                "cstkg reference data: data/gazetteer/research.tsv");
        String miit = between(chromium.dumpDom(url("org/miit")), "<article id=\"entity\"", "</article>");
        assertThat(miit).contains("class=\"basis-sentence\"", "기사 문장", "href=\"#org/miit?fact=statement/a1\"")
                .doesNotContain("참조 데이터");
        assertNoConsoleErrors();
    }

    @Test
    void peoplesPostsShowRoleBodyAndStatus() throws Exception {
        String entity = between(chromium.dumpDom(url("person/gui-haichao")), "<article id=\"entity\"", "</article>");
        assertThat(entity).contains("직위", "<td lang=\"ko\" class=\"role\">교수</td>", "베이징항공항천대학", "현직")
                .doesNotContain(">position/p2<");
        String mission = between(chromium.dumpDom(url("program/shenzhou-16?lang=en")), "<article id=\"entity\"",
                "</article>");
        assertThat(mission).contains("Mission", "Jiuquan Satellite Launch Center", "Long March 2F", "Jing Haipeng",
                "commander");
        assertNoConsoleErrors();
    }

    @Test
    void panelsByTypeForAPolicyABodyAndARegion() throws Exception {
        String policy = between(chromium.dumpDom(url("policy/sme-sci-tech-special-action-2023?lang=en")),
                "<article id=\"entity\"", "</article>");
        assertThat(policy).contains("<h3>Policy</h3>", "Issuers", "Ministry of Industry and Information Technology",
                "Ministry of Education", "2023–2025", "sparql#query=");
        String body = between(chromium.dumpDom(url("org/miit?lang=en")), "<article id=\"entity\"", "</article>");
        assertThat(body).contains("Body profile", "Policies issued", "<dt>2023</dt>",
                "Special Action for S&amp;T Achievements Empowering SMEs", "(co-issuer)");
        String region = between(chromium.dumpDom(url("region/beijing?lang=en")), "<article id=\"entity\"", "</article>");
        assertThat(region).contains("Located here", "Chinese Academy of Sciences", "Beihang University");
        assertNoConsoleErrors();
    }

    /**
     * 200 nodes drawn by the explorer's graph view (a synthetic fixture page, {@code static/explore-test/} among the
     * test resources): no two labels shown overlap, by the bounding boxes Cytoscape reports.
     */
    @Test
    void twoHundredNodesWithLabelsThatDoNotOverlap() throws Exception {
        String page = "http://127.0.0.1:" + port + "/explore-test/dense.html";
        String dom = chromium.dumpDom(page);
        String result = org.jsoup.parser.Parser.unescapeEntities(
                between(dom, "<pre id=\"result\">", "</pre>").substring("<pre id=\"result\">".length()), false);
        assertThat((Integer) JsonPath.read(result, "$.nodes")).isEqualTo(200);
        List<Map<String, Object>> boxes = JsonPath.read(result, "$.boxes");
        assertThat(boxes).as("labels shown").hasSizeGreaterThanOrEqualTo(15)
                .hasSize((Integer) JsonPath.read(result, "$.labelled"));
        for (int i = 0; i < boxes.size(); i++)
            for (int j = i + 1; j < boxes.size(); j++)
                assertThat(overlap(boxes.get(i), boxes.get(j)))
                        .as(boxes.get(i).get("id") + " and " + boxes.get(j).get("id")).isFalse();
        // double-click and keyboard, as Cytoscape.js delivers them to the view
        assertThat(JsonPath.<List<String>>read(result, "$.expanded")).containsExactly("fixture/n3");
        assertThat(JsonPath.<List<String>>read(result, "$.selected")).hasSize(1).doesNotContain("fixture/centre");
        assertThat(JsonPath.<List<String>>read(result, "$.opened"))
                .isEqualTo(JsonPath.<List<String>>read(result, "$.selected"));
        // the exports: a PNG data URL, and Turtle that a real parser reads back to the edges and nodes shown
        assertThat((String) JsonPath.read(result, "$.png")).isEqualTo("data:image/png;base64,");
        Model model = Rio.parse(new StringReader(JsonPath.read(result, "$.turtle")), "", RDFFormat.TURTLE);
        assertThat(model.filter(null, RDF.TYPE, null)).hasSize(200);
        assertThat(model.stream().filter(st -> st.getPredicate().getNamespace().equals("https://w3id.org/cstkg/ontology#")))
                .hasSize(225);
        assertThat(model.filter(null, RDFS.LABEL, null)).hasSize(201);
        assertNoConsoleErrors();
        Path png = chromium.screenshot(page, screenshots().resolve("explorer-200-nodes.png"), 1200, 900);
        assertThat(Files.size(png)).isGreaterThan(30_000);
    }

    static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return d(a, "x1") < d(b, "x2") && d(b, "x1") < d(a, "x2") && d(a, "y1") < d(b, "y2") && d(b, "y1") < d(a, "y2");
    }

    static double d(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    /** Nothing the page does is blocked by the server's Content-Security-Policy, and no script fails. */
    void assertNoConsoleErrors() throws IOException {
        assertThat(chromium.log()).as("the browser's console")
                .doesNotContain("Content Security Policy", "Uncaught", "Refused to")
                .doesNotContainPattern("CONSOLE[^\\n]*(Error|error|Failed)");
    }

    @Test
    void linkedDataPageFitsThePolicy() throws Exception {
        String dom = chromium.dumpDom("http://127.0.0.1:" + port + "/id/org/cas");
        assertThat(dom).contains("중국과학원", "/linkeddata/page.css");
        assertThat(chromium.log()).doesNotContain("Content Security Policy");
    }

    @Test
    void swaggerUiRunsUnderThePolicy() throws Exception {
        String dom = chromium.dumpDom("http://127.0.0.1:" + port + "/api/ui");
        // rendered by Swagger UI's scripts from the OpenAPI description
        assertThat(dom).contains("cstkg: knowledge graph of Chinese science and technology",
                "data-path=\"/api/entities/{kind}/{slug}\"");
        assertThat(chromium.log()).as("the browser's console").doesNotContainPattern("script-src|Refused to (load|execute)");
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

    static String graph(String dom) {
        return between(dom, "<div id=\"graph\"", ">");
    }

    static int nodes(String graphTag) {
        Matcher m = Pattern.compile("data-nodes=\"(\\d+)\"").matcher(graphTag);
        assertThat(m.find()).as("the diagram says how many nodes it has: " + graphTag).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("DOM has " + start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
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
