package org.cstkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cstkg.serve.CstkgWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /api/policies} as a spreadsheet, read back with a strict RFC 4180 parser (Apache Commons CSV): the byte-order
 * mark, the header, one row per policy, and cells with Korean and Chinese text, commas, quotes and a line break.
 */
@WebMvcTest({ PolicyController.class, EntityController.class })
@Import(PolicySlice.class)
@ContextConfiguration(classes = CstkgWebApplication.class)
class PolicyCsvExportTest {

    static final CSVFormat STRICT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(false).setIgnoreEmptyLines(false).get();

    @Autowired
    MockMvc mvc;

    byte[] fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8;header=present"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"cstkg-policies.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    static List<CSVRecord> read(byte[] bytes, List<String> header) throws Exception {
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).as("records end with CRLF").endsWith("\r\n");
        try (CSVParser parser = STRICT.parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).isEqualTo(header);
            return parser.getRecords();
        }
    }

    @Test
    void oneRowPerPolicyWithEveryField() throws Exception {
        List<CSVRecord> rows = read(fetch(get("/api/policies").param("format", "csv")), PolicyCsv.header());
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("policy/ai-industry-three-year-action-plan-2018",
                "policy/ngaidp", "policy/test-fictional-measures-2020", "policy/beijing-agi-measures-2023",
                "policy/energy-electronics-guiding-opinions", "policy/shenzhen-ai-action-programme-2023",
                "policy/sme-sci-tech-special-action-2023", "policy/test-fictional-measures-2024");
        assertThat(PolicyCsv.header()).contains("id", "title_ko", "official_title", "official_url", "document_number",
                "issue_date", "effective_date", "type", "level", "lead_issuer", "issuers", "stated_issuers",
                "issuers_complete", "period_start", "period_end", "year");
        Map<String, String> sme = rows.get(6).toMap();
        assertThat(sme).containsEntry("title_ko", "중소기업 과학기술 성과 이전을 위한 특별행동")
                .containsEntry("official_title", "科技成果赋智中小企业专项行动（2023—2025年）")
                .containsEntry("issue_date", "2023-05").containsEntry("issue_date_precision", "month")
                .containsEntry("type", "专项行动").containsEntry("type_ko", "특별행동").containsEntry("level", "central")
                .containsEntry("lead_issuer", "공업정보화부 (org/miit)")
                .containsEntry("issuers", "공업정보화부 (org/miit); 교육부 (org/moe); 과학기술부 (org/most); "
                        + "국가발전개혁위원회 (org/ndrc)")
                .containsEntry("named_issuers", "4").containsEntry("stated_issuers", "10")
                .containsEntry("issuers_complete", "false").containsEntry("period_start", "2023")
                .containsEntry("period_end", "2025").containsEntry("year", "2023").containsEntry("document_number", "");
        Map<String, String> ngaidp = rows.get(1).toMap();
        assertThat(ngaidp).containsEntry("document_number", "国发〔2017〕35号")
                .containsEntry("document_number_code", "国发").containsEntry("document_number_serial", "35")
                .containsEntry("official_url", "https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm");
        assertThat(rows.get(0).get("implements")).isEqualTo("policy/ngaidp");
    }

    @Test
    void commasQuotesAndLineBreaksSurviveTheRoundTrip() throws Exception {
        byte[] bytes = fetch(get("/api/policies").param("type", "办法").param("year", "2024").accept("text/csv"));
        List<CSVRecord> rows = read(bytes, PolicyCsv.header());
        assertThat(rows).hasSize(1);
        Map<String, String> f = rows.get(0).toMap();
        assertThat(f).containsEntry("title_ko", "가상 시험용 관리판법, \"시험\" 개정판\n(둘째 줄)")
                .containsEntry("official_title", "虚构测试管理办法, \"修订\"\n（第二行）")
                .containsEntry("document_number", "虚试联〔2024〕7号")
                .containsEntry("issue_date", "2024-03-15").containsEntry("issue_date_precision", "day")
                .containsEntry("effective_date", "2024-04-01")
                .containsEntry("lead_issuer", "가상 시험부 (org/test-fictional-ministry)")
                .containsEntry("issuers",
                        "가상 시험부 (org/test-fictional-ministry); 공업정보화부 (org/miit); 과학기술부 (org/most)")
                .containsEntry("issuers_complete", "true").containsEntry("revises", "policy/test-fictional-measures-2020");
        // RFC 4180 on the wire: the cell quoted, its quotes doubled, its line break kept inside the quotes
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains(",\"가상 시험용 관리판법, \"\"시험\"\" 개정판\n(둘째 줄)\",");
    }

    @Test
    void limitAndOffsetPageTheSpreadsheetToo() throws Exception {
        List<CSVRecord> rows = read(fetch(get("/api/policies").param("format", "csv").param("limit", "2")
                .param("offset", "1")), PolicyCsv.header());
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("policy/ngaidp",
                "policy/test-fictional-measures-2020");
        // no policy: the header alone
        assertThat(read(fetch(get("/api/policies").param("format", "csv").param("issuer", "org/nobody")),
                PolicyCsv.header())).isEmpty();
    }
}
