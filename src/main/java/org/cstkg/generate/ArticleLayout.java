package org.cstkg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One news story per file, as the article reader takes it: a headline, sometimes a sub-headline, an {@code 입력} date
 * line, paragraphs of full sentences, and the source it cites with its address. Dates run daily from 2006, cycling
 * after twenty years.
 */
final class ArticleLayout implements Layout {

    static final LocalDate FIRST = LocalDate.of(2006, 1, 2);

    @Override
    public String name() {
        return "article";
    }

    @Override
    public int stories(Random r) {
        return 1;
    }

    @Override
    public LocalDate date(int number) {
        return FIRST.plusDays((number - 1) % 7300);
    }

    @Override
    public String fileName(int number) {
        return String.format("synthetic-article-%06d.txt", number);
    }

    @Override
    public String render(Issue issue) {
        Story s = issue.stories().get(0);
        Text t = new Text();
        t.line(s.title().digest()).blank();
        if (s.subhead() != null)
            t.line(s.subhead().digest()).blank();
        LocalDate d = issue.date();
        int n = issue.number();
        t.line(String.format("입력 %04d.%02d.%02d %02d:%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                6 + n % 14, n * 7 % 60)).blank();
        List<String> sentences = new ArrayList<>();
        sentences.add(s.lead().sentence());
        s.body().forEach(p -> sentences.add(p.sentence()));
        for (int i = 0; i < sentences.size(); i += 2) // paragraphs of two sentences
            t.line(String.join(" ", sentences.subList(i, Math.min(i + 2, sentences.size())))).blank();
        if (s.reference() != null)
            t.line("출처: " + s.reference()).line(s.url());
        return t.toString();
    }
}
