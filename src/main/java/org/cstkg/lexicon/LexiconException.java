package org.cstkg.lexicon;

/** A lexicon file that cannot be used; the message names the file and the line. */
public class LexiconException extends RuntimeException {
    public LexiconException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }

    public LexiconException(String message) {
        super(message);
    }
}
