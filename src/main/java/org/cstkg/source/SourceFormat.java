package org.cstkg.source;

import org.cstkg.document.Document;

/**
 * A kind of source document. A format looks at an input and says how sure it is that it can read it; the reader
 * asks every format and lets the surest parse. Each format lives in its own sub-package.
 */
public interface SourceFormat {

    /** Short name, as given to {@code --format}. */
    String name();

    /** One line for {@code --help}: what the format reads. */
    String description();

    /**
     * How sure the format is that it reads this input: 0 when it does not accept it, higher when surer. Must be
     * cheap and must not throw for any input.
     */
    int detect(SourceInput in);

    /**
     * Reads the input into a document.
     *
     * @throws SourceException naming the input and what was wrong
     */
    Document parse(SourceInput in, ReadOptions options);
}
