package org.cstkg.serve.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.cstkg.explore.HeadlessChromium;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The query editor in Debian's headless Chromium: {@code /sparql} shows YASGUI, an example opened and run from the
 * URL's fragment is sent to {@code /sparql} and its rows are drawn as a table, and the browser logs no console
 * message (no script error, no Content-Security-Policy violation). Skipped without Chromium.
 */
@ServedFixture
class QueryEditorBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path work;

    @Test
    void runsAPreloadedExampleAndShowsItsRows() throws Exception {
        assumeTrue(HeadlessChromium.available(), "no Chromium at " + HeadlessChromium.BINARY);
        HeadlessChromium chromium = new HeadlessChromium(work);
        String dom = chromium.dumpDom("http://127.0.0.1:" + port + "/sparql#example=01-ministry-policies&run");

        // YASGUI's editor holds the example, with the picker listing every example
        assertThat(dom).contains("class=\"yasgui", "CodeMirror", "01-ministry-policies: Which policies did",
                "13-articles-per-report");
        // the result table YASR drew from the answer: the one policy MIIT issued in the fixture, with its year
        String table = dom.substring(dom.indexOf("<table id=\"DataTables_Table_0\""));
        assertThat(table).contains("科技成果赋智中小企业专项行动（2023—2025年）", "2023",
                "https://w3id.org/cstkg/id/policy/sme-sci-tech-special-action-2023");
        assertThat(chromium.log()).as("the browser's console").doesNotContain(":CONSOLE");
    }
}
