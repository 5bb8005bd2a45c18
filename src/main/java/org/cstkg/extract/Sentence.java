package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cstkg.document.Article;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * One segment as relation rules see it: its normalised text, its mentions in reading order with the entity each
 * names, and the article it belongs to.
 */
public final class Sentence {

    private final Article article;
    private final SegmentText text;
    private final List<Mention> mentions;
    private final List<Mention> top;
    private final Map<Mention, Entity> entities;

    private final Map<String, Entity> memory;

    Sentence(Article article, SegmentText text, List<Mention> mentions, Map<Mention, Entity> entities,
            Map<String, Entity> memory) {
        this.memory = memory;
        this.article = article;
        this.text = text;
        this.mentions = mentions.stream().filter(entities::containsKey).toList();
        this.entities = entities;
        List<Mention> t = new ArrayList<>();
        for (Mention m : this.mentions)
            if (this.mentions.stream().noneMatch(o -> o.contains(m)))
                t.add(m);
        this.top = List.copyOf(t);
    }

    /**
     * What rules remember from earlier sentences of the same article (the event it is about, the body last made), by
     * a key of the rule's choosing.
     */
    public Map<String, Entity> memory() {
        return memory;
    }

    /** The topic: the first mention not inside another, followed by 은/는 (or 이/가), or null. */
    public Mention topic() {
        for (Mention m : top) {
            String after = after(m).replaceFirst("^\\([^)]*\\)", "");
            if (after.matches("^(은|는|이|가)\\s.*"))
                return m;
            if (!after.matches("^\\s.*"))
                continue;
        }
        return null;
    }

    /** The article, or null for a digest's summary. */
    public Article article() {
        return article;
    }

    public int index() {
        return text.index();
    }

    public String text() {
        return text.text();
    }

    /** Every mention, nested ones too, by position. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** Mentions not inside another mention, by position. */
    public List<Mention> top() {
        return top;
    }

    public Entity entity(Mention m) {
        return entities.get(m).canonical();
    }

    /** The text between two mentions (empty when they touch or overlap). */
    public String between(Mention a, Mention b) {
        return a.end() <= b.start() ? text().substring(a.end(), b.start()) : "";
    }

    public String after(Mention m) {
        return text().substring(m.end());
    }

    public String before(Mention m) {
        return text().substring(0, m.start());
    }
}
