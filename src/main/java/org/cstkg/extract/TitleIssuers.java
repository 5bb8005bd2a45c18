package org.cstkg.extract;

import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * The issuer named first in a translated Chinese title: {@code 「국무원, …에 관한 지도의견」} (国务院关于…的指导意见)
 * was issued by the State Council.
 */
final class TitleIssuers implements RelationRule {

    private static final Pattern AFTER_ISSUER = Pattern.compile("^(?:\\([^)]*\\))?\\s?(?:,|，|、)");

    @Override
    public String name() {
        return "issuer-in-title";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        for (Mention p : s.mentions()) {
            if (s.entity(p).type() != EntityType.Policy)
                continue;
            for (Mention o : s.mentions())
                if (o != p && p.contains(o) && s.entity(o).type().isOrganization() && o.start() <= p.start() + 2
                        && AFTER_ISSUER.matcher(s.after(o)).lookingAt())
                    sink.relation(s.entity(p), "issuedBy", s.entity(o), name());
        }
    }
}
