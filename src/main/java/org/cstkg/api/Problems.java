package org.cstkg.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The API's errors as RFC 9457 problem details, rendered by Spring as application/problem+json. */
public final class Problems {

    private Problems() {}

    public static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    /** A bad request parameter: the detail says which and why. */
    public static ErrorResponseException badParameter(String name, String reason) {
        ErrorResponseException e = problem(HttpStatus.BAD_REQUEST, "Bad parameter", name + ": " + reason);
        e.getBody().setProperty("parameter", name);
        return e;
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return new ErrorResponseException(status, body, null);
    }
}
