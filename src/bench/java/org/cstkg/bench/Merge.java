package org.cstkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** The distinct triples of an N-Quads file, as N-Triples: the merged default graph another engine loads. */
final class Merge {

    private Merge() {}

    static void write(Path nquads, Path out) throws IOException {
        Set<String> seen = new HashSet<>();
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
}
