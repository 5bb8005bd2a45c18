package org.cstkg.api;

import org.apache.jena.query.QueryCancelledException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.cstkg.serve.Limits;
import org.cstkg.serve.ServeProperties;
import org.cstkg.serve.http.BadParameters;
import org.cstkg.serve.http.ProblemJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem details (RFC 9457) for every route of the server: Spring's own for client errors (bad parameter types,
 * missing parameters, {@link Problems}, the SPARQL proxy's refusals), 400 for parameters that are not valid
 * percent-encoded UTF-8, 503 for a query cancelled by the timeout, and a 500 without internals for anything unexpected.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final Limits limits;

    ApiErrors(ServeProperties props) {
        this.limits = props.limits();
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (e instanceof ErrorResponse known)
            return problem(known.getStatusCode(), known.getBody());
        if (e instanceof InvalidParameterException bad) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(BadParameters.status(bad)),
                    BadParameters.detail(bad));
            body.setTitle("Bad parameter");
            if (BadParameters.parameter(bad) != null)
                body.setProperty("parameter", BadParameters.parameter(bad));
            return problem(body.getStatus() == 413 ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, body);
        }
        if (e instanceof QueryCancelledException) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "query timed out after " + limits.queryTimeoutText() + "; it was cancelled");
            body.setTitle("Query timed out");
            return problem(HttpStatus.SERVICE_UNAVAILABLE, body);
        }
        LOG.error("request failed", e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the server could not answer this request; the error is logged");
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, body);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, ProblemDetail body) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(ProblemJson.MEDIA_TYPE)).body(body);
    }
}
