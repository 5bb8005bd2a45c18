package org.cstkg.serve.http;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the container sends errors raised outside a controller: answered as problem+json with the
 * error's real status (never Spring Boot's 500 with status 999), whatever the {@code Accept} header. Asked for directly,
 * it is a 404 like any unknown path.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer status)) {
            ProblemJson.write(response, 404, "no resource at " + request.getRequestURI(), request.getRequestURI());
            return;
        }
        if (cause(thrown, InvalidParameterException.class) instanceof InvalidParameterException bad) {
            ProblemJson.write(response, BadParameters.status(bad), BadParameters.detail(bad), uri);
            return;
        }
        if (status >= 500) {
            if (thrown instanceof Throwable t)
                LOG.error("request {} failed", uri, t);
            ProblemJson.write(response, status, "the server could not answer this request; the error is logged", uri);
            return;
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        ProblemJson.write(response, status, message instanceof String m && !m.isBlank() ? m : null, uri);
    }

    /** The first throwable of this type in the chain of causes, or null. */
    private static Throwable cause(Object thrown, Class<? extends Throwable> type) {
        Throwable t = thrown instanceof Throwable th ? th : null;
        while (t != null && !type.isInstance(t))
            t = t.getCause() == t ? null : t.getCause();
        return t;
    }
}
