package org.cstkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Segment;
import org.cstkg.resolve.Entity;
import org.cstkg.resolve.EntityResolver;
import org.cstkg.span.Mention;

/**
 * What the stages have found so far in one document: per article (and the digest's summary) the segments' texts,
 * mentions, entities and facts; the glosses of the whole document; the resolver that keeps one entity per thing.
 */
public final class Work {

    /** One article (or the summary, where {@code article} is null) under work. */
    public static final class Part {
        final Article article;
        final List<Segment> segments;
        final List<SegmentText> texts = new ArrayList<>();
        /** Mentions per segment, by position. */
        final List<List<Mention>> mentions = new ArrayList<>();
        final Map<Mention, Entity> entities = new LinkedHashMap<>();
        final List<Fact> facts = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();
        /** Media the article cites as its sources (신화통신에 따르면, 출처: 과기일보). */
        final java.util.Set<org.cstkg.lexicon.Media.Outlet> sources = new java.util.LinkedHashSet<>();

        Part(Article article, List<Segment> segments) {
            this.article = article;
            this.segments = segments;
        }

        /** The article, or null for a digest's summary. */
        public Article article() {
            return article;
        }

        public List<SegmentText> texts() {
            return Collections.unmodifiableList(texts);
        }

        Unit unit() {
            List<Mention> all = new ArrayList<>();
            mentions.forEach(all::addAll);
            return new Unit(article, segments, all.stream().filter(entities::containsKey).toList(), entities, facts,
                    roles, List.copyOf(sources));
        }
    }

    final Document document;
    final EntityResolver resolver;
    final List<Part> parts = new ArrayList<>();
    final Map<String, String> glosses = new HashMap<>();
    Entity publisher;

    Work(Document document, EntityResolver resolver) {
        this.document = document;
        this.resolver = resolver;
        parts.add(new Part(null, document.summary()));
        for (Article a : document.articles())
            parts.add(new Part(a, a.segments()));
    }

    public Document document() {
        return document;
    }

    /** The summary first (empty for documents without one), then the articles in order. */
    public List<Part> parts() {
        return Collections.unmodifiableList(parts);
    }

    Extraction result() {
        List<Unit> units = parts.stream().map(Part::unit).toList();
        return new Extraction(document, publisher, units.get(0), units.subList(1, units.size()), resolver.entities());
    }
}
