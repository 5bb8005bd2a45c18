package org.cstkg.extract;

import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * Where an event takes place, told with the event as the topic: {@code 2024 중관촌 포럼은 4월 25일~29일 북경에서
 * 진행된다}, {@code 대회는 8일 상하이에서 개막했다}.
 */
final class Venues implements RelationRule {

    private static final Pattern HELD = Pattern.compile("^(?:\\([^)]*\\))?에서\\s(?:\\S+\\s)?(?:진행|개최|열리|열린|열렸|열릴|개막|폐막|거행)");

    @Override
    public String name() {
        return "venue-of-event";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        Mention topic = s.topic();
        Sentence.Recalled event = null;
        if (topic != null && s.entity(topic).type() == EntityType.Event)
            event = new Sentence.Recalled(s.entity(topic), s.index());
        if (event == null)
            return;
        for (Mention m : s.top())
            if (m.start() > topic.end() && s.entity(m).type() == EntityType.Region && HELD.matcher(s.after(m)).lookingAt())
                sink.relation(event.entity(), "locatedIn", s.entity(m), name());
    }
}
