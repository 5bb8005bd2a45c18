package org.cstkg.extract;

import java.util.List;

/**
 * One {@code cst:issuersComplete} per policy and document, as the shapes require: when a sentence's issuer list and a
 * cited notice's disagree, the cited notice settles it; between lists on the same footing an open one wins, since a
 * list found incomplete somewhere is not known to be complete. The facts stating the other value are dropped.
 */
final class IssuerCompleteness {

    static final String PREDICATE = "issuersComplete";

    private IssuerCompleteness() {}

    /** Settles the value over all the parts' facts of one document, in place. */
    static void settle(List<List<Fact>> parts) {
        SingleValues.keepOne(parts, PREDICATE, IssuerCompleteness::settling);
    }

    private static Fact settling(Fact a, Fact b) {
        boolean citedA = a.basis() == Fact.Basis.CITATION, citedB = b.basis() == Fact.Basis.CITATION;
        if (citedA != citedB)
            return citedA ? a : b;
        return Boolean.FALSE.equals(a.value()) ? a : b;
    }
}
