package org.cstkg.store;

/** A store could not be opened or written; the message names the store and the reason. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
