package org.cstkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    static final List<String> SCRIPTS = List.of("/explore/explore.js", "/explore/graph.js");

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
        assertThat(r.body()).contains("<html lang=\"ko\">", "cstkg 탐색기", "id=\"graph\"", "id=\"search\"");
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
        Matcher m = Pattern.compile("(?:src|href)=\"(explore/[^\"#?]+)\"").matcher(page);
        while (m.find())
            assets.add("/" + m.group(1));
        assertThat(assets).contains("/explore/explore.js", "/explore/explore.css");
        for (String asset : assets) {
            HttpResponse<String> r = ok(asset);
            assertThat(contentType(r)).as(asset).startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
            assertThat(r.body()).as(asset).isNotBlank();
        }
        // the module the entry script imports
        assertThat(ok("/explore/explore.js").body()).contains("from './graph.js'");
        assertThat(contentType(ok("/explore/graph.js"))).startsWith("text/javascript");
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

    @Test
    void scriptsWriteTextNeverMarkup() {
        for (String script : SCRIPTS)
            assertThat(ok(script).body()).as(script)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }
}
