package org.cstkg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads as N-Quads (W3C, RDF 1.1) in UTF-8 at the speed of the output stream: IRIs written as they are unless
 * they hold a character N-Quads does not allow there (then {@code \\uXXXX}), literals with only {@code " \\ \n \r}
 * escaped, blank nodes by a hex form of their label. For batches of millions of quads; any RDF parser reads the
 * result. Not thread-safe: one writer per thread.
 */
public final class NQuadsOut {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    /** IRIs kept encoded at most; then the cache starts again (a batch names millions of things). */
    private static final int MAX_CACHED = 1 << 16;

    private final OutputStream out;
    /** Bytes not yet handed to {@link #out}: handed over in large pieces. */
    private byte[] buf = new byte[1 << 16];
    private int len;
    /** IRIs as written, by IRI: predicates, graphs and entities recur from quad to quad. */
    private final Map<String, byte[]> iris = new HashMap<>();
    private final StringBuilder text = new StringBuilder(256);
    private long count;

    /** @param out where to write; buffered or not, the writer hands it large pieces */
    public NQuadsOut(OutputStream out) {
        this.out = out;
    }

    /** Adds one quad; it reaches the stream when enough have gathered, or at {@link #flush()}. */
    public void quad(Quad q) {
        node(q.getSubject());
        put((byte) ' ');
        node(q.getPredicate());
        put((byte) ' ');
        node(q.getObject());
        if (!q.isDefaultGraph()) {
            put((byte) ' ');
            node(q.getGraph());
        }
        put((byte) ' ');
        put((byte) '.');
        put((byte) '\n');
        if (len >= 1 << 15)
            drain();
        count++;
    }

    /** Quads written so far. */
    public long count() {
        return count;
    }

    /** Writes what is gathered and flushes the stream. */
    public void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain() {
        try {
            out.write(buf, 0, len);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        len = 0;
    }

    private void node(Node n) {
        if (n.isURI()) {
            iri(n.getURI());
        } else if (n.isBlank()) {
            text.setLength(0);
            text.append("_:b");
            for (char c : n.getBlankNodeLabel().toCharArray())
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    text.append(c);
                else
                    text.append('_').append(Integer.toHexString(c)).append('_');
            put(text.toString().getBytes(StandardCharsets.UTF_8));
        } else if (n.isLiteral()) {
            put((byte) '"');
            literal(n.getLiteralLexicalForm().getBytes(StandardCharsets.UTF_8));
            put((byte) '"');
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                put((byte) '@');
                put(lang.getBytes(StandardCharsets.UTF_8));
            } else if (!XSD_STRING.equals(n.getLiteralDatatypeURI())) {
                put((byte) '^');
                put((byte) '^');
                iri(n.getLiteralDatatypeURI());
            }
        } else {
            throw new IllegalArgumentException("not an RDF term for N-Quads: " + n);
        }
    }

    /**
     * A literal's lexical form in UTF-8 with {@code " \\ \n \r} escaped (bytes below 0x80 are these characters
     * wherever they occur in UTF-8), runs without one copied whole.
     */
    private void literal(byte[] b) {
        int from = 0;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c == '"' || c == '\\' || c == '\n' || c == '\r') {
                put(b, from, i);
                put((byte) '\\');
                put(c == '\n' ? (byte) 'n' : c == '\r' ? (byte) 'r' : c);
                from = i + 1;
            }
        }
        put(b, from, b.length);
    }

    private void iri(String iri) {
        byte[] b = iris.get(iri);
        if (b == null) {
            text.setLength(0);
            text.append('<');
            for (int i = 0; i < iri.length(); i++) {
                char c = iri.charAt(i);
                if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                        || c == '`' || c == '\\')
                    text.append(String.format("\\u%04X", (int) c));
                else
                    text.append(c);
            }
            b = text.append('>').toString().getBytes(StandardCharsets.UTF_8);
            if (iris.size() >= MAX_CACHED)
                iris.clear();
            iris.put(iri, b);
        }
        put(b);
    }

    private void put(byte b) {
        if (len == buf.length)
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        buf[len++] = b;
    }

    private void put(byte[] b) {
        put(b, 0, b.length);
    }

    private void put(byte[] b, int from, int to) {
        int n = to - from;
        if (len + n > buf.length)
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        System.arraycopy(b, from, buf, len, n);
        len += n;
    }
}
