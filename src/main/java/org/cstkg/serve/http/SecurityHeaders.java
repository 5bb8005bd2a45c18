package org.cstkg.serve.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response. The policy fits what the server's pages do: the explorer, the Linked Data pages and
 * Swagger UI load scripts, styles and data only from this origin (no inline script, no inline style outside Swagger
 * UI and the query editor, no {@code eval}); no page may be framed but the reconciliation preview (OpenRefine frames
 * it); browsers must not guess content types.
 */
public final class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = policy("style-src 'self'");
    /** Swagger UI (a third-party bundle) sets inline styles; its pages may, its scripts stay restricted. */
    static final String SWAGGER_UI_POLICY = policy("style-src 'self' 'unsafe-inline'");
    static final String SWAGGER_UI = "/api/swagger-ui/";
    /** OpenRefine shows the reconciliation preview in a frame of its own page, wherever OpenRefine runs. */
    static final String FRAMED_PREVIEW = "/reconcile/preview";
    static final String PREVIEW_POLICY = policy("style-src 'self'", "frame-ancestors *");

    /**
     * For a page built by a third-party bundle that sets inline styles (YASGUI at {@code /sparql}): the policy with
     * inline styles allowed, scripts still same-origin only.
     */
    public static void allowInlineStyles(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SWAGGER_UI_POLICY);
    }

    private static String policy(String styles) {
        return policy(styles, "frame-ancestors 'none'");
    }

    private static String policy(String styles, String frames) {
        return String.join("; ", "default-src 'self'", "script-src 'self'", styles, "img-src 'self' data:",
                "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
                frames);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        boolean framed = uri.equals(FRAMED_PREVIEW);
        response.setHeader("Content-Security-Policy", uri.startsWith(SWAGGER_UI) ? SWAGGER_UI_POLICY
                : framed ? PREVIEW_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!framed)
            response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }
}
