package org.cstkg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address the service is published under ({@code cstkg.public-base}), such as {@code https://w3id.org/cstkg}: the
 * server's own links (the SPARQL endpoint in VoID, the OpenAPI server) are written from it, never from the request.
 */
public final class PublicBase {

    public static final String DEFAULT = "https://w3id.org/cstkg";

    private PublicBase() {}

    /** The base without a trailing slash; an exception naming the property for anything but an http(s) URL. */
    static String check(String base) {
        String b = base == null ? "" : base.strip();
        while (b.endsWith("/"))
            b = b.substring(0, b.length() - 1);
        try {
            URI uri = new URI(b);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null && uri.getUserInfo() == null)
                return b;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "cstkg.public-base must be an http(s) URL without query or fragment, like " + DEFAULT + ": '" + base + "'");
    }
}
