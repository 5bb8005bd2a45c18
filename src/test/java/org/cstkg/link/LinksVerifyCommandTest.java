package org.cstkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cstkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cstkg links verify} on small dumps written here in the published structure of a Wikidata JSON dump (an array,
 * one entity a line) and a ROR data dump (schema v2). The identifiers in these dumps are test data, not facts.
 */
class LinksVerifyCommandTest {

    static final Path WIKIDATA = Path.of("src/test/resources/links/wikidata-subset.json");
    static final Path ROR = Path.of("src/test/resources/links/ror-dump.json");
    static final String SRC = "test";

    @TempDir
    Path dir;

    Path table(String... rows) throws Exception {
        Path t = dir.resolve("links.tsv");
        StringBuilder sb = new StringBuilder("# a test table\n").append(String.join("\t", LinkTable.COLUMNS)).append('\n');
        for (String r : rows)
            sb.append(r).append('\n');
        Files.writeString(t, sb.toString());
        return t;
    }

    static String row(String entity, String target, String id) {
        return String.join("\t", entity, target, id, SRC, "unverified", "", "", "");
    }

    int run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void checksEachLinkAndWritesTheStatusBack() throws Exception {
        Path t = table(row("Beijing", "wikidata", "Q956"), row("Guangdong", "wikidata", "Q15175"),
                row("CAS", "wikidata", "Q530471"), row("Tsinghua", "wikidata", "Q16955"), row("CAS", "ror", "0abcdef12"),
                row("PKU", "ror", "0zzzzzz99"));
        Path review = dir.resolve("review.tsv");
        assertThat(run("links", "verify", "--wikidata", WIKIDATA.toString(), "--ror", ROR.toString(), "--table",
                t.toString(), "--review", review.toString(), "--date", "2026-11-26")).isZero();
        LinkTable after = LinkTable.read(t);
        LocalDate on = LocalDate.parse("2026-11-26");
        Link beijing = after.of("Beijing").get(0);
        assertThat(beijing.status()).isEqualTo(LinkStatus.VERIFIED_OFFLINE);
        assertThat(beijing.checkedOn()).isEqualTo(on);
        assertThat(beijing.evidence()).contains("labels agree: en,zh,ko", "P442 11 = 110000");
        Link guangdong = after.of("Guangdong").get(0);
        assertThat(guangdong.status()).isEqualTo(LinkStatus.REJECTED);
        assertThat(guangdong.evidence()).contains("P442 45 ≠ 440000");
        assertThat(after.of("CAS")).extracting(Link::status).containsExactly(LinkStatus.VERIFIED_OFFLINE,
                LinkStatus.VERIFIED_OFFLINE);
        assertThat(after.of("CAS").get(0).evidence()).contains("type compatible");
        assertThat(after.of("CAS").get(1).evidence()).contains("ROR names Wikidata Q530471");
        Link tsinghua = after.of("Tsinghua").get(0);
        assertThat(tsinghua.status()).isEqualTo(LinkStatus.UNVERIFIED); // not in the dump: unchanged
        assertThat(tsinghua.checkedOn()).isNull();
        assertThat(after.of("PKU").get(0).status()).isEqualTo(LinkStatus.REJECTED); // names disagree
        // the header comments and the P442 column survive the write
        List<String> lines = Files.readAllLines(t);
        assertThat(lines.get(0)).isEqualTo("# a test table");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Beijing\twikidata\tQ956\ttest\tverified-offline\t2026-11-26\t11\t"));
        // candidates go to the review file, never into the table
        String candidates = Files.readString(review);
        assertThat(candidates).contains("Hebei\twikidata\tQ900000013\tP442 13\t")
                .contains("Tsinghua\tror\t0yyyyyy98\tzh name\t清华大学");
        assertThat(after.of("Hebei")).isEmpty();
    }

    @Test
    void readsTheEntityDataFormatToo() throws Exception {
        Path t = table(row("Tsinghua", "wikidata", "Q16955"));
        assertThat(run("links", "verify", "--wikidata", "src/test/resources/links/wikidata-entitydata.json", "--table",
                t.toString(), "--review", dir.resolve("r.tsv").toString(), "--date", "2026-11-26")).isZero();
        Link l = LinkTable.read(t).of("Tsinghua").get(0);
        assertThat(l.status()).isEqualTo(LinkStatus.VERIFIED_OFFLINE);
        assertThat(l.evidence()).contains("labels agree: en,zh", "type compatible");
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        Path t = table(row("Beijing", "wikidata", "Q956"));
        String before = Files.readString(t);
        assertThat(run("links", "verify", "--table", t.toString())).isEqualTo(2);
        assertThat(run("links", "verify", "--wikidata", dir.resolve("missing.json").toString(), "--table", t.toString()))
                .isEqualTo(2);
        Path notJson = Files.writeString(dir.resolve("dump.json"), "{ not json");
        assertThat(run("links", "verify", "--wikidata", notJson.toString(), "--table", t.toString(), "--review",
                dir.resolve("r.tsv").toString())).isEqualTo(2);
        assertThat(Files.readString(t)).isEqualTo(before);
    }
}
