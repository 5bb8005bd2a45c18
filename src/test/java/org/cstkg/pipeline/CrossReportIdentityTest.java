package org.cstkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thing named in two weekly reports, spelled differently, keeps one IRI. */
class CrossReportIdentityTest {

    static String digest(String date, String lead, String bullet) {
        return """
                중국 과학기술 정책 주/간/동/향

                I

                정책동향

                01 지역 동향

                ■ %s(5.3)

                - %s

                | 발 행 일 | %s
                """.formatted(lead, bullet, date);
    }

    static Set<String> centres(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e rdfs:label|skos:altLabel ?l }
                      FILTER(CONTAINS(STR(?l), "양자 혁신 연구센터") || CONTAINS(STR(?l), "양자혁신연구센터")) }
                    """).build()) {
                Set<String> out = new java.util.HashSet<>();
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI()));
                return out;
            }
        });
    }

    @Test
    void spellingVariantInALaterReportMeetsTheEarlierEntity(@TempDir Path dir) throws Exception {
        Path week1 = Files.writeString(dir.resolve("w1.txt"), digest("2024. 5. 10",
                "허페이시는 '창장 양자 혁신 연구센터'를 설립", "창장 양자 혁신 연구센터는 양자 통신을 연구"));
        Path week2 = Files.writeString(dir.resolve("w2.txt"), digest("2024. 5. 17",
                "창쟝 양자 혁신 연구센터는 새 장비를 공개", "창쟝 양자 혁신 연구센터는 인재를 모집"));
        GraphStore store = GraphStore.inMemory();
        Ingest.ingestAll(store, List.of(week1));
        Set<String> first = centres(store);
        assertEquals(1, first.size(), first.toString());
        Ingest.ingestAll(store, List.of(week2));
        Set<String> both = centres(store);
        assertEquals(first, both, "the second report's spelling joins the first report's entity");
        assertTrue(both.iterator().next().startsWith("https://w3id.org/cstkg/id/org/"));
    }

    @Test
    void spellingVariantInTheSameBatchMeetsTheEarlierDocument(@TempDir Path dir) throws Exception {
        Path week1 = Files.writeString(dir.resolve("w1.txt"), digest("2024. 5. 10",
                "허페이시는 '창장 양자 혁신 연구센터'를 설립", "창장 양자 혁신 연구센터는 양자 통신을 연구"));
        Path week2 = Files.writeString(dir.resolve("w2.txt"), digest("2024. 5. 17",
                "창쟝 양자 혁신 연구센터는 새 장비를 공개", "창쟝 양자 혁신 연구센터는 인재를 모집"));
        for (int threads : new int[] { 1, 2 }) {
            GraphStore store = GraphStore.inMemory();
            Ingest.ingestAll(store, List.of(week1, week2), new Pipeline(org.cstkg.source.SourceReader.create(), true),
                    threads, null);
            Set<String> both = centres(store);
            assertEquals(1, both.size(), threads + " thread(s): " + both);
        }
    }
}
