package org.cstkg.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads as N-Quads (W3C, RDF 1.1) at the speed of the output stream: IRIs written as they are unless they hold a
 * character N-Quads does not allow there (then {@code \\uXXXX}), literals with only {@code " \\ \n \r} escaped, blank
 * nodes by a hex form of their label. For batches of millions of quads; any RDF parser reads the result.
 */
public final class NQuadsOut {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final Writer out;
    /** Quads not yet handed to {@link #out}: handed over in large pieces, so the encoder runs on long runs of text. */
    private final StringBuilder line = new StringBuilder(1 << 16);
    private long count;

    /** @param out where to write; buffered by the caller, UTF-8 */
    public NQuadsOut(Writer out) {
        this.out = out;
    }

    public void quad(Quad q) {
        node(q.getSubject());
        line.append(' ');
        node(q.getPredicate());
        line.append(' ');
        node(q.getObject());
        if (!q.isDefaultGraph()) {
            line.append(' ');
            node(q.getGraph());
        }
        line.append(" .\n");
        if (line.length() >= 1 << 15)
            drain();
        count++;
    }

    /** Quads written so far. */
    public long count() {
        return count;
    }

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
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
    }

    private void node(Node n) {
        if (n.isURI()) {
            iri(n.getURI());
        } else if (n.isBlank()) {
            line.append("_:b");
            for (char c : n.getBlankNodeLabel().toCharArray())
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    line.append(c);
                else
                    line.append('_').append(Integer.toHexString(c)).append('_');
        } else if (n.isLiteral()) {
            line.append('"');
            String s = n.getLiteralLexicalForm();
            int from = 0;
            for (int i = 0; i < s.length(); i++) { // runs without an escape appended whole
                String esc = switch (s.charAt(i)) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    default -> null;
                };
                if (esc != null) {
                    line.append(s, from, i).append(esc);
                    from = i + 1;
                }
            }
            line.append(s, from, s.length());
            line.append('"');
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                line.append('@').append(lang);
            } else if (!XSD_STRING.equals(n.getLiteralDatatypeURI())) {
                line.append("^^");
                iri(n.getLiteralDatatypeURI());
            }
        } else {
            throw new IllegalArgumentException("not an RDF term for N-Quads: " + n);
        }
    }

    private void iri(String iri) {
        line.append('<');
        int from = 0;
        for (int i = 0; i < iri.length(); i++) { // runs without an escape appended whole
            char c = iri.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                    || c == '`' || c == '\\') {
                line.append(iri, from, i).append(String.format("\\u%04X", (int) c));
                from = i + 1;
            }
        }
        line.append(iri, from, iri.length()).append('>');
    }
}
