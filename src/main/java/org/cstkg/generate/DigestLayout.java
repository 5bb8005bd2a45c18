package org.cstkg.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A weekly digest as the digest reader takes it (see {@code data/samples/}): title, table of contents, summary, parts
 * headed by a Roman numeral, numbered articles with a ■ lead dated (M.D), bullets, ※ notes, a captioned tab table and
 * 참고자료, then the colophon with the issue date and publisher. Issues are weekly from 2006, cycling after twenty
 * years; their file names keep them apart.
 */
final class DigestLayout implements Layout {

    static final LocalDate FIRST = LocalDate.of(2006, 1, 6);
    private static final String[] ROMAN = { "I", "II", "III" };

    private final Words words;
    private final Integer articles;

    /** @param articles stories per issue, or null for 10 to 17 of them (as the real weekly varies) */
    DigestLayout(Words words, Integer articles) {
        this.words = words;
        this.articles = articles;
    }

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public int stories(Random r) {
        return articles != null ? articles : 10 + r.nextInt(8);
    }

    @Override
    public LocalDate date(int number) {
        return FIRST.plusWeeks((number - 1) % 1040);
    }

    @Override
    public String fileName(int number) {
        return String.format("synthetic-digest-%06d.txt", number);
    }

    @Override
    public String render(Issue issue) {
        Text t = new Text();
        t.line("중국 과학기술 정책 주/간/동/향 (합성 제" + issue.number() + "호)").blank();
        t.line("CONTENTS").blank();
        int part = 0;
        for (Story s : issue.stories()) {
            if (s.part() != part) {
                part = s.part();
                t.line(part + ". " + partName(part)).blank();
            }
            t.line(s.category()).blank().line("- " + s.title().digest()).blank();
        }
        t.line("본 자료는 cstkg generate가 부하·규모 시험용으로 만든 합성 자료이며, 그 내용은 사실이 아닙니다.").blank();
        t.line("요약").blank();
        for (Story s : issue.stories().subList(0, Math.min(3, issue.stories().size())))
            t.line("- " + s.lead().sentence());
        t.blank();
        part = 0;
        int number = 0;
        for (Story s : issue.stories()) {
            if (s.part() != part) {
                part = s.part();
                number = 0;
                t.line(ROMAN[part - 1]).blank().line(partName(part)).blank();
            }
            article(t, s, ++number);
        }
        LocalDate d = issue.date();
        t.line("| 발 행 일 | " + d.getYear() + ". " + d.getMonthValue() + ". " + d.getDayOfMonth()).blank();
        t.line("| 발행기관 | cstkg generate (합성)");
        return t.toString();
    }

    private void article(Text t, Story s, int number) {
        t.line(String.format("%02d %s", number, s.title().digest())).blank();
        t.line("■ " + s.lead().digest() + "(" + s.date().getMonthValue() + "." + s.date().getDayOfMonth() + ")")
                .blank();
        for (Phrase p : s.body())
            t.line("- " + p.digest());
        if (s.note() != null)
            t.line(s.note().digest());
        t.blank();
        if (s.table() != null) {
            t.line(s.table().caption()).blank();
            t.line(String.join("\t", s.table().header()));
            for (List<String> row : s.table().rows())
                t.line(String.join("\t", row));
            t.blank();
        }
        if (s.reference() != null)
            t.line("참고자료").blank().line("- ☑ " + s.reference()).line(s.url()).blank();
    }

    private String partName(int part) {
        return words.list("part" + part).get(0).ko();
    }
}
