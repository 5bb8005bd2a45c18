package org.cstkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The parts of a policy record read from a title, a number or a date as written, and nothing beyond what is written. */
class PolicyFieldsTest {

    private static final String TYPES = "https://w3id.org/cstkg/id/document-type/";

    @Test
    void aCitedJointNoticeGivesItsIssuersCountTitleAndPeriod() {
        CitedNotices n = CitedNotices.parse("工业和信息化部等十部门关于印发《科技成果赋智中小企业专项行动（2023—2025年）》的通知")
                .orElseThrow();
        assertEquals("工业和信息化部", n.issuers());
        assertEquals(10, n.stated());
        assertTrue(n.incomplete());
        assertEquals("科技成果赋智中小企业专项行动（2023—2025年）", n.title());
        assertEquals(List.of(2023, 2025), List.of(n.period()[0], n.period()[1]));
        assertTrue(n.own(), "the notice itself");
    }

    @Test
    void aNoticeNamingAllItsIssuersIsComplete() {
        CitedNotices n = CitedNotices.parse("科技部 财政部关于印发《中央财政科技计划（专项、基金等）管理改革方案》的通知").orElseThrow();
        assertFalse(n.incomplete());
        assertNull(n.stated());
        assertNull(n.period());
        assertTrue(n.own());
    }

    @Test
    void aHeadlineAboutAPolicyIsNotTheNotice() {
        CitedNotices n = CitedNotices.parse("一图读懂《科技成果赋智中小企业专项行动（2023—2025年）》").orElseThrow();
        assertEquals("", n.issuers());
        assertFalse(n.own(), "an infographic's page is not the notice's page");
        assertTrue(CitedNotices.parse("半导体器件物理领域研究获进展").isEmpty());
    }

    @Test
    void chineseNumeralsOfCounts() {
        assertEquals(10, CitedNotices.number("十"));
        assertEquals(12, CitedNotices.number("十二"));
        assertEquals(20, CitedNotices.number("二十"));
        assertEquals(2, CitedNotices.number("两"));
        assertEquals(17, CitedNotices.number("17"));
        assertNull(CitedNotices.number("百"));
    }

    @Test
    void documentNumbersAsWrittenInEachBracketStyle() {
        DocumentNumbers.Number n = DocumentNumbers.in("（工信部联科〔2023〕67号）").get(0);
        assertEquals("工信部联科〔2023〕67号", n.text());
        assertEquals("工信部联科", n.code());
        assertEquals(2023, n.year());
        assertEquals(67, n.serial());
        assertEquals("国发", DocumentNumbers.in("国务院印发（国发[2021]5号）").get(0).code());
        assertEquals("国发〔2021〕5号", DocumentNumbers.in("根据国发〔2021〕5号文件").get(0).text());
        DocumentNumbers.Number ko = DocumentNumbers.in("문서번호 국과발〔2023〕12호에 따라").get(0);
        assertEquals("국과발", ko.code());
        assertEquals(12, ko.serial());
        assertTrue(DocumentNumbers.in("2023년 67호 태풍").isEmpty(), "no bracketed year, no number");
        assertTrue(DocumentNumbers.in("〔2023〕号").isEmpty(), "no serial, no number");
    }

    @Test
    void documentTypesFromTheHeadWordLongestFirst() {
        DocumentTypes t = DocumentTypes.standard();
        assertEquals(TYPES + "zhuanxiang-xingdong", t.ofChinese("《科技成果赋智中小企业专项行动（2023—2025年）》").toString());
        String plan = t.ofChinese("关于加快建设全国统一大市场的实施方案").toString();
        assertTrue(plan.endsWith("shishi-fangan"), plan);
        assertTrue(t.ofKorean("에너지 전자산업 발전에 관한 지도의견").toString().endsWith("zhidao-yijian"));
        assertNull(t.ofKorean("6G 산업 개발전략 및 연구현황"));
    }

    @Test
    void datesAtThePrecisionStated() {
        LocalDate doc = LocalDate.of(2023, 6, 2);
        assertEquals("2023-06-01", PolicyDates.effective("2023년 6월 1일부터 시행된다", doc));
        assertEquals("2023-07", PolicyDates.effective("7월부터 정식 시행", doc));
        assertEquals("2024-01-01", PolicyDates.effective("自2024年1月1日起施行", doc));
        assertNull(PolicyDates.effective("6월 1일 발표했다", doc));
        assertEquals("2023-05-26", PolicyDates.stated("5월 26일 발표", doc));
        assertNull(PolicyDates.stated("6월 발표", doc), "a month alone, without a year or day, is too loose");
        assertNull(PolicyDates.stated("5월 26일 발표, 6월 1일 시행", doc), "two dates: which one is unknown");
        assertNull(PolicyDates.stated("5월 26일 발표", null), "no year anywhere: no date");
        assertNull(PolicyDates.stated("2월 30일 발표", doc), "no such day");
        // a day alone is a day of the news's month; 지난달 moves it back; a day still to come is last month's
        assertEquals("2023-06-01", PolicyDates.stated("국무원은 1일 '방안'을 발표했다", doc));
        assertEquals("2023-05-28", PolicyDates.stated("지난달 28일 발표한 '의견'", doc));
        assertEquals("2023-05-20", PolicyDates.stated("지난 20일 공포된 '조례'", doc));
        assertNull(PolicyDates.stated("30일 이내에 제출하도록 한 '방안'을 발표", doc), "a span of days is no date");
        assertEquals("2023-06-01", PolicyDates.stated("1일 발표, 15일까지 의견 수렴", LocalDate.of(2023, 6, 20)),
                "a deadline (까지) is no date of issue");
    }
}
