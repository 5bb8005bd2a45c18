package org.cstkg.serve;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no remote store is named ({@code cstkg.store}): what needs the local TDB2 store (dumps, admin) is there. */
public final class OnLocalStore implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String store = context.getEnvironment().getProperty("cstkg.store");
        return store == null || store.isBlank();
    }
}
