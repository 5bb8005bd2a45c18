package org.cstkg.source.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;

class ArticleFormatTest extends SourceFormatContract {

    @Override
    protected SourceFormat format() {
        return new ArticleFormat();
    }

    @Override
    protected SourceInput dated() {
        return resource("/golden/article/newspaper-with-byline.txt");
    }

    @Override
    protected LocalDate statedDate() {
        return LocalDate.of(2024, 5, 20);
    }

    @Override
    protected SourceInput undated() {
        return resource("/golden/article/wire-story-no-date.txt");
    }

    @Override
    protected SourceInput foreign() {
        return text("page.html", "<!DOCTYPE html><html><body><p>중국과학원</p></body></html>");
    }

    @Override
    protected SourceInput hollow() {
        return text("furniture.txt", "입력 2024.05.20 09:30\n\n저작권자 무단 전재-재배포 금지\nhttps://example.org/a\n");
    }

    private static Document read(SourceInput in) {
        return new ArticleFormat().parse(in, ReadOptions.NONE);
    }

    private static List<String> texts(Document d, Segment.Kind kind) {
        return d.articles().get(0).segments().stream().filter(s -> s.kind() == kind).map(Segment::text).toList();
    }

    @Test
    void headlineSubheadlineDatelineBylineAndFurnitureAreToldApart() {
        Document d = read(dated());
        assertEquals("화웨이, 선전에 새 연구센터 개소", d.title());
        assertEquals(List.of("화웨이, 선전에 새 연구센터 개소", "AI 칩 개발 인력 2천명 배치"), texts(d, Segment.Kind.TITLE));
        assertEquals("연합뉴스", d.publisher());
        List<String> sentences = texts(d, Segment.Kind.SENTENCE);
        assertTrue(sentences.get(0).startsWith("중국 통신장비 기업 화웨이(華爲)가"), sentences.get(0));
        String all = String.join(" ", d.articles().get(0).segments().stream().map(Segment::text).toList());
        for (String furniture : List.of("홍길동", "서울=", "입력", "저작권자", "hong@"))
            assertFalse(all.contains(furniture), furniture + " in " + all);
    }

    @Test
    void wireDatelineNamesTheOutletButNotTheYear() {
        Document d = read(undated());
        assertEquals("신화통신", d.publisher());
        assertNull(d.date(), "a dateline without a year is not a date");
        List<String> s = texts(d, Segment.Kind.SENTENCE);
        assertTrue(s.get(0).startsWith("중국국가항천국은 5일"), s.get(0));
        assertEquals(2, s.size(), s.toString());
        List<String> captions = texts(d, Segment.Kind.CAPTION);
        assertEquals(List.of("이번 임무는 중국 달탐사 프로젝트의 여섯 번째 임무다."), captions);
    }

    @Test
    void kostecPostLeadCarriesItsDateAndNotesAndSourcesAreKept() {
        Document d = read(resource("/golden/article/kostec-style-post.txt"));
        assertNull(d.date(), "the post states no publication date");
        assertEquals(LocalDate.of(2024, 3, 8), d.articles().get(0).date(), "the lead's (24.3.8)");
        assertTrue(d.articles().get(0).lead().startsWith("중국 공업정보화부가"), d.articles().get(0).lead());
        assertFalse(d.articles().get(0).lead().contains("24.3.8"));
        assertEquals(1, texts(d, Segment.Kind.NOTE).size());
        assertEquals(List.of("과기일보 (24.3.8)"), texts(d, Segment.Kind.SOURCE));
    }

    @Test
    void sentencesAreCutAtSentenceEndsNotInsideNumbersOrQuotes() {
        Document d = read(text("s.txt", "어니 3.5가 나왔다. 바이두는 \"성능이 좋다.\" 라고 했다! 다음 문장?\n"));
        assertEquals(List.of("어니 3.5가 나왔다.", "바이두는 \"성능이 좋다.\" 라고 했다!", "다음 문장?"),
                texts(d, Segment.Kind.SENTENCE));
    }

    @Test
    void aVeryLongLineIsCutIntoBoundedSegments() {
        String line = "중국과학원 연구 ".repeat(2000);
        Document d = read(text("long.txt", line));
        assertTrue(d.articles().get(0).segments().stream().allMatch(s -> s.text().length() <= ArticleParser.MAX_SEGMENT));
    }

    @Test
    void slugIsTheFileNameWithTheDateOrAHashForNonLatinNames() {
        assertEquals("xinhua-story-2024-05-20", ArticleParser.slug("/a/Xinhua Story.txt", LocalDate.of(2024, 5, 20)));
        assertEquals("xinhua-story", ArticleParser.slug("/a/Xinhua Story.txt", null));
        String korean = ArticleParser.slug("/a/국가데이터국.txt", null);
        assertTrue(korean.matches("doc-[0-9a-f]{8}"), korean);
        assertEquals(korean, ArticleParser.slug("/b/국가데이터국.txt", null), "stable for the same name");
    }

    @Test
    void aBylineAtTheEndIsNotText() {
        Document d = read(text("b.txt", "중국과학원은 새 연구소를 세웠다.\n\n베이징=김철수 특파원\n홍길동 기자\n"));
        assertEquals(List.of("중국과학원은 새 연구소를 세웠다."), texts(d, Segment.Kind.SENTENCE));
    }
}
