package org.cstkg.extract;

import java.util.Set;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * A digest's publisher (its 발행기관 line) as an organisation entity. A news outlet that published a story is the
 * story's source, recorded with the document, not an entity of the graph.
 */
final class PublisherStage implements Stage {

    private final Lexicon lexicon;

    PublisherStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "publisher";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.ENTITIES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.PUBLISHER);
    }

    @Override
    public void apply(Work work) {
        var d = work.document;
        if (!d.isDigest() || d.publisher() == null || d.publisher().isBlank())
            return;
        String name = d.publisher().strip();
        GazetteerEntry entry = lexicon.whole(name, EntityType.Organization).orElse(null);
        work.publisher = work.resolver.resolve(new Mention(-1, 0, name.length(), name, EntityType.Organization, name,
                null, null, null, entry, "publisher"));
    }
}
