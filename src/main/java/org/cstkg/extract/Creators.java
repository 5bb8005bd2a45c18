package org.cstkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * Who founds a body: {@code Y 설립은 A가 맡아 주관했다}, {@code A, B, C 등이 설립 작업에 함께 참여했다} (the body the
 * article last spoke of founding), {@code A가 설립한 Y}, {@code Y는 A와 B가 공동으로 설립한 연구기관이다}.
 */
final class Creators implements RelationRule {

    private static final String NOUN = "(?:" + Cues.alternation("establish-noun") + ")";
    private static final Pattern FOUNDING = Pattern.compile("^(?:\\([^)]*\\))?\\s?(?:을|를|이|가|은|는|의)?\\s?" + NOUN);
    private static final Pattern LED = Pattern.compile("(?:" + Cues.alternation("lead-verb") + ")(?:했|하고|하며|한|해)");
    private static final Pattern JOINED = Pattern.compile(NOUN + "\\s?(?:작업|사업|준비|과정)?(?:에|에도)\\s?(?:함께|공동으로)?\\s?참여");
    private static final Pattern FOUNDED_BY = Pattern.compile(NOUN + "한\\s");
    /** After {@code 설립한}: the kind of body the topic is, then the copula ({@code 연구기관이다}, {@code 기업으로}). */
    private static final Pattern KIND_IS = Pattern.compile("^(?:\\S+\\s){0,2}?(?:" + Cues.alternation("body-kind")
            + ")(?:이다|입니다|이며|이고|으로서|로서|으로|로|다)(?:[\\s,.]|$)");
    static final String LAST_FOUNDED = "last-founded";

    @Override
    public String name() {
        return "founder";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        Entity founded = null;
        for (Mention m : s.top())
            if ((Arguments.isBody(s.entity(m)) || s.entity(m).type() == org.cstkg.rdf.EntityType.Facility)
                    && FOUNDING.matcher(s.after(m)).lookingAt()) {
                founded = s.entity(m);
                s.remember(LAST_FOUNDED, founded);
                break;
            }
        if (founded != null) { // Y 설립은 A가 (맡아) 주관했다
            Matcher l = LED.matcher(s.text());
            while (l.find())
                for (Mention a : Arguments.listBefore(s, l.start(), Arguments.BODY))
                    sink.relation(founded, "establishedBy", s.entity(a), "founder-leads");
        }
        Matcher j = JOINED.matcher(s.text());
        while (j.find()) { // A, B 등이 설립 작업에 참여했다
            Sentence.Recalled target = s.recall(LAST_FOUNDED);
            if (target == null)
                continue;
            List<Mention> list = Arguments.listBefore(s, j.start(), Arguments.BODY);
            for (Mention a : list)
                sink.relation(target.entity(), "establishedBy", s.entity(a), "founder-joins", target);
        }
        Matcher f = FOUNDED_BY.matcher(s.text());
        while (f.find()) { // A가 설립한 Y
            Mention y = Arguments.nextOf(s, f.end(), 1, org.cstkg.rdf.EntityType.values());
            String rule = "founder-before-founded";
            if (y == null && KIND_IS.matcher(s.text().substring(f.end())).lookingAt()) {
                y = s.topic(); // Y는 A와 B가 공동으로 설립한 연구기관이다
                rule = "founder-of-topic";
            }
            if (y == null || !Arguments.isBody(s.entity(y)))
                continue;
            for (Mention a : Arguments.listBefore(s, f.start(), Arguments.BODY))
                if ((y.start() > f.start() || a.start() >= y.end()) && s.entity(a) != s.entity(y))
                    sink.relation(s.entity(y), "establishedBy", s.entity(a), rule);
        }
    }
}
