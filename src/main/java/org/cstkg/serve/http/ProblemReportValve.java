package org.cstkg.serve.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error responses as problem+json instead of its HTML page: what Tomcat refuses before the application
 * sees the request (a malformed URI or percent-escape, headers too large) and any error left without a body. Never
 * a stack trace or the server's version.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported())
            return;
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get())
            return;
        String detail = status >= 500 ? "the server could not answer this request"
                : status == 400 ? "the request is malformed (for example a bad percent-escape or invalid UTF-8 in the "
                        + "path or query)" : null;
        try {
            ProblemJson.write(response, status, detail, null);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more to say
        }
    }
}
