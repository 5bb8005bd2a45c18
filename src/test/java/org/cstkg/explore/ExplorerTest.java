package org.cstkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The explorer page and its assets over the running server: routes, content types, and what the files may contain. */
@ServedFixture
class ExplorerTest {

    static final List<String> SCRIPTS = List.of("/explore/explore.js", "/explore/graph.js", "/explore/i18n.js",
            "/explore/dom.js", "/explore/panels.js", "/explore/names.js", "/explore/sparql.js", "/explore/timeline.js",
            "/explore/network.js");
    static final List<String> QUERIES = List.of("neighbourhood", "posts", "mission", "body", "policy", "region", "fact",
            "timeline", "timeline-about", "policy-network", "labels", "names");

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    HttpResponse<String> ok(String path) {
        HttpResponse<String> r = http.get(path, null);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r;
    }

    @Test
    void pageIsServedAtExplore() {
        HttpResponse<String> r = ok("/explore");
        assertThat(contentType(r)).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(r.body()).contains("<html lang=\"ko\">", "cstkg 탐색기", "id=\"graph\"", "id=\"search\"",
                "data-lang=\"zh\"", "data-view=\"timeline\"", "data-view=\"network\"");
    }

    @ParameterizedTest
    @CsvSource({ "/, /explore", "/explore/, /explore" })
    void rootAndTrailingSlashRedirectToTheExplorer(String path, String target) {
        HttpResponse<String> r = http.get(path, "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith(target);
    }

    @Test
    void everyAssetThePageNamesIsServedWithItsType() {
        String page = ok("/explore").body();
        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"((?:explore|webjars)/[^\"#?]+)\"").matcher(page);
        while (m.find())
            assets.add("/" + m.group(1));
        assertThat(assets).contains("/explore/explore.js", "/explore/explore.css",
                "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/webjars/cytoscape-fcose/2.2.0/cytoscape-fcose.js",
                "/webjars/cose-base/2.2.0/cose-base.js", "/webjars/layout-base/2.0.1/layout-base.js");
        for (String asset : assets) {
            HttpResponse<String> r = ok(asset);
            assertThat(contentType(r)).as(asset).startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
            assertThat(r.body()).as(asset).isNotBlank();
        }
        // the modules the entry script imports, the messages and the query files
        assertThat(ok("/explore/explore.js").body()).contains("from './graph.js'", "from './i18n.js'");
        for (String script : SCRIPTS)
            assertThat(contentType(ok(script))).as(script).startsWith("text/javascript");
        assertThat(contentType(ok("/explore/messages.json"))).startsWith("application/json");
        for (String query : QUERIES)
            assertThat(ok("/explore/queries/" + query + ".rq").body()).as(query).containsPattern("SELECT|CONSTRUCT");
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        String page = ok("/explore").body();
        assertThat(page).doesNotContainPattern("(?:src|href)=\"(?:https?:)?//");
        for (String script : SCRIPTS)
            assertThat(ok(script).body()).as(script)
                    .doesNotContainPattern("import[^;]*['\"](?:https?:)?//")
                    .doesNotContainPattern("fetch\\(\\s*['\"`](?:https?:)?//");
        assertThat(ok("/explore/explore.css").body()).doesNotContain("@import").doesNotContainPattern("url\\(");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "zh-CN,zh;q=0.9,en;q=0.8 | zh", "en-GB,en;q=0.9 | en", "ko-KR | ko",
            "fr-FR,de;q=0.5 | ko", "de;q=0.9,en;q=0.8,zh;q=0.7 | en", "'' | ko", "x;;q=bad | ko" })
    void acceptLanguagePicksTheInterfaceLanguage(String acceptLanguage, String expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/explore/language"));
        if (!acceptLanguage.isEmpty())
            request.header("Accept-Language", acceptLanguage);
        HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"language\":\"" + expected + "\"}");
        assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Language"));
    }

    @Test
    void everyMessageSpeaksAllThreeLanguages() {
        Map<String, Map<String, String>> messages = JsonPath.read(ok("/explore/messages.json").body(), "$");
        assertThat(messages).hasSizeGreaterThan(50);
        messages.forEach((key, texts) -> assertThat(texts).as(key).containsOnlyKeys("ko", "zh", "en")
                .allSatisfy((lang, text) -> assertThat(text).as(key + " " + lang).isNotBlank()));
    }

    @Test
    void scriptsWriteTextNeverMarkup() {
        for (String script : SCRIPTS)
            assertThat(ok(script).body()).as(script)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }
}
