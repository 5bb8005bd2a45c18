package org.cstkg.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the link table: gazetteer entity, target dataset, identifier there, where the row comes from, its status,
 * when it was last checked (none while unverified), and what the check found.
 */
public record Link(String entity, Target target, String identifier, String source, LinkStatus status,
        LocalDate checkedOn, String evidence) {

    public Link {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        if (entity == null || entity.isBlank())
            throw new IllegalArgumentException("a link needs an entity id");
        if (!target.valid(identifier))
            throw new IllegalArgumentException("'" + identifier + "' is not a " + target.id() + " identifier");
        if (source == null || source.isBlank())
            throw new IllegalArgumentException("a link needs its source (who or what recorded it)");
        if (status != LinkStatus.UNVERIFIED && checkedOn == null)
            throw new IllegalArgumentException("a " + status + " link needs its checked_on date");
        evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }

    public Link checked(LinkStatus newStatus, LocalDate on, String found) {
        return new Link(entity, target, identifier, source, newStatus, on, found);
    }

    /** Stated in the graph (as skos:exactMatch) unless rejected. */
    public boolean stated() {
        return status != LinkStatus.REJECTED;
    }
}
