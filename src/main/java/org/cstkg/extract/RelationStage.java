package org.cstkg.extract;

import java.util.Set;

/** Relations and literal facts of each article, read by {@link RelationRules} from its segments and tables. */
final class RelationStage implements Stage {

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.ENTITIES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.FACTS);
    }

    @Override
    public void apply(Work work) {
        for (Work.Part p : work.parts) {
            RelationRules relations = new RelationRules(p.article, work.document.date(), p.segments, p.entities);
            relations.run();
            p.facts.addAll(relations.facts());
            p.roles.addAll(relations.roles());
        }
    }
}
