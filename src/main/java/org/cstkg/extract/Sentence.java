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

    /** An entity a rule remembers, with the sentence that named it. */
    public record Recalled(Entity entity, int segment) {}

    private final Map<String, Recalled> memory;
    private final Recalled focus;

    Sentence(Article article, SegmentText text, List<Mention> mentions, Map<Mention, Entity> entities,
            Map<String, Recalled> memory) {
        this(article, text, mentions, entities, memory, null);
    }

    Sentence(Article article, SegmentText text, List<Mention> mentions, Map<Mention, Entity> entities,
            Map<String, Recalled> memory, Recalled focus) {
        this.memory = memory;
        this.focus = focus;
        this.article = article;
        this.text = text;
        this.mentions = mentions.stream().filter(entities::containsKey).toList();
        this.entities = entities;
        List<Mention> t = new ArrayList<>();
        for (Mention m : this.mentions)
            if (this.mentions.stream().noneMatch(o -> o.contains(m))
                    && !(!t.isEmpty() && isGlossOf(text.text(), t.get(t.size() - 1), m, entities)))
                t.add(m);
        this.top = List.copyOf(t);
    }

    /**
     * Whether {@code m} only glosses the name before it, in parentheses ({@code 국가우주국(CNSA)}): then the words
     * around the pair relate to the name, and the gloss is no name of its own between them.
     */
    static boolean isGlossOf(String text, Mention before, Mention m, Map<Mention, Entity> entities) {
        return entities.get(before) != null && entities.get(before) == entities.get(m) && m.start() > before.end()
                && text.substring(before.end(), m.start()).strip().equals("(") && m.end() < text.length()
                && text.charAt(m.end()) == ')';
    }

    /** Remembers an entity this sentence names, under a key of the rule's choosing, for later sentences. */
    public void remember(String key, Entity e) {
        memory.put(key, new Recalled(e, index()));
    }

    /**
     * What a rule remembered from this or an earlier sentence of the same article (the event it is about, the body
     * last made), or null.
     */
    public Recalled recall(String key) {
        return memory.get(key);
    }

    private static final java.util.regex.Pattern TITLED_SUBJECT = java.util.regex.Pattern.compile(
            "^\\s(?:\\S+\\s){0,2}?(?:" + Rx.anyOf(Cues.ROLES, false)
                    + ")(?:\\([^)]*\\))?(?:은|는|이|가)\\s[\\s\\S]*");

    /**
     * The topic: the first mention not inside another followed by 은/는 (or 이/가), or a person followed by a title that
     * is ({@code 왕즈강 과학기술부 부장은}); null if there is none.
     */
    public Mention topic() {
        for (Mention m : top) {
            // 선저우(神舟)는, '2024 중관춘 포럼'은: a gloss or the closing quote of a title before the particle
            String after = Rx.replaceFirst(after(m), "^(?:\\([^)]*\\)|['\"’”」』》〉])", "");
            if (Rx.matches(after, "^(은|는|이|가)\\s[\\s\\S]*"))
                return m;
            if (entity(m).type() == org.cstkg.rdf.EntityType.Person && TITLED_SUBJECT.matcher(after).matches())
                return m;
        }
        return null;
    }

    /**
     * The body the article is about (the organisation it names most, the headline counting), with the nearest sentence
     * up to this one that names it; null when the article names no organisation. {@code 초대 국장은 X} speaks of it.
     */
    public Recalled focus() {
        return focus;
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
