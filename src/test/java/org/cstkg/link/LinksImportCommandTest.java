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
 * {@code cstkg links import --ror} on small dumps written here in the published structure of ROR's data dump (one
 * array of records; schema v2, and v1 in a file named as ROR names its dumps). Identifiers in them are test data.
 */
class LinksImportCommandTest {

    static final Path V2 = Path.of("src/test/resources/links/ror-import-v2.json");
    static final Path V1 = Path.of("src/test/resources/links/v1.0-2026-01-01-ror-data.json");
    static final LocalDate ON = LocalDate.parse("2026-11-26");

    @TempDir
    Path dir;

    Path table(String... rows) throws Exception {
        StringBuilder sb = new StringBuilder("# a test table\n").append(String.join("\t", LinkTable.COLUMNS)).append('\n');
        for (String r : rows)
            sb.append(r).append('\n');
        return Files.writeString(dir.resolve("links.tsv"), sb.toString());
    }

    static String wikidata(String entity, String q) {
        return String.join("\t", entity, "wikidata", q, "test", "unverified", "", "", "");
    }

    String out;

    int run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(saved);
            out = buf.toString(StandardCharsets.UTF_8);
        }
    }

    int importV2(Path t, Path review) {
        return run("links", "import", "--ror", V2.toString(), "--release", "v9.9-test", "--table", t.toString(),
                "--review", review.toString(), "--date", ON.toString());
    }

    static Link only(LinkTable t, String entity, Target target) {
        List<Link> ls = t.of(entity).stream().filter(l -> l.target() == target).toList();
        assertThat(ls).as(entity + " → " + target.id()).hasSize(1);
        return ls.get(0);
    }

    static boolean has(LinkTable t, String entity, Target target) {
        return t.of(entity).stream().anyMatch(l -> l.target() == target);
    }

    @Test
    void confidentMatchesBecomeVerifiedRowsAndTheRestGoesToReview() throws Exception {
        Path t = table(wikidata("ZJU", "Q900000009"), wikidata("Fudan", "Q900000004"));
        Path review = dir.resolve("review.tsv");
        assertThat(importV2(t, review)).isZero();
        LinkTable after = LinkTable.read(t);

        // an English name with "of the People's Republic of China", in Beijing, typed government; the namesake in Taipei is
        // left out
        Link most = only(after, "MOST", Target.ROR);
        assertThat(most.identifier()).isEqualTo("0aaaaaa11");
        assertThat(most.status()).isEqualTo(LinkStatus.VERIFIED_OFFLINE);
        assertThat(most.checkedOn()).isEqualTo(ON);
        assertThat(most.source()).isEqualTo("ROR data dump v9.9-test");
        assertThat(most.evidence()).contains("after dropping", "people's republic of china", "place agrees: Beijing",
                "type compatible", "record last modified 2025-07-15");
        // the Wikidata id it states: unverified, the record as source
        Link mostQ = only(after, "MOST", Target.WIKIDATA);
        assertThat(mostQ.identifier()).isEqualTo("Q900000001");
        assertThat(mostQ.status()).isEqualTo(LinkStatus.UNVERIFIED);
        assertThat(mostQ.checkedOn()).isNull();
        assertThat(mostQ.source()).isEqualTo("ROR 0aaaaaa11 external_ids (v9.9-test)");

        // a traditional-script label meets our simplified one; the table's equal Wikidata id is confirmed, not doubled
        assertThat(only(after, "Fudan", Target.ROR).status()).isEqualTo(LinkStatus.VERIFIED_OFFLINE);
        Link fudanQ = only(after, "Fudan", Target.WIKIDATA);
        assertThat(fudanQ.status()).isEqualTo(LinkStatus.UNVERIFIED);
        assertThat(fudanQ.evidence()).contains("ROR 0dddddd44 external_ids (v9.9-test) name the same id");

        // a different Wikidata id is not overwritten: the conflict goes to review
        assertThat(only(after, "ZJU", Target.ROR).identifier()).isEqualTo("0cccccc33");
        assertThat(only(after, "ZJU", Target.WIKIDATA).identifier()).isEqualTo("Q900000009");
        String r = Files.readString(review);
        assertThat(r).contains("ZJU\twikidata\tQ900000002\tconflict: ROR 0cccccc33 external_ids (v9.9-test) names "
                + "Q900000002, the table has Q900000009");

        // two records fitting one entity, a record of the wrong type, an inactive record: review only
        assertThat(has(after, "SJTU", Target.ROR)).isFalse();
        assertThat(r).contains("SJTU\tror\t0eeeeee55\t2 records fit").contains("SJTU\tror\t0eeeeee66\t2 records fit");
        assertThat(has(after, "PKU", Target.ROR)).isFalse();
        assertThat(r).contains("PKU\tror\t0ffffff77\ttype incompatible: ROR company, ours University");
        assertThat(has(after, "CAS_IVPP", Target.ROR)).isFalse();
        assertThat(r).contains("CAS_IVPP\tror\t0kkkkkk11\trecord inactive");
        assertThat(r).doesNotContain("0bbbbbb22"); // the namesake abroad

        // a record two entities meet: the one whose name meets it with its part in brackets too (CUG, not
        // CUG_Wuhan, whose "(Wuhan)" the name key leaves aside)
        assertThat(only(after, "CUG", Target.ROR).identifier()).isEqualTo("0qqqqqq55");
        assertThat(has(after, "CUG_Wuhan", Target.ROR)).isFalse();
        assertThat(r).contains("CUG_Wuhan\tror\t0qqqqqq55\tthe record fits CUG, CUG_Wuhan; its name meets CUG's closer");
        // a record whose country is one of our regions: Hong Kong
        Link hku = only(after, "HKU", Target.ROR);
        assertThat(hku.status()).isEqualTo(LinkStatus.VERIFIED_OFFLINE);
        assertThat(hku.evidence()).contains("place agrees: Pok Fu Lam, Southern, Hong Kong");

        // a linked parent's child whose own record is not in the dump: unverified, the parent as source
        Link iop = only(after, "CAS_IOP", Target.ROR);
        assertThat(iop.identifier()).isEqualTo("0hhhhhh99");
        assertThat(iop.status()).isEqualTo(LinkStatus.UNVERIFIED);
        assertThat(iop.source()).isEqualTo("ROR 0gggggg88 relationships (v9.9-test)");
        // a child that has its own record is matched through it, and verified
        assertThat(only(after, "CAS_ICT", Target.ROR).status()).isEqualTo(LinkStatus.VERIFIED_OFFLINE);

        // GeoNames: a city whose name and province agree; two cities called Suzhou kept apart by their provinces; a
        // province-level municipality gets no city's id
        Link hangzhou = only(after, "Hangzhou", Target.GEONAMES);
        assertThat(hangzhou.identifier()).isEqualTo("900103");
        assertThat(hangzhou.status()).isEqualTo(LinkStatus.UNVERIFIED);
        assertThat(hangzhou.source()).startsWith("ROR 0cccccc33 locations (v9.9-test)");
        assertThat(only(after, "Suzhou", Target.GEONAMES).identifier()).isEqualTo("900106");
        assertThat(only(after, "CN3413", Target.GEONAMES).identifier()).isEqualTo("900105");
        assertThat(has(after, "Beijing", Target.GEONAMES)).isFalse();

        // nothing from the review file is in the table, and a second run adds nothing
        String once = Files.readString(t);
        assertThat(importV2(t, review)).isZero();
        assertThat(Files.readString(t)).isEqualTo(once);
        assertThat(Files.readString(review)).contains("CUG_Wuhan\tror\t0qqqqqq55\tthe table links the record to CUG "
                + "already");
        assertThat(Files.readAllLines(t).get(0)).isEqualTo("# a test table");
    }

    @Test
    void readsSchemaV1AndTakesTheReleaseFromTheFileName() throws Exception {
        Path t = table();
        assertThat(run("links", "import", "--ror", V1.toString(), "--table", t.toString(), "--review",
                dir.resolve("r.tsv").toString(), "--date", ON.toString())).isZero();
        LinkTable after = LinkTable.read(t);
        Link nju = only(after, "NJU", Target.ROR);
        assertThat(nju.status()).isEqualTo(LinkStatus.VERIFIED_OFFLINE);
        assertThat(nju.source()).isEqualTo("ROR data dump v1.0-2026-01-01");
        assertThat(nju.evidence()).contains("labels agree: en,zh", "place agrees: Nanjing, Jiangsu, China");
        assertThat(only(after, "NJU", Target.WIKIDATA).identifier()).isEqualTo("Q900000005");
        assertThat(only(after, "Nanjing", Target.GEONAMES).identifier()).isEqualTo("900107");
        Link jiangsu = only(after, "Jiangsu", Target.GEONAMES); // schema v1's geonames_admin1
        assertThat(jiangsu.identifier()).isEqualTo("900108");
        assertThat(jiangsu.evidence()).contains("as the province Jiangsu, China");
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        Path t = table(wikidata("ZJU", "Q900000009"));
        String before = Files.readString(t);
        // no release named and none in the file name
        assertThat(run("links", "import", "--ror", V2.toString(), "--table", t.toString(), "--review",
                dir.resolve("r.tsv").toString())).isEqualTo(2);
        assertThat(run("links", "import", "--ror", dir.resolve("missing.json").toString(), "--release", "x",
                "--table", t.toString())).isEqualTo(2);
        Path notJson = Files.writeString(dir.resolve("dump.json"), "[ {\"id\": ");
        assertThat(run("links", "import", "--ror", notJson.toString(), "--release", "x", "--table", t.toString(),
                "--review", dir.resolve("r.tsv").toString())).isEqualTo(2);
        assertThat(Files.readString(t)).isEqualTo(before);
    }
}
