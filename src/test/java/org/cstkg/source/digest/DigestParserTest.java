package org.cstkg.source.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Table;
import org.cstkg.source.SourceException;
import org.cstkg.source.SourceReader;
import org.cstkg.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestParserTest {

    @Test
    void sampleReportSplitsIntoItsArticles() {
        Document r = SourceReader.read(SharedData.sampleReport());
        assertEquals(LocalDate.of(2023, 6, 2), r.date());
        assertEquals("한중과학기술협력센터", r.publisher());
        assertEquals("kostec-weekly-2023-06-02", r.slug());
        assertEquals("중국 과학기술 정책 주간동향", r.title());
        assertEquals(6, r.summary().size());
        assertEquals(6 + 2 + 7, r.articles().size());
        Article first = r.articles().get(0);
        assertEquals("I.01", first.label());
        assertEquals("정책동향", first.partName());
        assertEquals("기술전략", first.category());
        assertEquals(LocalDate.of(2023, 5, 31), first.date());
        assertTrue(first.lead().startsWith("2023년 5월 30일"), first.lead());
        assertEquals(2, first.references().size());
        Article tables = r.articles().get(1);
        assertEquals(2, tables.tables().size());
        Table policies = tables.tables().get(0);
        assertEquals(5, policies.rows().size());
        assertEquals(4, policies.header().size());
        assertEquals(2, policies.column("정책명"));
        assertEquals("중관촌 포럼, AI 챗봇 추진 현황 공유", r.articles().get(2).title());
        assertEquals("광동성, 빅데이터 분석 시스템 개발", r.articles().get(5).title());
        assertEquals(4, tables.tables().get(1).rows().size(), "table rows are not articles");
        Article last = r.articles().get(r.articles().size() - 1);
        assertEquals("III.07", last.label());
        assertEquals(LocalDate.of(2023, 5, 20), last.date(), "date from the 출처 line");
        assertEquals(1, last.references().size());
        assertTrue(r.articles().stream().filter(a -> a.part() == 2).allMatch(a -> "ICT".equals(a.category())));
    }

    @Test
    void pageNumbersAndRunningHeadersAreNotArticles() {
        String text = """
                중국 과학기술 정책 주/간/동/향

                I

                정책동향

                01 첫 기사

                ■ 첫 기사의 요지(5.2)

                - 본문 첫 줄

                2

                중국 과학기술 정책 주/간/동/향

                - 본문 둘째 줄

                02 둘째 기사

                ■ 둘째 요지(5.3)

                | 발 행 일 | 2023. 5. 5
                """;
        Document r = DigestParser.parse(text, "pages.txt");
        assertEquals(2, r.articles().size());
        assertEquals("둘째 기사", r.articles().get(1).title());
        assertTrue(r.articles().get(0).segments().stream().anyMatch(s -> s.text().equals("본문 둘째 줄")));
        assertTrue(r.articles().get(0).segments().stream().noneMatch(s -> s.text().contains("주/간")));
    }

    @Test
    void partsOnOneLineOrNoneAtAll() {
        String oneLine = """
                중국 과학기술 정책 주간동향

                요약

                - 요약 한 줄

                Ⅰ. 정책동향

                01 정책 기사

                - 본문

                Ⅱ. 기술동향

                01 기술 기사

                - 본문

                | 발 행 일 | 2023. 5. 5
                """;
        Document r = DigestParser.parse(oneLine, "one-line.txt");
        assertEquals(1, r.summary().size());
        assertEquals(2, r.articles().size());
        assertEquals("II.01", r.articles().get(1).label());
        assertEquals("기술동향", r.articles().get(1).partName());
        String none = """
                중국 과학기술 정책 주간동향

                01 첫 기사

                - 본문

                02 둘째 기사

                - 본문

                발행일: 2023년 5월 5일
                """;
        Document n = DigestParser.parse(none, "none.txt");
        assertEquals(2, n.articles().size());
        assertEquals(LocalDate.of(2023, 5, 5), n.date());
    }

    @Test
    void slugsAreStableAndKeepPublishersApart() {
        assertEquals("kostec-weekly-2023-06-02", DigestParser.slug("한중과학기술협력센터", LocalDate.of(2023, 6, 2), "x.txt"));
        assertEquals("cstkg-sample-digest-2023-11-03", DigestParser.slug("cstkg", LocalDate.of(2023, 11, 3),
                "data/samples/cstkg-sample-digest-2023-11-03.txt"));
        assertEquals("other-digest-2023-11-03", DigestParser.slug("다른 기관", LocalDate.of(2023, 11, 3), "/a/Other Digest.pdf"));
        assertEquals("report-2023-11-03", DigestParser.slug(null, LocalDate.of(2023, 11, 3), "/a/보고서.txt"));
    }

    @Test
    void monthDayResolvesToTheYearBeforeAnEarlyIssue() {
        assertEquals(LocalDate.of(2022, 12, 28), DigestParser.resolve(12, 28, LocalDate.of(2023, 1, 4)));
        assertEquals(LocalDate.of(2023, 5, 31), DigestParser.resolve(5, 31, LocalDate.of(2023, 6, 2)));
    }

    @Test
    void badInputIsRejectedWithTheReason(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertTrue(assertThrows(SourceException.class, () -> SourceReader.read(empty)).getMessage()
                .contains("empty file"));
        Path binary = Files.write(dir.resolve("x.txt"), new byte[] { 1, 0, 2, 3 });
        assertTrue(assertThrows(SourceException.class, () -> SourceReader.read(binary)).getMessage()
                .contains("binary"));
        Path pdf = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII));
        assertTrue(assertThrows(SourceException.class, () -> SourceReader.read(pdf)).getMessage()
                .contains("broken PDF"));
        Path prose = Files.writeString(dir.resolve("note.txt"), "그냥 메모입니다.\n발행일 | 2023. 6. 2\n");
        SourceException e = assertThrows(SourceException.class,
                () -> SourceReader.create().format("digest").parse(prose));
        assertTrue(e.getMessage().startsWith(prose.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no numbered articles"), e.getMessage());
        // detected, the same text is a short story dated by its 발행일 line
        Document d = SourceReader.read(prose);
        assertEquals("article", d.format());
        assertEquals(LocalDate.of(2023, 6, 2), d.date());
        assertNotNull(d.articles().get(0).segments());
    }
}
