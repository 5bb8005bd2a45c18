package org.cstkg.extract;

import java.util.Set;

/** Korean words the document writes with their Hanja anywhere ({@code 평칭(鹏城)}), for names built of them elsewhere. */
final class GlossStage implements Stage {

    @Override
    public String name() {
        return "glosses";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.GLOSSES);
    }

    @Override
    public void apply(Work work) {
        for (Work.Part p : work.parts)
            for (SegmentText t : p.texts)
                PatternRecognizer.collectGlosses(t.text(), work.glosses);
    }
}
