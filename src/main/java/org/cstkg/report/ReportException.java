package org.cstkg.report;

/** Input that is not a readable report; the message names the input and the reason. */
public class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
