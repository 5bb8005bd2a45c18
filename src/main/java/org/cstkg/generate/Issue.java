package org.cstkg.generate;

import java.time.LocalDate;
import java.util.List;

/** One generated file's content: its number in the corpus (from 1), its date and its stories. */
record Issue(int number, LocalDate date, List<Story> stories) {

    Issue {
        stories = List.copyOf(stories);
        if (stories.isEmpty())
            throw new IllegalArgumentException("an issue holds at least one story");
    }
}
