package org.cstkg.extract;

import java.util.Set;

import org.cstkg.document.Segment;

/** Normalises every segment's text once; later stages read {@link SegmentText}s, never the raw text again. */
final class TextStage implements Stage {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of();
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.TEXT);
    }

    @Override
    public void apply(Work work) {
        for (Work.Part p : work.parts)
            for (Segment s : p.segments)
                p.texts.add(SegmentText.of(s));
    }
}
