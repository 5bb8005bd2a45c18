package org.cstkg.source.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cstkg.document.Document;
import org.cstkg.document.Segment;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceFormatContract;
import org.cstkg.source.SourceInput;
import org.cstkg.source.SourceReader;
import org.cstkg.source.html.HtmlFormat;
import org.junit.jupiter.api.Test;

/** Chinese official notices in the layouts government sites publish them. */
class NoticeFormatTest extends SourceFormatContract {

    @Override
    protected SourceFormat format() {
        return new NoticeFormat();
    }

    @Override
    protected SourceInput dated() {
        return resource("/golden/notice/state-council-ai-plan.txt");
    }

    @Override
    protected LocalDate statedDate() {
        return LocalDate.of(2017, 7, 20); // 发布日期, not the 成文日期 above it
    }

    @Override
    protected SourceInput undated() {
        return text("undated.txt", """
                工业和信息化部关于印发《工业互联网创新发展行动计划（2021—2023年）》的通知
                工信部信管〔2020〕197号

                各省、自治区、直辖市工业和信息化主管部门：
                　　现将《工业互联网创新发展行动计划（2021—2023年）》印发给你们，请结合实际，认真贯彻落实。
                """);
    }

    @Override
    protected SourceInput foreign() {
        return text("story.txt", "중국과학원은 11일 새 연구소를 세웠다고 밝혔다. 연구소는 베이징에 있다.");
    }

    @Override
    protected SourceInput hollow() {
        return text("fields-only.txt", """
                发文机关：国务院
                发文字号：国发〔2017〕35号
                成文日期：2017年07月08日
                """);
    }

    private static Document read(String name, String text) {
        return SourceReader.create().parse(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Document read(SourceInput in) {
        return SourceReader.create().parse(in.name(), in.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> texts(Document d, Segment.Kind kind) {
        return d.articles().get(0).segments().stream().filter(s -> s.kind() == kind).map(Segment::text).toList();
    }

    @Test
    void theReaderChoosesTheNoticeFormatForANoticeAndNotForAKoreanStory() {
        assertEquals(NoticeFormat.NAME, read(dated()).format());
        assertEquals(NoticeFormat.NAME, read(undated()).format());
        assertEquals("article", read(foreign()).format());
        assertEquals("article", read("ko.txt", """
                과학기술부는 '국무원 관련 통지'를 발표했다. 국발〔2017〕35호에 따라 추진한다.
                """).format());
    }

    @Test
    void headerTitleNumberAddresseesBodyAndSignatureEachHaveTheirSegment() {
        Document d = format().parse(dated(), ReadOptions.NONE);
        assertEquals("国务院关于印发新一代人工智能发展规划的通知", d.title());
        assertEquals("国务院", d.publisher());
        assertEquals(List.of("国务院关于印发新一代人工智能发展规划的通知"), texts(d, Segment.Kind.TITLE));
        List<String> notes = texts(d, Segment.Kind.NOTE);
        assertTrue(notes.contains("发文字号：国发〔2017〕35号"), notes.toString());
        assertTrue(notes.contains("国发〔2017〕35号"), "the number line: " + notes);
        assertTrue(notes.contains("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："), "the addressees: " + notes);
        assertTrue(notes.containsAll(List.of("国务院", "2017年7月8日")), "the signature and its date: " + notes);
        assertEquals(List.of("现将《新一代人工智能发展规划》印发给你们，请认真贯彻执行。"), texts(d, Segment.Kind.SENTENCE));
    }

    @Test
    void aLabelAboveItsValueAsARenderedTableWritesIt() {
        Document d = read("table.txt", """
                发文机关
                科技部
                发文字号
                国科发规〔2022〕199号
                标题
                科技部关于印发《“十四五”国家高新技术产业开发区发展规划》的通知
                发布日期
                2022-11-09

                各省、自治区、直辖市科技厅（委、局）：
                　　现将规划印发给你们，请认真组织实施。
                """);
        assertEquals(LocalDate.of(2022, 11, 9), d.date());
        assertEquals("科技部", d.publisher());
        assertTrue(texts(d, Segment.Kind.NOTE).contains("发文字号：国科发规〔2022〕199号"));
        assertEquals(1, texts(d, Segment.Kind.TITLE).size(), "the 标题 field is the title");
    }

    @Test
    void aSignatureDateInChineseNumeralsDatesTheNotice() {
        Document d = read("numerals.txt", """
                国务院办公厅关于印发科学数据管理办法的通知
                国办发〔2018〕17号

                各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
                　　《科学数据管理办法》已经国务院同意，现印发给你们，请认真贯彻执行。

                国务院办公厅
                二〇一八年三月十七日
                """);
        assertEquals(LocalDate.of(2018, 3, 17), d.date());
        assertEquals(LocalDate.of(2018, 3, 17), NoticeParser.dateOf("二〇一八年三月十七日"));
        assertNull(NoticeParser.dateOf("二〇一八年二月三十日"), "no such day");
    }

    @Test
    void aGovernmentPageOfANoticeIsReadAsANotice() {
        Document d = new HtmlFormat().parse(text("gov.html", """
                <html><head><title>国务院关于印发新一代人工智能发展规划的通知</title>
                <link rel="canonical" href="https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm"></head>
                <body><nav>首页 政策</nav><div class="content">
                <table><tr><td>发文机关：</td><td>国务院</td></tr><tr><td>发文字号：</td><td>国发〔2017〕35号</td></tr>
                <tr><td>成文日期：</td><td>2017年07月08日</td></tr><tr><td>发布日期：</td><td>2017年07月20日</td></tr></table>
                <p>国务院关于印发新一代人工智能发展规划的通知</p><p>国发〔2017〕35号</p>
                <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
                <p>现将《新一代人工智能发展规划》印发给你们，请认真贯彻执行。</p>
                <p>国务院</p><p>2017年7月8日</p></div></body></html>"""), ReadOptions.NONE);
        assertEquals(NoticeFormat.NAME, d.format());
        assertEquals(LocalDate.of(2017, 7, 20), d.date());
        assertEquals("https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm", d.url());
        assertEquals("国务院关于印发新一代人工智能发展规划的通知", d.title());
    }
}
