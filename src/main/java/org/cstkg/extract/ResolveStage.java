package org.cstkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * One entity per real thing: each mention, in reading order, is resolved (gazetteer entry, Chinese name, Korean name,
 * spelling variant); {@code 동 챗봇} and the like take the last technology or organisation named before them.
 */
final class ResolveStage implements Stage {

    @Override
    public String name() {
        return "resolution";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.MENTIONS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.ENTITIES);
    }

    @Override
    public void apply(Work work) {
        for (Work.Part p : work.parts) {
            Entity lastTech = null, lastOrg = null;
            for (int i = 0; i < p.texts.size(); i++) {
                String text = p.texts.get(i).text();
                int seg = p.texts.get(i).index();
                List<Mention> ms = p.mentions.get(i);
                List<int[]> corefs = PatternRecognizer.coreferences(text);
                for (Mention m : List.copyOf(ms)) {
                    for (int[] c : corefs)
                        if (c[1] <= m.start())
                            addCoref(text, c, seg, lastTech, lastOrg, ms, p.entities);
                    corefs.removeIf(c -> c[1] <= m.start());
                    if (p.entities.containsKey(m))
                        continue;
                    Entity e = work.resolver.resolve(m);
                    p.entities.put(m, e);
                    boolean nested = ms.stream().anyMatch(o -> o.contains(m));
                    if (e.type() == EntityType.Technology && !nested)
                        lastTech = e;
                    if (e.type().isOrganization() && !nested)
                        lastOrg = e;
                }
                for (int[] c : corefs)
                    addCoref(text, c, seg, lastTech, lastOrg, ms, p.entities);
            }
        }
    }

    private static void addCoref(String text, int[] c, int segment, Entity lastTech, Entity lastOrg,
            List<Mention> ms, Map<Mention, Entity> entities) {
        String phrase = text.substring(c[0], c[1]);
        Entity target = PatternRecognizer.corefTechnology(phrase) ? lastTech : lastOrg;
        if (target == null || ms.stream().anyMatch(m -> m.start() == c[0] && m.rule().equals("coref")))
            return;
        Mention m = new Mention(segment, c[0], c[1], phrase, target.type(), phrase, null, null, null, null, "coref");
        ms.add(m);
        entities.put(m, target);
    }
}
