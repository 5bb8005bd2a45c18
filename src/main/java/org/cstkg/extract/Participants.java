package org.cstkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * Who takes part in an event or a mission: the sentence's subject attending, speaking or presenting at a named event
 * ({@code X는 2025 중관촌 포럼 개막식에서 … 공개했다}, {@code X는 E에 참석해}), and a mission's crew named after it
 * ({@code 선저우 11호 우주인 A와 B}).
 */
final class Participants implements RelationRule {

    private static final Pattern AT_EVENT = Pattern.compile("^(?:\\([^)]*\\))?\\s?(?:\\S{0,6}\\s?)?"
            + "(?:개막식|폐막식|개막|본회의|행사|기간|현장|세션|분과|전시장)?\\s?(?:에서|에|에도)\\s[^.]{0,80}?(?:"
            + Cues.alternation("attend-verb") + ")");
    private static final Pattern CREW = Pattern.compile("^(?:\\([^)]*\\))?\\s?(?:" + Cues.alternation("crew-noun")
            + ")(?:인)?\\s?");

    @Override
    public String name() {
        return "participant";
    }

    /** {@code 개막식에서 X는 축사를 했다}: at the ceremony of the event the article named. */
    private static final Pattern AT_RECALLED = Pattern.compile("^(?:이번\\s|올해\\s|이날\\s)?(?:개막식|폐막식|개막|본회의|행사|대회|포럼|회의)"
            + "(?:에서|에)\\s");
    private static final Pattern ATTENDS = Pattern.compile("(?:" + Cues.alternation("attend-verb") + ")");

    @Override
    public void apply(Sentence s, FactSink sink) {
        Mention topic = s.topic();
        if (topic != null && AT_RECALLED.matcher(s.text()).lookingAt() && ATTENDS.matcher(s.after(topic)).find()
                && (s.entity(topic).type() == EntityType.Person || s.entity(topic).type().isOrganization())
                && s.top().stream().noneMatch(m -> s.entity(m).type() == EntityType.Event)) {
            Sentence.Recalled event = s.recall(Organisers.LAST_EVENT);
            if (event != null)
                sink.relation(s.entity(topic), "participatesIn", event.entity(), "participant-at-event-named-before",
                        event);
        }
        for (Mention m : s.top()) {
            Entity e = s.entity(m);
            if (e.type() == EntityType.Event && topic != null && topic.end() <= m.start()
                    && (s.entity(topic).type() == EntityType.Person || s.entity(topic).type().isOrganization())
                    && AT_EVENT.matcher(s.after(m)).lookingAt())
                sink.relation(s.entity(topic), "participatesIn", e, name());
            if (e.type() == EntityType.Program) {
                Matcher c = CREW.matcher(s.after(m));
                if (!c.lookingAt())
                    continue;
                int at = m.end() + c.end();
                for (Mention p : s.top()) // the crew: persons listed right after the crew noun
                    if (p.start() >= at && s.entity(p).type() == EntityType.Person) {
                        String gap = s.text().substring(at, p.start());
                        if (!Rx.matches(gap, "^(?:\\([^)]*\\))?\\s*(?:,|、|·|와|과|및)?\\s*$"))
                            break;
                        sink.relation(s.entity(p), "participatesIn", e, "crew-after-mission");
                        at = p.end();
                    }
            }
        }
    }
}
