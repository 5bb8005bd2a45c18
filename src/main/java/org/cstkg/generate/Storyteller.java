package org.cstkg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Writes one story from the templates: a cast, then a title, a lead and three to six body sentences about it. */
final class Storyteller {

    private final Templates templates;
    private final Casting casting;
    private final Words words;

    Storyteller(Templates templates, Casting casting, Words words) {
        this.templates = templates;
        this.casting = casting;
        this.words = words;
    }

    /**
     * @param part  the digest part (1 to 3) the story goes in
     * @param date  the story's own date (a digest's lead date, a news story's publication date)
     * @param index the story's number in the corpus, for its source URL
     */
    Story tell(Random r, int part, LocalDate date, String index) {
        Cast cast = casting.cast(r, date.getYear());
        String category = words.pick("category" + part, r).ko();
        Phrase title = templates.pick("title", r).fill(cast);
        Phrase subhead = r.nextInt(3) == 0 ? templates.pick("subhead", r).fill(cast) : null;
        Phrase lead = templates.pick("lead", r).fill(cast);
        List<Phrase> body = new ArrayList<>();
        for (Template t : templates.pickDistinct("bullet", 3 + r.nextInt(4), r))
            body.add(t.fill(cast));
        Phrase note = r.nextInt(5) == 0 ? templates.pick("note", r).fill(cast) : null;
        Story.Table table = r.nextInt(4) == 0 ? table(r, cast) : null;
        String reference = r.nextBoolean() ? templates.pick("reference", r).fill(cast).digest() : null;
        String url = reference == null ? null : "https://www.example.org/cstkg-synthetic/" + index + ".html";
        return new Story(part, category, title, subhead, lead, body, note, table, reference, url, date);
    }

    private Story.Table table(Random r, Cast cast) {
        String caption = templates.pick("caption", r).fill(cast).digest();
        List<String> header = cells(templates.pick("header", r).fill(cast).digest());
        List<List<String>> rows = new ArrayList<>();
        for (Template t : templates.pickDistinct("row", 1 + r.nextInt(2), r))
            rows.add(cells(t.fill(cast).digest()));
        return new Story.Table(caption, header, rows);
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.split("\\|")).map(String::strip).toList();
    }
}
