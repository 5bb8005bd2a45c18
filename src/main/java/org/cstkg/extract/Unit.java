package org.cstkg.extract;

import java.util.List;
import java.util.Map;

import org.cstkg.document.Article;
import org.cstkg.document.Segment;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * What one article (or the report's summary, where {@code article} is null) says: its segments, the mentions found
 * in them with the entity each names, the facts and roles read from them, and the media it cites as sources.
 */
public record Unit(Article article, List<Segment> segments, List<Mention> mentions, Map<Mention, Entity> entities,
        List<Fact> facts, List<Role> roles, List<org.cstkg.lexicon.Media.Outlet> sources) {

    public Unit {
        segments = List.copyOf(segments);
        mentions = List.copyOf(mentions);
        entities = Map.copyOf(entities);
        facts = List.copyOf(facts);
        roles = List.copyOf(roles);
        sources = List.copyOf(sources);
    }
}
