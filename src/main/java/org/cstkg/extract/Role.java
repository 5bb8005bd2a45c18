package org.cstkg.extract;

import java.util.Objects;

import org.cstkg.resolve.Entity;

/**
 * A person's position in an organisation or on a mission, as a text states it: the title, the age if given, and
 * whether the text calls it a former post ({@code 전 차이나유니콤 당서기}).
 *
 * @param in     the organisation or mission, or null when the text names none
 * @param former true for a post the person no longer holds
 */
public record Role(Entity person, Entity in, String title, Integer age, int segment, boolean former) {
    public Role {
        Objects.requireNonNull(person, "person");
    }

    public Role(Entity person, Entity in, String title, Integer age, int segment) {
        this(person, in, title, age, segment, false);
    }

    /** The English title of a known Korean title ({@code data/lexicon/roles.tsv}), or null. */
    public String titleEn() {
        Cues.RoleTitle t = title == null ? null : Cues.ROLE_TITLES.get(title);
        return t == null ? null : t.en();
    }

    /** The Chinese title of a known Korean title, or null. */
    public String titleZh() {
        Cues.RoleTitle t = title == null ? null : Cues.ROLE_TITLES.get(title);
        return t == null ? null : t.zh();
    }

    /** The kind of a known title: official, party, academic, research, corporate, crew, other; or null. */
    public String kind() {
        Cues.RoleTitle t = title == null ? null : Cues.ROLE_TITLES.get(title);
        return t == null ? null : t.kind();
    }
}
