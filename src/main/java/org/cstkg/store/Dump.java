package org.cstkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * A dump of the store: every quad of its named graphs as N-Quads or TriG, gzipped when the file name ends in
 * {@code .gz}, written from one read transaction (a consistent snapshot, while writers go on) to a temporary file that
 * replaces the target only when complete. The merged default graph is not in it: it is derived (the distinct triples of
 * the named graphs), and a store loading the dump derives it again.
 *
 * @param file   the file written
 * @param quads  quads written
 * @param graphs named graphs written
 * @param sha256 the file's SHA-256, hex (an entity tag for it)
 */
public record Dump(Path file, long quads, long graphs, String sha256) {

    /** The formats by file name: {@code .nq}, {@code .trig}, each optionally {@code .gz}. */
    public static RDFFormat format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".nq"))
            return RDFFormat.NQUADS_UTF8;
        if (name.endsWith(".trig"))
            return RDFFormat.TRIG_BLOCKS;
        return null;
    }

    public static Dump write(GraphStore store, Path file) {
        RDFFormat format = format(file);
        if (format == null)
            throw new StoreException(file + ": a dump is .nq or .trig, optionally .gz");
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Set<Node> graphs = new HashSet<>();
            long quads;
            try (OutputStream raw = new DigestOutputStream(Files.newOutputStream(tmp), sha);
                    OutputStream out = new BufferedOutputStream(
                            file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw, 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
                writer.start();
                if (format == RDFFormat.TRIG_BLOCKS)
                    prefixes(writer);
                quads = store.exportNamedGraphs(new StreamRDFWrapper(writer) {
                    @Override
                    public void quad(Quad quad) {
                        graphs.add(quad.getGraph());
                        super.quad(quad);
                    }
                });
                writer.finish();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Dump(file, quads, graphs.size(), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new StoreException("cannot write dump " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null)
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left behind: a hidden .tmp file beside the target
                }
        }
    }

    private static void prefixes(StreamRDF writer) {
        writer.prefix("cst", "https://w3id.org/cstkg/ontology#");
        writer.prefix("cstid", "https://w3id.org/cstkg/id/");
        writer.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        writer.prefix("skos", "http://www.w3.org/2004/02/skos/core#");
        writer.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }
}
