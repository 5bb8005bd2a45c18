package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * The arguments of a Korean predicate found through particles and coordination: the list of names that ends right
 * before a verb ({@code A, B와 C 등 정부 부처가 공동 주최}), and the names a sentence is about.
 */
final class Arguments {

    private Arguments() {}

    /** Between the last name of a list and its verb: 등, a collective noun, a case particle, 공동으로 … */
    private static final Pattern TAIL = Pattern.compile("^(?:\\([^)]*\\))?\\s*(?:등\\s*(?:\\d+\\s*여?\\s*개\\s*)?"
            + "(?:정부\\s*)?(?:부처|기관|단위|부문|기업|대학|연구소|연구기관|국가|지역|조직)?\\s*)?"
            + "(?:이|가|은|는|에서|과|와|도)?\\s*(?:공동으로|공동|함께|맡아|직접|각각)?\\s*$");
    /** Between two names of a list. */
    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\([^)]*\\))?\\s*(?:,|、|·|와|과|및|그리고|,\\s*그리고)?\\s*$");

    /** Organisations, and places that act as governments (북경시가 주최). */
    static final Predicate<Entity> BODY = e -> e.type().isOrganization() || e.type() == EntityType.Region;

    /**
     * The list of names of the given kind that ends right before {@code at}, in reading order; empty if the words
     * before {@code at} are not such a list.
     */
    static List<Mention> listBefore(Sentence s, int at, Predicate<Entity> kind) {
        List<Mention> top = s.top();
        List<Mention> out = new ArrayList<>();
        int i = top.size() - 1;
        while (i >= 0 && top.get(i).end() > at)
            i--;
        if (i < 0 || !TAIL.matcher(s.text().substring(top.get(i).end(), at)).matches()
                || !kind.test(s.entity(top.get(i))))
            return out;
        out.add(0, top.get(i));
        for (int j = i - 1; j >= 0; j--) {
            Mention m = top.get(j);
            if (!kind.test(s.entity(m)) || !SEPARATOR.matcher(s.text().substring(m.end(), out.get(0).start())).matches())
                break;
            out.add(0, m);
        }
        // a list of places alone is a list of places, not of bodies
        if (out.stream().noneMatch(m -> s.entity(m).type().isOrganization()))
            out.clear();
        return out;
    }

    /** The first mention that starts at or after {@code from} (spaces and quotes between allowed) of a type. */
    static Mention nextOf(Sentence s, int from, int within, EntityType... types) {
        for (Mention m : s.top())
            if (m.start() >= from && m.start() - from <= within)
                for (EntityType t : types)
                    if (s.entity(m).type() == t)
                        return m;
        return null;
    }

    static boolean isBody(Entity e) {
        return e.type().isOrganization();
    }
}
