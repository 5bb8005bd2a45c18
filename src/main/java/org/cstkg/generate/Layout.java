package org.cstkg.generate;

import java.time.LocalDate;
import java.util.Random;

/** How issues become files: how many stories one holds, its date, its file name and its text. */
interface Layout {

    /** The name given to {@code --layout}. */
    String name();

    /** How many stories the issue numbered {@code number} holds; may draw on {@code r}. */
    int stories(Random r);

    LocalDate date(int number);

    String fileName(int number);

    String render(Issue issue);
}
