package org.cstkg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cstkg.document.Document;
import org.cstkg.source.article.ArticleFormat;
import org.cstkg.source.digest.DigestFormat;
import org.cstkg.source.html.HtmlFormat;

/**
 * The front door of {@code source/}: reads a file into a {@link Document}, choosing its format by content (never by
 * file name) unless one is forced. Immutable; the setters return a new reader.
 *
 * <pre>{@code
 * Document d = SourceReader.read(path);                                    // detected format, date as stated
 * Document d = SourceReader.create().format("article").date(day).parse(path);
 * }</pre>
 */
public final class SourceReader {

    /** Largest input read; beyond it the reader answers with an error rather than work without bound. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private static final List<SourceFormat> FORMATS = List.of(new HtmlFormat(), new DigestFormat(),
            new org.cstkg.source.notice.NoticeFormat(), new ArticleFormat());

    private final List<SourceFormat> formats;
    private final SourceFormat forced;
    private final ReadOptions options;
    private final long maxBytes;

    private SourceReader(List<SourceFormat> formats, SourceFormat forced, ReadOptions options, long maxBytes) {
        this.formats = formats;
        this.forced = forced;
        this.options = options;
        this.maxBytes = maxBytes;
    }

    public static SourceReader create() {
        return new SourceReader(FORMATS, null, ReadOptions.NONE, DEFAULT_MAX_BYTES);
    }

    /** Reads a file with the detected format. */
    public static Document read(Path file) {
        return create().parse(file);
    }

    /** The built-in formats, in the order they are offered an input. */
    public static List<SourceFormat> formats() {
        return FORMATS;
    }

    /** A reader that also knows {@code format}, offered inputs before the built-in ones. */
    public SourceReader with(SourceFormat format) {
        Objects.requireNonNull(format, "format");
        if (formats.stream().anyMatch(f -> f.name().equals(format.name())))
            throw new IllegalArgumentException("a format named '" + format.name() + "' is already known");
        List<SourceFormat> more = new ArrayList<>();
        more.add(format);
        more.addAll(formats);
        return new SourceReader(List.copyOf(more), forced, options, maxBytes);
    }

    /**
     * Forces a format by name; null or {@code auto} detects.
     *
     * @throws IllegalArgumentException naming the known formats, when the name is none of them
     */
    public SourceReader format(String name) {
        if (name == null || name.equals("auto"))
            return new SourceReader(formats, null, options, maxBytes);
        SourceFormat f = formats.stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; known: auto, "
                        + String.join(", ", formats.stream().map(SourceFormat::name).toList())));
        return new SourceReader(formats, f, options, maxBytes);
    }

    /** The date of documents that state none (never replaces a stated one); null leaves it unknown. */
    public SourceReader date(LocalDate date) {
        return new SourceReader(formats, forced, new ReadOptions(date), maxBytes);
    }

    public SourceReader maxBytes(long max) {
        if (max <= 0)
            throw new IllegalArgumentException("maxBytes must be positive: " + max);
        return new SourceReader(formats, forced, options, max);
    }

    public Document parse(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.exists(file))
                throw new SourceException(name + ": no such file");
            if (!Files.isRegularFile(file))
                throw new SourceException(name + ": not a regular file");
            long size = Files.size(file);
            if (size > maxBytes)
                throw new SourceException(String.format("%s: too large (%,d bytes; the limit is %,d)", name, size,
                        maxBytes));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException(name + ": cannot read: " + e.getMessage(), e);
        }
        return parse(name, bytes);
    }

    /** Reads bytes named {@code name} (in messages and provenance). */
    public Document parse(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        if (bytes.length > maxBytes)
            throw new SourceException(String.format("%s: too large (%,d bytes; the limit is %,d)", name, bytes.length,
                    maxBytes));
        SourceInput in = new SourceInput(name, bytes);
        in.text(); // decoding errors first, in the reader's words
        Document d;
        if (forced != null) {
            d = forced.parse(in, options);
        } else {
            List<SourceFormat> candidates = new ArrayList<>(formats.stream().filter(f -> f.detect(in) > 0).toList());
            candidates.sort(Comparator.comparingInt((SourceFormat f) -> f.detect(in)).reversed());
            if (candidates.isEmpty())
                throw new SourceException(name + ": not a document: no words found");
            SourceException first = null;
            d = null;
            for (SourceFormat f : candidates) {
                try {
                    d = f.parse(in, options);
                    break;
                } catch (SourceException e) {
                    if (first == null)
                        first = e;
                }
            }
            if (d == null)
                throw first;
        }
        return d.date() == null && options.date() != null ? d.withDate(options.date()) : d;
    }
}
