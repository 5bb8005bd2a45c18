package org.cstkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.cstkg.gazetteer.DivisionCodes;
import org.cstkg.gazetteer.Gazetteer;
import org.cstkg.link.LinkTable;
import org.cstkg.link.LinkVerifier;
import org.cstkg.link.RorImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cstkg links verify}: the link table checked against dumps the user supplies, offline; {@code cstkg links import
 * --ror}: new rows from a ROR data dump.
 */
@Command(name = "links", mixinStandardHelpOptions = true, subcommands = { LinksCommand.Verify.class, LinksCommand.Import.class },
        description = "External identifiers (data/links/links.tsv).")
final class LinksCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check each link against a Wikidata JSON "
            + "dump (or a filtered subset) and a ROR data dump: names in zh/en/ko, kind, and P442 for regions. Writes "
            + "the status back into the table and candidates for unlinked entities into a review file.")
    static final class Verify implements Callable<Integer> {

        @Option(names = "--wikidata", paramLabel = "FILE", description = "Wikidata JSON dump or subset (.json, .json.gz)")
        Path wikidata;

        @Option(names = "--ror", paramLabel = "FILE", description = "ROR data dump (.json, .json.gz)")
        Path ror;

        @Option(names = "--table", paramLabel = "FILE", defaultValue = "data/links/links.tsv",
                description = "link table to check and write back (default: ${DEFAULT-VALUE})")
        Path table;

        @Option(names = "--review", paramLabel = "FILE", defaultValue = "data/links/review.tsv",
                description = "where candidates go, for a person to review (default: ${DEFAULT-VALUE})")
        Path review;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the check date to record (default: today)")
        String date;

        @Override
        public Integer call() {
            if (wikidata == null && ror == null)
                throw new Main.UserError("links verify: give --wikidata FILE, --ror FILE or both");
            for (Path p : new Path[] { wikidata, ror, table })
                if (p != null && !Files.isRegularFile(p))
                    throw new Main.UserError(p + ": no such file");
            LocalDate on = date(date);
            LinkTable links;
            LinkVerifier.Result r;
            try {
                links = LinkTable.read(table);
                r = new LinkVerifier(Gazetteer.loadWithDivisions(), DivisionCodes.get(), on).verify(links, wikidata, ror);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new Main.UserError(e.getMessage());
            }
            r.table().write(table);
            try {
                Files.writeString(review, LinkVerifier.reviewText(r.candidates(), on));
            } catch (IOException e) {
                throw new Main.UserError(review + ": cannot write: " + e.getMessage());
            }
            StringBuilder sb = new StringBuilder();
            r.counts().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
            System.out.println(table + ": " + links.all().size() + " links checked: " + sb + "; candidates in " + review);
            return 0;
        }

        static LocalDate date(String date) {
            try {
                return date == null ? LocalDate.now() : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new Main.UserError("--date: not a date like 2025-01-31: " + date);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Link government bodies, research "
            + "institutes and universities to the records of a ROR data dump by their names (Chinese in both scripts, "
            + "English, ROR's aliases), type and place; one fitting record that passes the verify check becomes a "
            + "verified-offline row, the Wikidata id it states an unverified row, the cities it names GeoNames rows of "
            + "regions. Everything uncertain goes to the review file.")
    static final class Import implements Callable<Integer> {

        @Option(names = "--ror", paramLabel = "FILE", required = true, description = "ROR data dump (.json, .json.gz)")
        Path ror;

        @Option(names = "--release", paramLabel = "TEXT", description = "the ROR release the dump is of, recorded as "
                + "the rows' source (default: read from a file name like v1.55-2024-10-31-ror-data.json)")
        String release;

        @Option(names = "--table", paramLabel = "FILE", defaultValue = "data/links/links.tsv",
                description = "link table to add to (default: ${DEFAULT-VALUE})")
        Path table;

        @Option(names = "--review", paramLabel = "FILE", defaultValue = "data/links/ror-review.tsv",
                description = "where uncertain candidates go (default: ${DEFAULT-VALUE})")
        Path review;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the check date to record (default: today)")
        String date;

        @Override
        public Integer call() {
            for (Path p : new Path[] { ror, table })
                if (!Files.isRegularFile(p))
                    throw new Main.UserError(p + ": no such file");
            String rel = release;
            if (rel == null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("v\\d+(\\.\\d+)+(-\\d{4}-\\d{2}-\\d{2})?")
                        .matcher(ror.getFileName().toString());
                if (!m.find())
                    throw new Main.UserError("links import: name the ROR release with --release (the file name "
                            + ror.getFileName() + " does not say it)");
                rel = m.group();
            }
            LocalDate on = Verify.date(date);
            RorImport.Result r;
            try {
                r = new RorImport(Gazetteer.loadWithDivisions(), DivisionCodes.get(), on).run(LinkTable.read(table),
                        ror, rel);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new Main.UserError(e.getMessage());
            }
            r.table().write(table);
            try {
                Files.writeString(review, RorImport.reviewText(r.review(), on, rel));
            } catch (IOException e) {
                throw new Main.UserError(review + ": cannot write: " + e.getMessage());
            }
            StringBuilder sb = new StringBuilder();
            r.counts().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
            System.out.println(table + ": " + (sb.length() == 0 ? "nothing new" : sb) + "; candidates in " + review);
            return 0;
        }
    }
}
