package org.cstkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The builder checks, when it is built, that each stage finds what it needs provided before it. */
class StageOrderTest {

    @Test
    void theStandardStagesAreInAWorkingOrder() {
        assertEquals(List.of("text", "glosses", "mentions", "aliases", "resolution", "relations", "cited-titles", "notice", "policy-records",
                "publisher"), Extractor.standard().stages());
    }

    @Test
    void aStageBeforeWhatItNeedsIsRefusedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Extractor.builder(List.of())
                .stage(new TextStage()).stage(new RelationStage()).stage(new ResolveStage()).build());
        assertTrue(e.getMessage().contains("stage 'relations' needs [ENTITIES]"), e.getMessage());
        assertTrue(e.getMessage().contains("stages before it: text"), e.getMessage());
        IllegalStateException m = assertThrows(IllegalStateException.class, () -> Extractor.builder(List.of())
                .stage(new TextStage()).stage(new MentionStage(List.of())).build());
        assertTrue(m.getMessage().contains("'mentions' needs [GLOSSES]"), m.getMessage());
    }

    @Test
    void aStageOfOnesOwnRunsInItsPlace() {
        List<String> seen = new java.util.ArrayList<>();
        Stage counter = new Stage() {
            public String name() {
                return "count";
            }

            public java.util.Set<Annotation> requires() {
                return java.util.Set.of(Annotation.TEXT);
            }

            public java.util.Set<Annotation> provides() {
                return java.util.Set.of();
            }

            public void apply(Work work) {
                work.parts().forEach(p -> p.texts().forEach(t -> seen.add(t.text())));
            }
        };
        Extractor x = Extractor.builder(List.of()).stage(new TextStage()).stage(counter).build();
        x.extract(ExtractorTest.document("제목", "첫 문장이다."));
        assertEquals(List.of("제목", "첫 문장이다."), seen);
    }
}
