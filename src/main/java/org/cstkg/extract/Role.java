package org.cstkg.extract;

import java.util.Objects;

import org.cstkg.resolve.Entity;

/** A person's position in an organisation or on a mission, as a report states it (title, and age if given). */
public record Role(Entity person, Entity in, String title, Integer age, int segment) {
    public Role {
        Objects.requireNonNull(person, "person");
    }
}
