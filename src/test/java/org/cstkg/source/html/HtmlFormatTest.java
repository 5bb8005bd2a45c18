package org.cstkg.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.cstkg.document.Document;
import org.cstkg.document.Segment;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceFormatContract;
import org.cstkg.source.SourceInput;
import org.junit.jupiter.api.Test;

class HtmlFormatTest extends SourceFormatContract {

    @Override
    protected SourceFormat format() {
        return new HtmlFormat();
    }

    @Override
    protected SourceInput dated() {
        return resource("/golden/html/saved-news-page.html");
    }

    @Override
    protected LocalDate statedDate() {
        return LocalDate.of(2024, 6, 11);
    }

    @Override
    protected SourceInput undated() {
        return text("undated.html", """
                <html><head><title>베이징대학 소식</title></head>
                <body><div id="content"><p>베이징대학은 새 연구원을 열었다고 밝혔다.</p>
                <p>연구원은 인공지능을 연구한다.</p></div></body></html>""");
    }

    @Override
    protected SourceInput foreign() {
        return text("story.txt", "중국과학원은 11일 새 연구소를 세웠다.");
    }

    @Override
    protected SourceInput hollow() {
        return text("menu.html", "<html><body><nav>메뉴</nav><footer>Copyright</footer></body></html>");
    }

    @Test
    void metadataComesFromTheHeadAndTheStoryWithoutThePageAround() {
        Document d = new HtmlFormat().parse(dated(), ReadOptions.NONE);
        assertEquals("중국과학원, 허페이에 양자 연구소 설립", d.title());
        assertEquals("연합뉴스", d.publisher());
        assertEquals("https://news.example.org/view/20240611001", d.url());
        String all = String.join(" ", d.articles().get(0).segments().stream().map(Segment::text).toList());
        assertTrue(all.contains("안후이(安徽)성 허페이(合肥)에 양자정보 연구소를 설립했다고"), all);
        for (String furniture : new String[] { "베이징 특파원", "많이 본 기사", "공유하기", "Copyright", "스크립트" })
            assertFalse(all.contains(furniture), furniture + " in " + all);
        assertTrue(d.articles().get(0).segments().stream()
                .anyMatch(s -> s.kind() == Segment.Kind.CAPTION && s.text().equals("허페이 연구소 전경")), all);
    }

    @Test
    void datesInMetadataAreReadInTheirUsualForms() {
        assertEquals(LocalDate.of(2023, 7, 10), HtmlFormat.date("2023-07-10T14:00:00+09:00"));
        assertEquals(LocalDate.of(2023, 7, 10), HtmlFormat.date("2023.07.10 14:00"));
        assertEquals(LocalDate.of(2023, 7, 10), HtmlFormat.date("20230710"));
        assertEquals(null, HtmlFormat.date("yesterday"));
    }
}
