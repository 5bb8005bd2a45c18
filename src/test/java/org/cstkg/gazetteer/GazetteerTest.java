package org.cstkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.cstkg.rdf.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final String HEADER = Gazetteer.HEADER;
    private static final Set<String> GENERIC = Set.of("센터", "실험실", "연구소", "대학", "과학원", "위원회", "정부", "부",
            "국", "청");

    private static Gazetteer curated;

    @BeforeAll
    static void load() {
        curated = Gazetteer.load();
    }

    @Test
    void loadsAllCuratedFilesWithEnoughEntries() {
        assertEquals(12, Gazetteer.curatedFiles().size());
        assertTrue(curated.size() >= 600, "only " + curated.size() + " entries");
        for (EntityType t : EntityType.values())
            assertTrue(curated.entries().stream().anyMatch(e -> e.type() == t), "no entry of type " + t);
    }

    @Test
    void everyTsvInTheFolderIsListedInTheIndex() throws IOException {
        Path dir = Path.of("data", "gazetteer");
        List<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted().toList();
        }
        assertEquals(onDisk, Gazetteer.curatedFiles().stream().sorted().toList());
    }

    @Test
    void idsAreUniqueAcrossFiles() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> dups = new ArrayList<>();
        for (String f : Gazetteer.curatedFiles())
            for (String line : Files.readAllLines(Path.of("data", "gazetteer", f)))
                if (!line.isBlank() && !line.startsWith("#") && !line.equals(HEADER) && !seen.add(line.split("\t")[0]))
                    dups.add(f + ": " + line.split("\t")[0]);
        assertEquals(List.of(), dups);
        assertEquals(seen.size(), curated.size());
    }

    @Test
    void everyReferenceResolves() {
        for (Gazetteer g : List.of(curated, Gazetteer.loadWithDivisions()))
            for (GazetteerEntry e : g.entries()) {
                if (e.partOf() != null)
                    assertTrue(g.byId(e.partOf()).isPresent(), e.id() + " part_of " + e.partOf());
                if (e.locatedIn() != null)
                    assertEquals(EntityType.Region, g.byId(e.locatedIn()).orElseThrow().type(), e.id());
            }
    }

    @Test
    void everyCuratedEntryHasEnglishChineseAndKorean() {
        List<String> missing = curated.entries().stream()
                .filter(e -> e.en() == null || e.zhHans() == null || e.ko().isEmpty()).map(GazetteerEntry::id).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void noKoreanFormIsAGenericWord() {
        List<String> bad = new ArrayList<>();
        for (GazetteerEntry e : curated.entries())
            for (String ko : e.ko())
                if (GENERIC.contains(ko) || ko.length() < 2)
                    bad.add(e.id() + ": " + ko);
        assertEquals(List.of(), bad);
    }

    @Test
    void peopleHaveNoHierarchy() {
        curated.entries().stream().filter(e -> e.type() == EntityType.Person)
                .forEach(e -> assertTrue(e.partOf() == null && e.locatedIn() == null, e.id()));
    }

    @Test
    void looksUpByIdAndByChineseName() {
        GazetteerEntry miit = curated.byId("MIIT").orElseThrow();
        assertEquals(EntityType.GovernmentBody, miit.type());
        assertEquals("org", miit.type().kind());
        assertTrue(miit.ko().contains("공업정보화부"));
        assertEquals(List.of(miit), curated.byChinese("工业和信息化部"));
        assertEquals(List.of(curated.byId("Guangdong").orElseThrow()), curated.byChinese("廣東省"));
        assertEquals("Guangdong", curated.byId("Shenzhen").orElseThrow().partOf());
        assertEquals("ChinaSpaceStation", curated.byId("Shenzhou16").orElseThrow().partOf());
        assertEquals("program", curated.byId("Shenzhou16").orElseThrow().type().kind());
        assertTrue(curated.byChinese("不存在的机构").isEmpty());
        assertTrue(curated.byId("NoSuchId").isEmpty());
    }

    @Test
    void divisionsAddRegionsWithoutDuplicatingCuratedOnes() {
        Gazetteer all = Gazetteer.loadWithDivisions();
        assertTrue(all.size() > curated.size());
        for (GazetteerEntry e : all.entries())
            if (curated.byId(e.id()).isEmpty()) {
                assertEquals(EntityType.Region, e.type(), e.id());
                assertTrue(e.id().matches("CN\\d+"), e.id());
                assertTrue(curated.byChinese(e.zhHans()).isEmpty(), e.zhHans() + " is curated already");
            }
    }

    @Test
    void entriesAreImmutable() {
        GazetteerEntry e = curated.byId("CAS").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> e.ko().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> curated.entries().clear());
    }

    // malformed input: every error names the file and the line

    private static GazetteerException fails(String file, String text) {
        return assertThrows(GazetteerException.class, () -> Gazetteer.builder().add(file, text).build());
    }

    private static String tsv(String... rows) {
        return "# comment\n" + HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static void assertAt(GazetteerException e, String file, int line, String detail) {
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
        assertEquals(file, e.file());
        assertEquals(line, e.line());
    }

    @Test
    void wrongColumnCountNamesFileAndLine() {
        assertAt(fails("a.tsv", tsv("A\tRegion\tA\t甲\t\t\t가나\t\t\t\t", "B\tRegion\tB")), "a.tsv", 4, "columns");
    }

    @Test
    void unknownTypeNamesFileAndLine() {
        assertAt(fails("b.tsv", tsv("A\tCity\tA\t甲\t\t\t가나\t\t\t\t")), "b.tsv", 3, "unknown type 'City'");
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.builder()
                .add("c.tsv", tsv("A\tRegion\tA\t甲\t\t\t가나\t\t\t\t"))
                .add("d.tsv", tsv("", "A\tCompany\tA2\t乙\t\t\t다라\t\t\t\t")).build());
        assertAt(e, "d.tsv", 4, "duplicate id 'A'");
        assertTrue(e.getMessage().contains("c.tsv:3"), e.getMessage());
    }

    @Test
    void danglingReferencesNameFileAndLine() {
        assertAt(fails("e.tsv", tsv("A\tRegion\tA\t甲\t\t\t가나\t\t\t\t", "B\tCompany\tB\t乙\t\t\t다라\t\tNope\t\t")),
                "e.tsv", 4, "part_of names unknown id 'Nope'");
        assertAt(fails("f.tsv", tsv("A\tCompany\tA\t甲\t\t\t가나\t\t\tNope\t")), "f.tsv", 3,
                "located_in names unknown id 'Nope'");
        assertAt(fails("g.tsv", tsv("A\tCompany\tA\t甲\t\t\t가나\t\t\t\t", "B\tCompany\tB\t乙\t\t\t다라\t\t\tA\t")),
                "g.tsv", 4, "not a Region");
    }

    @Test
    void badWikidataIdNamesFileAndLine() {
        assertAt(fails("h.tsv", tsv("A\tRegion\tA\t甲\t\t\t가나\t\t\t\tP31")), "h.tsv", 3, "bad Wikidata id 'P31'");
    }

    @Test
    void badIdsHeadersAndLoopsAreRejected() {
        assertAt(fails("i.tsv", tsv("1A\tRegion\tA\t甲\t\t\t가나\t\t\t\t")), "i.tsv", 3, "bad id");
        assertAt(fails("j.tsv", "id\ttype\n"), "j.tsv", 1, "header must be");
        assertAt(fails("k.tsv", tsv("A\tRegion\tA\t甲\t\t\t가나\t\tB\t\t", "B\tRegion\tB\t乙\t\t\t다라\t\tA\t\t")),
                "k.tsv", 3, "loops");
        assertAt(fails("l.tsv", tsv("A\tRegion\t\t\t\t\t\t\t\t\t")), "l.tsv", 3, "no name");
    }

    @Test
    void validRowsParseIntoEntries() {
        Gazetteer g = Gazetteer.builder().add("m.tsv", tsv("CN\tRegion\tChina\t中国\t中國\tZhongguo\t중국\tPRC\t\t\tQ148",
                "X\tResearchInstitute\tX Lab\t某实验室\t\t\t엑스 실험실| 엑스랩 \t\t\tCN\t")).build();
        GazetteerEntry x = g.byId("X").orElseThrow();
        assertEquals(List.of("엑스 실험실", "엑스랩"), x.ko());
        assertEquals(null, x.zhHant());
        assertEquals("org", x.type().kind());
        assertEquals(List.of(g.byId("CN").orElseThrow()), g.byChinese("中國"));
        assertFalse(g.byId("CN").orElseThrow().abbr().isEmpty());
    }
}
