package org.cstkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * Which body another belongs to: {@code A가 관리하는 기구} (of the sentence's topic, or of the body the article is
 * about), {@code A 직속 X}, {@code A 산하 X}, {@code A 소속 X}.
 */
final class Hierarchy implements RelationRule {

    private static final Pattern MANAGED = Pattern.compile("^(?:\\([^)]*\\))?\\s?(?:이|가|에서)\\s?(?:"
            + Cues.alternation("manage-verb") + ")\\s?(?:국가\\s?)?(?:기구|기관|부처|조직|단위|부서)");
    private static final Pattern UNDER = Pattern.compile("^(?:\\([^)]*\\))?\\s(?:" + Cues.alternation("under-word")
            + ")\\s(?:\\S+\\s)?$");
    static final String LAST_BODY = "last-body-topic";

    @Override
    public String name() {
        return "part-of-body";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        Mention topic = s.topic();
        for (int i = 0; i < s.top().size(); i++) {
            Mention a = s.top().get(i);
            Entity parent = s.entity(a);
            if (!Arguments.isBody(parent))
                continue;
            Matcher m = MANAGED.matcher(s.after(a));
            if (m.lookingAt()) { // (X는) A가 관리하는 기구
                Sentence.Recalled child = topic != null && topic != a && Arguments.isBody(s.entity(topic))
                        ? new Sentence.Recalled(s.entity(topic), s.index()) : s.recall(LAST_BODY);
                if (child != null && child.entity() != parent)
                    sink.relation(child.entity(), "partOf", parent, "body-managed-by", child);
            }
            if (i + 1 < s.top().size()) { // A 직속 X
                Mention x = s.top().get(i + 1);
                Entity child = s.entity(x);
                if ((Arguments.isBody(child) || child.type() == EntityType.Facility)
                        && UNDER.matcher(s.between(a, x)).matches())
                    sink.relation(child, "partOf", parent, "body-under-body");
            }
        }
        if (topic != null && Arguments.isBody(s.entity(topic)))
            s.remember(LAST_BODY, s.entity(topic)); // after this sentence's own relations
    }
}
