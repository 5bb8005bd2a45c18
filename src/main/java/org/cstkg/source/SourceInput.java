package org.cstkg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of one input and what can be told from them alone: whether they are a PDF, HTML or text, and the text.
 * Formats look at an input to say whether they accept it; decoding is done once, here.
 */
public final class SourceInput {

    /** What the bytes are, by content (never by file name). */
    public enum Kind { PDF, HTML, TEXT }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

    private final String name;
    private final byte[] bytes;
    private final Kind kind;
    private String text;

    public SourceInput(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        if (bytes.length == 0)
            throw new SourceException(name + ": empty file");
        this.kind = startsWith(bytes, "%PDF-") ? Kind.PDF : looksLikeHtml(bytes) ? Kind.HTML : Kind.TEXT;
        if (kind == Kind.TEXT)
            for (int i = 0; i < Math.min(bytes.length, 8192); i++)
                if (bytes[i] == 0)
                    throw new SourceException(name + ": binary file, not text, HTML or PDF");
    }

    /** The input as given on the command line; error messages start with it. */
    public String name() {
        return name;
    }

    public byte[] bytes() {
        return bytes;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The text: a PDF's extracted text, an HTML page's markup decoded by its declared charset (UTF-8 by default), or
     * the UTF-8 text itself. Invalid UTF-8 is an error, not a guess.
     */
    public synchronized String text() {
        if (text == null) {
            text = switch (kind) {
                case PDF -> PdfText.of(bytes, name);
                case HTML -> decode(charsetOf(bytes));
                case TEXT -> decode(StandardCharsets.UTF_8);
            };
            if (text.startsWith("\ufeff"))
                text = text.substring(1);
            if (text.isBlank())
                throw new SourceException(name + (kind == Kind.PDF ? ": PDF has no extractable text" : ": empty file"));
        }
        return text;
    }

    private String decode(Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(name + ": not " + cs.name() + " text" + (kind == Kind.TEXT ? " and not a PDF" : ""));
        }
    }

    private static Charset charsetOf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find())
            try {
                return Charset.forName(m.group(1));
            } catch (RuntimeException unknown) {
                return StandardCharsets.UTF_8;
            }
        return StandardCharsets.UTF_8;
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\ufeff", "").replaceFirst("^\\xEF\\xBB\\xBF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<!--") && head.contains("<html")
                || head.startsWith("<head") || head.startsWith("<meta");
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length)
            return false;
        for (int i = 0; i < p.length; i++)
            if (bytes[i] != p[i])
                return false;
        return true;
    }
}
