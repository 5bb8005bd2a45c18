package org.cstkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** The distinct triples of an N-Quads file, as N-Triples: the merged default graph another engine loads. */
final class Merge {

    private Merge() {}

    static void write(Path nquads, Path out) throws IOException {
        Seen seen = new Seen();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            RDFParser.source(nquads).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    String line = NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                            + NodeFmtLib.strNT(q.getObject()) + " .";
                    if (seen.add(line))
                        try {
                            w.write(line);
                            w.write('\n');
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    quad(Quad.create(Quad.defaultGraphIRI, t));
                }
            });
        }
        System.err.printf("%s: %,d distinct triples%n", out, seen.size());
    }

    /**
     * The lines met so far, by a 128-bit hash of their bytes in an open-addressing table: 16 bytes a line instead of
     * the line itself, so that 10,000 reports' 40 M quads fit a default heap. Two distinct lines share a hash with a
     * probability of about n²/2¹²⁹ (below 10⁻²³ for 20 M lines); the engines' row counts are compared afterwards anyway.
     */
    static final class Seen {
        private long[] hi = new long[1 << 20], lo = new long[1 << 20];
        private int size;

        boolean add(String line) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            long h1 = hash(b, 0x9E3779B97F4A7C15L, false), h2 = hash(b, 0xC2B2AE3D27D4EB4FL, true);
            if (h1 == 0 && h2 == 0)
                h2 = 1; // (0, 0) marks an empty slot
            if (insert(h1, h2)) {
                if (++size * 2 > hi.length)
                    grow();
                return true;
            }
            return false;
        }

        int size() {
            return size;
        }

        private boolean insert(long h1, long h2) {
            int mask = hi.length - 1;
            for (int i = (int) (h1 ^ (h1 >>> 32)) & mask;; i = (i + 1) & mask) {
                if (hi[i] == 0 && lo[i] == 0) {
                    hi[i] = h1;
                    lo[i] = h2;
                    return true;
                }
                if (hi[i] == h1 && lo[i] == h2)
                    return false;
            }
        }

        private void grow() {
            long[] oldHi = hi, oldLo = lo;
            hi = new long[oldHi.length * 2];
            lo = new long[oldLo.length * 2];
            for (int i = 0; i < oldHi.length; i++)
                if (oldHi[i] != 0 || oldLo[i] != 0)
                    insert(oldHi[i], oldLo[i]);
        }

        /** 64-bit FNV-1a over the bytes (forwards or backwards) from {@code seed}, then a murmur-style finaliser. */
        private static long hash(byte[] b, long seed, boolean backwards) {
            long h = seed ^ 0xcbf29ce484222325L;
            for (int i = 0; i < b.length; i++)
                h = (h ^ (b[backwards ? b.length - 1 - i : i] & 0xff)) * 0x100000001b3L;
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            return h ^ (h >>> 33);
        }
    }
}
