package org.cstkg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cstkg.resolve.Entity;

/**
 * Relations and literal facts of each article: first {@link RelationRules} over its segments and tables, then each
 * {@link RelationRule} family over each sentence. A fact stated twice is kept once, with its first sentence.
 */
final class RelationStage implements Stage {

    private final List<RelationRule> families;
    private final java.util.function.Function<String, String> referenceOf;

    RelationStage() {
        this(id -> "data/gazetteer", List.of());
    }

    /** @param referenceOf where a gazetteer entry comes from, by id, for the provenance of background facts */
    RelationStage(java.util.function.Function<String, String> referenceOf, List<RelationRule> families) {
        this.referenceOf = referenceOf;
        this.families = List.copyOf(families);
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.ENTITIES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.FACTS);
    }

    @Override
    public void apply(Work work) {
        for (Work.Part p : work.parts) {
            RelationRules relations = new RelationRules(p.article, work.document.date(), p.segments, p.entities,
                    referenceOf);
            relations.run();
            p.facts.addAll(relations.facts());
            p.roles.addAll(relations.roles());
            if (families.isEmpty())
                continue;
            Set<String> seen = new HashSet<>();
            p.facts.forEach(f -> seen.add(key(f.subject(), f.predicate(), f.object(), f.value())));
            java.util.Map<String, Sentence.Recalled> memory = new java.util.HashMap<>();
            Entity focus = focus(p);
            int focusSeen = -1;
            for (int i = 0; i < p.texts.size(); i++) {
                int index = p.texts.get(i).index();
                if (focus != null && p.mentions.get(i).stream()
                        .anyMatch(m -> p.entities.containsKey(m) && p.entities.get(m).canonical() == focus))
                    focusSeen = index;
                Sentence.Recalled f = focus == null || focusSeen < 0 ? null : new Sentence.Recalled(focus, focusSeen);
                Sentence s = new Sentence(p.article, p.texts.get(i), p.mentions.get(i), p.entities, memory, f);
                for (RelationRule r : families)
                    r.apply(s, new RelationRule.FactSink() {
                        @Override
                        public void relation(Entity subject, String predicate, Entity object, String rule) {
                            relation(subject, predicate, object, rule, null);
                        }

                        @Override
                        public void relation(Entity subject, String predicate, Entity object, String rule,
                                Sentence.Recalled recalled) {
                            Entity a = subject.canonical(), b = object.canonical();
                            int context = recalled == null || recalled.segment() == s.index() ? -1 : recalled.segment();
                            if (a != b && !a.id().equals(b.id()) && seen.add(key(a, predicate, b, null)))
                                p.facts.add(Fact.relation(a, predicate, b, s.index(), context, rule));
                        }

                        @Override
                        public void role(Role role) {
                            // the same title, now with its body, replaces one read without
                            p.roles.removeIf(r -> r.person().canonical() == role.person().canonical()
                                    && r.in() == null && role.in() != null && java.util.Objects.equals(r.title(), role.title()));
                            if (p.roles.stream().noneMatch(r -> r.person().canonical() == role.person().canonical()
                                    && java.util.Objects.equals(r.title(), role.title())
                                    && (r.in() == null ? role.in() == null : role.in() != null
                                            && r.in().canonical() == role.in().canonical())))
                                p.roles.add(role);
                        }
                    });
            }
        }
    }

    /** The organisation the article names most often (the earliest of equals), or null. */
    private static Entity focus(Work.Part p) {
        java.util.Map<Entity, Integer> count = new java.util.LinkedHashMap<>();
        for (java.util.List<org.cstkg.span.Mention> ms : p.mentions)
            for (org.cstkg.span.Mention m : ms) {
                Entity e = p.entities.get(m);
                if (e != null && e.type().isOrganization() && ms.stream().noneMatch(o -> o.contains(m)))
                    count.merge(e.canonical(), 1, Integer::sum);
            }
        Entity best = null;
        for (java.util.Map.Entry<Entity, Integer> c : count.entrySet())
            if (best == null || c.getValue() > count.get(best))
                best = c.getKey();
        return best;
    }

    private static String key(Entity s, String p, Entity o, Object v) {
        return s.canonical().id() + " " + p + " " + (o != null ? o.canonical().id() : String.valueOf(v));
    }
}
