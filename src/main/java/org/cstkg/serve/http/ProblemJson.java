package org.cstkg.serve.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem details, for code inside Spring MVC (an exception Spring renders) and for code outside it (filters,
 * the error page, Tomcat's error report), which writes the same JSON itself.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {}

    /** An exception Spring MVC renders as problem+json. */
    public static ErrorResponseException exception(HttpStatusCode status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return new ErrorResponseException(status, body, null);
    }

    /** Writes a problem as the whole response, replacing whatever body was buffered; headers set so far stay. */
    public static void write(HttpServletResponse response, int status, String detail, String instance)
            throws IOException {
        byte[] body = render(status, title(status), detail, instance).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The reason phrase of a status, as Spring's problem details use for their title. */
    public static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    public static String render(int status, String title, String detail, String instance) {
        StringBuilder json = new StringBuilder("{\"title\":").append(quote(title)).append(",\"status\":").append(status);
        if (detail != null)
            json.append(",\"detail\":").append(quote(detail));
        if (instance != null)
            json.append(",\"instance\":").append(quote(instance));
        return json.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    // controls, and < > & so the text is inert wherever a browser might take it for markup
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029')
                        q.append(String.format("\\u%04x", (int) c));
                    else
                        q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }
}
