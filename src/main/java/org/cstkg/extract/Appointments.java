package org.cstkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * Posts named with the title first or at a distance, in the forms {@link RelationRules} does not read:
 * {@code 초대 국장은 리우례훙} (the body the article is about, or the one named with the title),
 * {@code A의 원장은 … B가 맡게 되며}, {@code A의 장리 소장}, {@code 딩쉐샹 상무위원 겸 국무원 부총리} (a concurrent post).
 */
final class Appointments implements RelationRule {

    private static final String ROLE = "(" + Rx.anyOf(Cues.ROLES, false) + ")";
    private static final Pattern TITLE_IS = Pattern.compile(
            "(?:(?:초대|신임|현|새|차기|현직)\\s)?" + ROLE + "(?:은|는|으로는|에는)\\s$");
    private static final Pattern BODY_TITLE_IS = Pattern.compile("^의\\s(?:(?:초대|신임|현|새|차기)\\s)?" + ROLE
            + "(?:은|는|으로는|에는)\\s");
    private static final Pattern TAKES = Pattern.compile("^(?:\\([^)]*\\))?\\s?(?:\\S+\\s)?(?:이|가|은|는)?\\s?"
            + "(?:\\S+\\s)?(?:맡|겸임|겸직|선임|임명|취임)");
    private static final Pattern CONCURRENT = Pattern.compile("^\\s?겸\\s$");

    @Override
    public String name() {
        return "appointment";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        var top = s.top();
        for (int i = 0; i < top.size(); i++) {
            Mention p = top.get(i);
            Entity person = s.entity(p);
            if (person.type() != EntityType.Person)
                continue;
            String before = s.before(p);
            Matcher t = TITLE_IS.matcher(before);
            if (t.find()) { // (A의) 초대 국장은 X
                Mention body = i > 0 ? top.get(i - 1) : null;
                // the title may be the end of the body's own name (…연구원은): then it is no title before a name
                if (body != null && Arguments.isBody(s.entity(body)) && body.end() <= t.start()
                        && Rx.matches(s.text().substring(body.end(), t.start()), "^(?:\\([^)]*\\))?의\\s$"))
                    post(sink, s, person, s.entity(body), t.group(1), null);
                else if (s.focus() != null && s.focus().entity() != person)
                    post(sink, s, person, s.focus().entity(), t.group(1), s.focus());
            }
            // A의 장리 소장; A(ABC) 장리(張立) 부국장: the body right before the name, its gloss or acronym between
            Mention prev = i > 0 ? top.get(i - 1) : null;
            if (prev != null && i > 1 && s.text().substring(top.get(i - 2).end(), prev.start()).equals("(")
                    && s.entity(prev) == s.entity(top.get(i - 2)))
                prev = top.get(i - 2); // 중국국가항천국(CNSA): the acronym is the same body
            if (prev != null && Arguments.isBody(s.entity(prev))
                    && Rx.matches(s.text().substring(prev.end(), p.start()), "^(?:\\([^)]*\\))?(?:의)?\\s$")) {
                String role = roleRightAfter(s.after(p));
                if (role != null)
                    post(sink, s, person, s.entity(prev), role, null);
            }
            // A의 원장은 … B가 맡는다
            if (TAKES.matcher(s.after(p)).lookingAt())
                for (int k = 0; k < i; k++) {
                    Matcher b = BODY_TITLE_IS.matcher(s.after(top.get(k)));
                    if (Arguments.isBody(s.entity(top.get(k))) && b.lookingAt() && b.end() + top.get(k).end() <= p.start())
                        post(sink, s, person, s.entity(top.get(k)), b.group(1), null);
                }
            // X 상무위원 겸 A 부총리: the body after 겸 with its title
            for (int k = i + 1; k < top.size(); k++) {
                Mention body = top.get(k);
                if (!Arguments.isBody(s.entity(body)))
                    continue;
                String gap = s.text().substring(top.get(k - 1).end(), body.start());
                String role = roleRightAfter(s.after(body));
                if (role != null && Rx.matches(gap, "^\\s?(?:\\S+\\s)?겸\\s$"))
                    post(sink, s, person, s.entity(body), role, null);
                if (!Rx.matches(gap, "^\\s?(?:\\S+\\s)?(?:겸\\s)?$"))
                    break;
            }
        }
    }

    private static void post(FactSink sink, Sentence s, Entity person, Entity body, String role,
            Sentence.Recalled context) {
        if (context == null)
            sink.relation(person, "affiliatedWith", body, "title-of-body");
        else
            sink.relation(person, "affiliatedWith", body, "title-of-body-named-before", context);
        sink.role(new Role(person, body, role, null, s.index()));
    }

    /** A title right after a name (its gloss and a particle allowed), or null. */
    private static String roleRightAfter(String after) {
        String t = Rx.replaceFirst(after, "^(?:\\([^)]*\\))?\\s?", "");
        String best = null;
        for (String r : Cues.ROLES)
            if (t.startsWith(r) && (t.length() == r.length() || !Texts.isHangul(t.charAt(r.length()))
                    || Cues.particleAt(t, r.length()))
                    && (best == null || r.length() > best.length()))
                best = r;
        return best;
    }
}
