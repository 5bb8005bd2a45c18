package org.cstkg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cstkg.gazetteer.DivisionCodes;
import org.cstkg.gazetteer.Gazetteer;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;
import org.junit.jupiter.api.Test;

/** The shipped link table and the division codes: well formed, pointing at real entries, honest about status. */
class LinkTableTest {

    static final String HEADER = String.join("\t", LinkTable.COLUMNS);

    @Test
    void everyLinkNamesAGazetteerEntryAndHasAStatusAndSource() {
        Gazetteer g = Gazetteer.loadWithDivisions();
        LinkTable t = LinkTable.get();
        assertThat(t.all()).isNotEmpty();
        for (Link l : t.all()) {
            assertThat(g.byId(l.entity())).as(l.entity()).isPresent();
            assertThat(l.source()).isNotBlank();
            if (l.status() == LinkStatus.UNVERIFIED)
                assertThat(l.checkedOn()).as(l.entity()).isNull();
        }
        // the ids moved out of the gazetteer: nothing typed there any more
        assertThat(g.entries()).allSatisfy(e -> assertThat(e.wikidata()).as(e.id()).isNull());
        assertThat(t.of("CAS").stream().filter(l -> l.target() == Target.WIKIDATA)).extracting(Link::identifier)
                .containsExactly("Q530471");
    }

    @Test
    void theTableWritesBackAsItWasRead() {
        LinkTable t = LinkTable.get();
        assertThat(LinkTable.parse("again", t.text().lines().toList()).text()).isEqualTo(t.text());
    }

    @Test
    void badRowsNameFileAndLine() {
        assertThatThrownBy(() -> LinkTable.parse("x.tsv", List.of("# c", HEADER, "CAS\twikidata\tQ0x\tme\tunverified\t\t\t")))
                .hasMessageStartingWith("x.tsv:3: 'Q0x' is not a wikidata identifier");
        assertThatThrownBy(() -> LinkTable.parse("x.tsv", List.of(HEADER, "CAS\twikidata\tQ5\tme\tverified-offline\t\t\t")))
                .hasMessageContaining("x.tsv:2: a verified-offline link needs its checked_on date");
        assertThatThrownBy(() -> LinkTable.parse("x.tsv", List.of(HEADER, "CAS\tfreebase\tm.0\tme\tunverified\t\t\t")))
                .hasMessageContaining("unknown target 'freebase'");
        assertThatThrownBy(() -> LinkTable.parse("x.tsv", List.of(HEADER, "CAS\twikidata\tQ5\t\tunverified\t\t\t")))
                .hasMessageContaining("needs its source");
        assertThatThrownBy(() -> LinkTable.parse("x.tsv", List.of(HEADER, "CAS\tror\t034t30j35\tme\tsure\t\t\t")))
                .hasMessageContaining("unknown status 'sure'");
    }

    @Test
    void everyProvinceAndPrefectureCarriesItsCode() {
        Gazetteer g = Gazetteer.loadWithDivisions();
        DivisionCodes codes = DivisionCodes.get();
        assertThat(codes.all().stream().filter(c -> c.level().equals("province"))).hasSize(31);
        assertThat(codes.all().stream().filter(c -> c.level().equals("prefecture")).count()).isGreaterThan(330);
        for (DivisionCodes.Code c : codes.all()) {
            GazetteerEntry e = g.byId(c.id()).orElseThrow(() -> new AssertionError("no gazetteer entry " + c.id()));
            assertThat(e.type()).isEqualTo(EntityType.Region);
            assertThat(e.zhHans()).as(c.id()).isEqualTo(c.name());
        }
        // every imported division (generated rows) has a code, and so do the curated provinces
        g.entries().stream().filter(e -> e.id().matches("CN[0-9]+"))
                .forEach(e -> assertThat(codes.of(e.id())).as(e.id()).isPresent());
        assertThat(codes.of("Beijing").orElseThrow().code()).isEqualTo("110000");
        assertThat(codes.of("Guangdong").orElseThrow().level()).isEqualTo("province");
        assertThat(codes.of("Shenzhen").orElseThrow().code()).isEqualTo("440300");
    }

    @Test
    void wikidataP442FormsNormalise() {
        assertThat(DivisionCodes.normalise("11")).isEqualTo("110000");
        assertThat(DivisionCodes.normalise("13 01")).isEqualTo("130100");
        assertThat(DivisionCodes.normalise("31 01 10")).isEqualTo("310110");
        assertThat(DivisionCodes.normalise("440300")).isEqualTo("440300");
        assertThat(DivisionCodes.normalise("Beijing")).isNull();
        assertThat(DivisionCodes.p442("110000")).isEqualTo("11");
        assertThat(DivisionCodes.p442("130100")).isEqualTo("13 01");
        assertThat(DivisionCodes.p442("310110")).isEqualTo("31 01 10");
        for (DivisionCodes.Code c : DivisionCodes.get().all())
            assertThat(DivisionCodes.normalise(DivisionCodes.p442(c.code()))).isEqualTo(c.code());
        // the table shows a region's code in Wikidata's form beside its QID
        assertThat(LinkTable.get().text()).contains("Beijing\twikidata\tQ956\t").contains("\t11\t\n");
    }
}
