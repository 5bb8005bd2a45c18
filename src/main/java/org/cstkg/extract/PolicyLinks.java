package org.cstkg.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * One policy made to carry out or to change another, both named in the sentence: {@code 'X'를 관철하기 위해 'Y'를 발표},
 * {@code 'X'에 따라 마련한 'Y'}, {@code 为贯彻落实《X》…制定《Y》} give Y implements X; {@code 'X'를 개정한 'Y'} gives Y
 * revises X. The cue words are the lists implement-verb, implement-purpose, implement-basis, implement-zh and
 * revise-verb of {@code data/lexicon/cues.tsv}.
 */
final class PolicyLinks implements RelationRule {

    private static final String PARTICLE = "(?:\\([^)]*\\))?[’'”\"》〉]?\\s?";
    /** What follows the policy carried out: 을 관철하기 위해, 의 이행을 위해, 에 따라. */
    private static final Pattern CARRIED_OUT = Pattern.compile("^" + PARTICLE + "(?:(?:을|를|의)\\s?(?:"
            + Cues.alternation("implement-verb") + ")(?:을|를)?\\s?(?:" + Cues.alternation("implement-purpose") + ")|(?:"
            + Cues.alternation("implement-basis") + "))");
    /** What comes before the policy carried out in Chinese: 为贯彻落实《. */
    private static final Pattern CARRIED_OUT_ZH = Pattern.compile("(?:" + Cues.alternation("implement-zh") + ")\\s?[《〈]?$");
    /** What follows the policy changed: 을 개정한, 를 수정해. */
    private static final Pattern CHANGED = Pattern.compile("^" + PARTICLE + "(?:을|를)\\s?(?:"
            + Cues.alternation("revise-verb") + ")(?:한|하여|해|했|하고)");

    @Override
    public String name() {
        return "policy-links";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        List<Mention> policies = s.top().stream().filter(m -> s.entity(m).type() == EntityType.Policy).toList();
        if (policies.size() < 2)
            return;
        for (int i = 0; i < policies.size() - 1; i++) {
            Mention earlier = policies.get(i), later = policies.get(i + 1);
            if (s.entity(earlier).canonical() == s.entity(later).canonical())
                continue;
            String before = s.text().substring(Math.max(0, earlier.start() - 8), earlier.start());
            if (CARRIED_OUT.matcher(s.after(earlier)).lookingAt() || CARRIED_OUT_ZH.matcher(before).find())
                sink.relation(s.entity(later), "implements", s.entity(earlier), "implements-earlier");
            else if (CHANGED.matcher(s.after(earlier)).lookingAt())
                sink.relation(s.entity(later), "revises", s.entity(earlier), "revises-earlier");
        }
    }
}
