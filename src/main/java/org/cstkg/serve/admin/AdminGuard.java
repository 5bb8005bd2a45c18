package org.cstkg.serve.admin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cstkg.serve.http.ProblemJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of {@code /admin/**}: absent (404) without a configured credential; refused (403) to a client that is not on
 * loopback or came through a proxy, unless remote admin is allowed; 401 without the right credential. Every decision
 * is an audit log line.
 */
final class AdminGuard extends OncePerRequestFilter {

    static final Logger AUDIT = LoggerFactory.getLogger("cstkg.audit");

    private final AdminCredential credential; // null: admin operations are off
    private final boolean allowRemote;

    AdminGuard(AdminCredential credential, boolean allowRemote) {
        this.credential = credential;
        this.allowRemote = allowRemote;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String what = request.getMethod() + " " + request.getRequestURI();
        String client = request.getRemoteAddr();
        if (credential == null) {
            AUDIT.info("refused {} from {}: admin operations are off (no credential configured)", what, client);
            ProblemJson.write(response, 404, "no admin operations: no admin credential is configured",
                    request.getRequestURI());
            return;
        }
        if (!allowRemote && (!loopback(client) || request.getHeader("X-Forwarded-For") != null
                || request.getHeader("Forwarded") != null)) {
            AUDIT.info("refused {} from {}: not a loopback client", what, client);
            ProblemJson.write(response, 403, "admin operations are open to loopback clients only",
                    request.getRequestURI());
            return;
        }
        if (!credential.accepts(request.getHeader("Authorization"))) {
            AUDIT.info("refused {} from {}: bad or missing credential", what, client);
            response.setHeader("WWW-Authenticate", "Basic realm=\"cstkg admin\", charset=\"UTF-8\"");
            ProblemJson.write(response, 401, "admin credential required (HTTP Basic, user '" + AdminCredential.USER
                    + "')", request.getRequestURI());
            return;
        }
        AUDIT.info("accepted {} from {} as {}", what, client, AdminCredential.USER);
        chain.doFilter(request, response);
    }

    static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
