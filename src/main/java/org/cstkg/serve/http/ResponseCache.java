package org.cstkg.serve.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responses kept in memory, least recently used first out, bounded by the bytes of their bodies, each good for one
 * version of the store only: the first lookup or store at a newer version empties the cache, and nothing is looked up
 * or kept for an older one (store versions only grow). Thread-safe.
 */
final class ResponseCache {

    /** A response as it is sent again: status 200, its headers, its body and its strong entity tag. */
    record Entry(List<Map.Entry<String, String>> headers, byte[] body, String etag) {}

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long version = Long.MIN_VALUE;

    /** @param maxBytes most bytes of bodies held; one body may take at most a sixteenth of it; 0 holds nothing */
    ResponseCache(long maxBytes) {
        if (maxBytes < 0)
            throw new IllegalArgumentException("cache size must be 0 or more: " + maxBytes);
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxBytes / 16;
    }

    /** The response stored under {@code key} at store version {@code version}, or null. */
    synchronized Entry get(String key, long version) {
        if (version < this.version) // read before the store moved on: nothing kept is for it
            return null;
        if (version > this.version)
            reset(version);
        return entries.get(key);
    }

    /** Keeps a response computed at store {@code version}, unless it is too large; returns whether it was kept. */
    synchronized boolean put(String key, long version, Entry entry) {
        if (entry.body().length > maxEntryBytes || version < this.version)
            return false;
        if (version > this.version)
            reset(version);
        Entry old = entries.put(key, entry);
        bytes += entry.body().length - (old == null ? 0 : old.body().length);
        for (var it = entries.values().iterator(); bytes > maxBytes && it.hasNext();) {
            bytes -= it.next().body().length;
            it.remove();
        }
        return true;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    private void reset(long version) {
        entries.clear();
        bytes = 0;
        this.version = version;
    }
}
