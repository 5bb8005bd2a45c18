package org.cstkg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceReader;

import picocli.CommandLine.Option;

/**
 * How source files are read: {@code --format}, {@code --date}, {@code --debug} and {@code --threads}, shared by extract
 * and ingest.
 */
final class SourceOptions {

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "source format: auto (detect by content, the default), digest, article or html")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "date of documents that state none (a stated date is never replaced); otherwise unknown")
    String date;

    @Option(names = "--debug", description = "print the stack trace of internal errors")
    boolean debug;

    @Option(names = "--threads", paramLabel = "N",
            description = "documents read and extracted at once (default: the number of cores, here ${DEFAULT-VALUE}); "
                    + "the output is the same for any N")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The thread count, checked. */
    int threads() {
        if (threads < 1 || threads > 256)
            throw new Main.UserError("--threads: " + threads + " is not between 1 and 256");
        return threads;
    }

    SourceReader reader() {
        SourceReader r = SourceReader.create();
        try {
            r = r.format(format);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--format: " + e.getMessage());
        }
        if (date != null)
            try {
                r = r.date(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw new Main.UserError("--date: '" + date + "' is not a date like 2024-03-08");
            }
        return r;
    }

    static String formats() {
        StringBuilder b = new StringBuilder();
        for (SourceFormat f : SourceReader.formats())
            b.append("  ").append(f.name()).append(": ").append(f.description()).append('\n');
        return b.toString();
    }
}
