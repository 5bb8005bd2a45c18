package org.cstkg.serve;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.cstkg.store.RemoteEndpoints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the server, bound from {@code cstkg.*} properties (set by {@code cstkg serve} from its options).
 *
 * @param db               TDB2 directory, or {@code mem:} for a throw-away in-memory store
 * @param store            URL of a remote SPARQL 1.1 store to serve instead of {@code db} (blank: none)
 * @param storeQuery       its query endpoint where it is not {@code store} (an absolute URL or a path under it)
 * @param storeUpdate      its update endpoint, likewise (the server itself never writes to the store)
 * @param storeGsp         its Graph Store Protocol endpoint, likewise
 * @param initialLoad      what to load when the store is empty: RDF files (.trig, .nq, .ttl, .nt) are read as they
 *                         are, anything else (reports, directories of reports) goes to the ingest pipeline; missing
 *                         paths are skipped
 * @param fusekiPort       internal loopback port of Fuseki; 0 picks a free one
 * @param publicBase       the address the service is published under, for links the server writes about itself (VoID,
 *                         OpenAPI); never taken from a request's {@code Host} header
 * @param limits           what one query and one client may use
 * @param serviceAllowList SPARQL endpoints a query may call with {@code SERVICE}; empty (the default) refuses every
 *                         {@code SERVICE}, so the server makes no outbound call for a client
 * @param responseCache    most bytes of answers (entity views, searches, Linked Data pages) kept in memory for the
 *                         store's present version; 0 keeps none
 */
@ConfigurationProperties("cstkg")
public record ServeProperties(@DefaultValue("run/tdb2") String db,
        String store, String storeQuery, String storeUpdate, String storeGsp,
        @DefaultValue("data/samples,corpus") List<Path> initialLoad,
        @DefaultValue("0") int fusekiPort,
        @DefaultValue(PublicBase.DEFAULT) String publicBase,
        @DefaultValue Limits limits,
        List<URI> serviceAllowList,
        @DefaultValue("32MB") org.springframework.util.unit.DataSize responseCache) {

    public static final String IN_MEMORY = "mem:";

    public ServeProperties {
        if (fusekiPort < 0 || fusekiPort > 65535)
            throw new IllegalArgumentException("cstkg.fuseki-port out of range: " + fusekiPort);
        initialLoad = List.copyOf(initialLoad);
        publicBase = PublicBase.check(publicBase);
        serviceAllowList = serviceAllowList == null ? List.of() : List.copyOf(serviceAllowList);
        if (responseCache.toBytes() < 0 || responseCache.toBytes() > 1L << 34)
            throw new IllegalArgumentException("cstkg.response-cache must be between 0 and 16GB: " + responseCache);
        for (URI endpoint : serviceAllowList)
            if (!endpoint.isAbsolute() || !List.of("http", "https").contains(endpoint.getScheme()))
                throw new IllegalArgumentException("cstkg.service-allow-list: not an http(s) endpoint: " + endpoint);
    }

    public boolean inMemory() {
        return IN_MEMORY.equals(db);
    }

    /** The remote store's endpoints, or null when the store is local ({@code db}). */
    public RemoteEndpoints remote() {
        return store == null || store.isBlank() ? null
                : RemoteEndpoints.of(store, storeQuery, storeUpdate, storeGsp);
    }
}
