package org.cstkg.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a remote SPARQL 1.1 store answers: its base URL ({@code --store}) and, where the server's endpoints differ
 * from it, the query, update and Graph Store Protocol endpoints, each an absolute URL or a path under the base.
 * Fuseki serves all three at the dataset's URL ({@code http://host:3030/cstkg}); GraphDB, Virtuoso and Neptune
 * use separate ones (docs/scaling.md).
 *
 * @param base   the store as the user gave it
 * @param query  SPARQL 1.1 Query endpoint
 * @param update SPARQL 1.1 Update endpoint
 * @param gsp    SPARQL 1.1 Graph Store HTTP Protocol endpoint
 */
public record RemoteEndpoints(String base, String query, String update, String gsp) {

    /**
     * Checks and resolves the options; throws {@link StoreException} naming the option at fault.
     *
     * @param query  {@code --store-query}, or null for the base
     * @param update {@code --store-update}, or null for the base
     * @param gsp    {@code --store-gsp}, or null for the base
     */
    public static RemoteEndpoints of(String base, String query, String update, String gsp) {
        String b = checked("--store", base);
        return new RemoteEndpoints(b, resolve("--store-query", b, query), resolve("--store-update", b, update),
                resolve("--store-gsp", b, gsp));
    }

    /** The base URL without user name or password, for messages and logs. */
    public String shown() {
        return withoutUserInfo(base);
    }

    private static String resolve(String option, String base, String endpoint) {
        if (endpoint == null || endpoint.isBlank())
            return base;
        String e = endpoint.strip();
        if (e.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*"))
            return checked(option, e);
        return checked(option, base + "/" + (e.startsWith("/") ? e.substring(1) : e));
    }

    private static String checked(String option, String url) {
        if (url == null || url.isBlank())
            throw new StoreException(option + ": empty URL");
        String u = url.strip();
        while (u.endsWith("/"))
            u = u.substring(0, u.length() - 1);
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getFragment() == null)
                return u;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new StoreException(option + " " + withoutUserInfo(url) + ": not an http(s) URL of a SPARQL store "
                + "(like http://localhost:3030/cstkg); a local store is given with --db DIR");
    }

    /** {@code url} without the user name and password it may carry ({@code http://user:password@host/…}). */
    public static String withoutUserInfo(String url) {
        return url == null ? null : url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
    }
}
