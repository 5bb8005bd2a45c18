package org.cstkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * Who makes a technology or builds a facility, in the forms {@link RelationRules} does not read: a company's own
 * product ({@code 오픈AI의 챗GPT}, {@code 자사의 X}), {@code X는 A가 (자체) 개발한 …}, and {@code A는 X 구축에 박차를 가하고}.
 */
final class Developers implements RelationRule {

    private static final Pattern OWN = Pattern.compile("(?:" + Cues.alternation("own-word") + ")의\\s?['\"]?$");
    /** {@code A(연구팀)이 (자체) 개발한 [a few words] X}, {@code A 연구팀이 X를 공개했다}. */
    private static final Pattern MAKER_SUBJECT = Pattern.compile("^(?:\\([^)]*\\))?\\s?(?:연구팀|연구진|교수팀|팀|개발팀)?"
            + "(?:이|가|은|는)\\s");
    private static final Pattern MADE_BEFORE = Pattern.compile("(?:" + Cues.alternation("own-word") + ")?\\s?(?:적으로\\s?)?"
            + "(?:개발|구축|제작|연구제작|설계|연구개발)한\\s(?:\\S+\\s){0,3}['\"‘]?$");
    private static final Pattern MADE_AFTER = Pattern.compile("^['\"’]?\\s?(?:을|를)\\s(?:\\S+\\s){0,2}?(?:"
            + Cues.alternation("develop-verb") + ")");
    private static final Pattern MADE_BY = Pattern.compile("^(?:\\([^)]*\\))?\\s?(?:이|가)\\s?(?:"
            + Cues.alternation("own-word") + ")?\\s?(?:적으로\\s?)?(?:개발|구축|제작|연구제작|설계)한");

    /** {@code 'X' 구축에 박차를 가하고}, {@code X 개발에 착수}: the making of X, taken on by the sentence's subject. */
    private static final Pattern TAKEN_ON = Pattern.compile("^['\"’”]?\s?(?:" + Cues.alternation("make-noun")
            + ")\s?(?:작업|사업|프로젝트)?(?:에|을|를)\s?(?:본격\s?)?(?:적극\s?)?(?:" + Cues.alternation("take-on-verb") + ")");

    @Override
    public String name() {
        return "maker";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        Mention topic = s.topic();
        for (int i = 0; i < s.top().size(); i++) {
            Mention x = s.top().get(i);
            Entity product = s.entity(x);
            if (product.type() != EntityType.Technology && product.type() != EntityType.Facility)
                continue;
            if (product.type() == EntityType.Technology && i > 0) { // 오픈AI의 챗GPT
                Mention a = s.top().get(i - 1);
                Entity maker = s.entity(a);
                if (maker.type() == EntityType.Company && Rx.matches(s.between(a, x), "^(?:\\([^)]*\\))?의\\s?['\"]?$"))
                    sink.relation(product, "developedBy", maker, "maker-possessive");
            }
            if (product.type() == EntityType.Technology && topic != null && topic.end() <= x.start()
                    && s.entity(topic).type() == EntityType.Company
                    && OWN.matcher(s.text().substring(Math.max(0, x.start() - 8), x.start())).find())
                sink.relation(product, "developedBy", s.entity(topic), "maker-own-product"); // 바이두는 자사의 X
            // A(연구팀)이 (자체) 개발한 … X; A 연구팀이 X를 공개했다
            for (int k = i - 1; k >= 0; k--) {
                Mention a = s.top().get(k);
                if (!Arguments.isBody(s.entity(a)) || !MAKER_SUBJECT.matcher(s.after(a)).lookingAt())
                    continue;
                String between = s.text().substring(a.end(), x.start());
                int verb = between.indexOf(' ');
                String rest = verb < 0 ? "" : between.substring(verb + 1);
                if (MADE_BEFORE.matcher(rest).find() && rest.length() < 40
                        || x.end() < s.text().length() && MADE_AFTER.matcher(s.after(x)).lookingAt()
                                && s.top().subList(k + 1, i).stream().noneMatch(o -> Arguments.isBody(s.entity(o))))
                    sink.relation(product, "developedBy", s.entity(a), "maker-subject");
                break;
            }
            // A는 X 구축에 박차를 가하고 있다: no other body (or place as subject) between the subject and X
            if (topic != null && topic.end() <= x.start() && Arguments.isBody(s.entity(topic))
                    && TAKEN_ON.matcher(s.after(x)).lookingAt() && s.top().stream().noneMatch(o -> o.start() >= topic.end()
                            && o.end() <= x.start() && (Arguments.isBody(s.entity(o)) || Arguments.BODY.test(s.entity(o))
                                    && MAKER_SUBJECT.matcher(s.after(o)).lookingAt())))
                sink.relation(product, "developedBy", s.entity(topic), "maker-takes-on");
            // X는 A가 (자체) 개발한 …
            if (topic == x)
                for (Mention a : s.top())
                    if (a.start() > x.end() && Arguments.isBody(s.entity(a))) {
                        Matcher m = MADE_BY.matcher(s.after(a));
                        if (m.lookingAt())
                            sink.relation(product, "developedBy", s.entity(a), "maker-of-topic");
                        break;
                    }
        }
    }
}
