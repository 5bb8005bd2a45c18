package org.cstkg.gazetteer;

/** A malformed gazetteer file; the message names the file and line. */
public class GazetteerException extends RuntimeException {
    public GazetteerException(String message) {
        super(message);
    }
}
