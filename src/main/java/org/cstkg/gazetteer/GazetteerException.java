package org.cstkg.gazetteer;

/** A malformed gazetteer file or row; the message starts with {@code file:line:} when the row is known. */
public class GazetteerException extends RuntimeException {

    private final String file;
    private final int line;

    public GazetteerException(String message) {
        super(message);
        this.file = null;
        this.line = 0;
    }

    public GazetteerException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file the error is in, or null when it concerns no single file. */
    public String file() {
        return file;
    }

    /** The 1-based line of the faulty row, or 0. */
    public int line() {
        return line;
    }
}
