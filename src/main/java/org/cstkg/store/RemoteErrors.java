package org.cstkg.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * Failures of a remote store as one line naming the store and what went wrong: unreachable, an HTTP error with its
 * status, or an answer that is not SPARQL. A query that outlived its timeout is a {@link QueryCancelledException}, as
 * it is for a local store.
 */
final class RemoteErrors {

    private RemoteErrors() {}

    /** Runs {@code call} against the store, translating the store's failures. */
    static <T> T call(String store, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (QueryCancelledException e) {
            throw e;
        } catch (HttpException | QueryException | RiotException | java.io.UncheckedIOException e) {
            if (timedOut(e))
                throw new QueryCancelledException();
            throw new StoreException("store " + store + ": " + what + ": " + reason(e) + hint(what, e), e);
        }
    }

    static void run(String store, String what, Runnable call) {
        call(store, what, () -> {
            call.run();
            return null;
        });
    }

    static String reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedChannelException)
                return "unreachable (connection refused); is the server running at this address?";
            if (t instanceof UnknownHostException)
                return "unreachable (unknown host " + t.getMessage() + ")";
        }
        int status = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        if (status > 0) {
            String line = e instanceof HttpException h ? h.getStatusLine()
                    : ((QueryExceptionHTTP) e).getStatusLine();
            String body = e instanceof HttpException h ? h.getResponse() : ((QueryExceptionHTTP) e).getResponse();
            return "HTTP " + status + (line == null || line.isBlank() || line.equals(Integer.toString(status)) ? ""
                    : " " + line.replaceFirst("^\\d+\\s*", "")) + firstLine(body);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
            if (t instanceof IOException io)
                return "unreachable (" + oneLine(io.toString()) + ")";
        if (e instanceof QueryException || e instanceof RiotException)
            return "not a SPARQL answer (" + oneLine(String.valueOf(e.getMessage())) + "); is this the URL of a "
                    + "SPARQL endpoint?";
        return oneLine(String.valueOf(e.getMessage()));
    }

    /**
     * Why a request may be refused: the store wants credentials, or, for a write, it is read-only or the URL is its
     * query endpoint only.
     */
    private static String hint(String what, RuntimeException e) {
        int status = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        if (status == 401)
            return " (the store asks for a user name and password: give them in the URL, "
                    + "http://user:password@host/…, or in CSTKG_STORE)";
        boolean write = what.startsWith("update") || what.startsWith("PUT");
        if (!write || !java.util.Set.of(400, 403, 404, 405, 415).contains(status))
            return "";
        return " (the store takes no writes at this URL: a read-only store, or not its update and Graph Store "
                + "endpoints; name them with --store-update and --store-gsp)";
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
            if (t instanceof HttpTimeoutException)
                return true;
        return false;
    }

    private static String firstLine(String body) {
        if (body == null || body.isBlank())
            return "";
        String line = oneLine(body.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
        return line.isEmpty() ? "" : ": " + line;
    }

    private static String oneLine(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
