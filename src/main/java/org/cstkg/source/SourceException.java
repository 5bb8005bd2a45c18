package org.cstkg.source;

/** Input that cannot be read as a document; the message names the input and the reason. */
public class SourceException extends RuntimeException {
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
