package org.cstkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * Who organises an event: {@code A, B, C가 공동 주최하고 D, E가 주관하며}, {@code A가 주최한 E}, {@code A에서 개최한 E}.
 * The event is the one named after the verb, the sentence's topic, or, for {@code 올해 포럼은 …}, the event the
 * article last named. Sponsors ({@code 후원}) are not organisers.
 */
final class Organisers implements RelationRule {

    private static final Pattern VERB = Pattern.compile("(?:" + Cues.alternation("organise-verb") + ")");
    private static final Pattern EVENT_WORD = Pattern.compile("(?:" + Cues.alternation("event-word") + ")");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "^(?:하는|한|하에|로|으로|하고|하며|하여|해)?\\s*(?:열린|개최된|열리는|진행된|진행되는|개최되는|열릴|개최될)?\\s*['\"]?");
    static final String LAST_EVENT = "last-event";

    @Override
    public String name() {
        return "organiser-of-event";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        for (Mention m : s.top())
            if (s.entity(m).type() == EntityType.Event)
                s.remember(LAST_EVENT, s.entity(m));
        Matcher v = VERB.matcher(s.text());
        while (v.find()) {
            if (v.start() > 0 && Character.isLetter(s.text().charAt(v.start() - 1))
                    && !s.text().substring(0, v.start()).endsWith("공동"))
                continue; // inside a longer word
            Sentence.Recalled event = event(s, v);
            if (event == null)
                continue;
            List<Mention> organisers = Arguments.listBefore(s, v.start(), Arguments.BODY);
            for (Mention o : organisers)
                sink.relation(event.entity(), "organizedBy", s.entity(o), name(), event);
        }
    }

    /** The event of an organising verb, with the sentence that names it. */
    private static Sentence.Recalled event(Sentence s, Matcher v) {
        String after = s.text().substring(v.end());
        Matcher a = AFTER_VERB.matcher(after);
        if (a.lookingAt()) {
            Mention next = Arguments.nextOf(s, v.end() + a.end(), 2, EntityType.Event);
            if (next != null)
                return new Sentence.Recalled(s.entity(next), s.index());
        }
        Mention topic = s.topic();
        if (topic != null && topic.end() <= v.start() && s.entity(topic).type() == EntityType.Event)
            return new Sentence.Recalled(s.entity(topic), s.index());
        // 올해 포럼은 …, 이번 대회는 …: the event the article has named
        Matcher w = EVENT_WORD.matcher(s.text().substring(0, v.start()));
        if (w.find() && Rx.matches(s.text().substring(w.end()), "^(은|는|이|가)\\s[\\s\\S]*")) {
            Sentence.Recalled last = s.recall(LAST_EVENT);
            return last != null && isA(last.entity(), w.group()) ? last : null;
        }
        return null;
    }

    /** Whether the event named before is what {@code 이번 포럼} speaks of: a 포럼 is no 박람회, any of them a 행사. */
    private static boolean isA(Entity event, String word) {
        return word.equals("행사") || event.koNames().stream().anyMatch(n -> n.contains(word)
                || word.equals("회의") && Rx.matches(n, ".*(회|포럼|세미나|심포지엄|컨퍼런스|콘퍼런스|서밋)$"));
    }
}
