package org.cstkg.document;

import java.util.Objects;

/** A reference link of an article: the cited title (often Chinese) and its URL. */
public record Reference(String title, String url) {
    public Reference {
        Objects.requireNonNull(url, "url");
    }
}
