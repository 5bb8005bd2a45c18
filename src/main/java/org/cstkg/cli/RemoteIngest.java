package org.cstkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.pipeline.Ingest;
import org.cstkg.serve.admin.AdminCredential;

/**
 * {@code cstkg ingest --server URL}: each file is posted to the running server's {@code /admin/documents}, one at a
 * time, which reads and writes it as a local ingest would. One line per file; exit code 2 when any failed.
 */
final class RemoteIngest {

    private static final Pattern FIELD = Pattern.compile("\"(document|detail)\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final URI server;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteIngest(String server, String password) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        try {
            this.server = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--server: '" + server + "' is not a URL");
        }
        if (!List.of("http", "https").contains(String.valueOf(this.server.getScheme())))
            throw new Main.UserError("--server: '" + server + "' is not an http(s) URL");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((AdminCredential.USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    int ingest(List<Path> paths, String format, String date, PrintStream out, PrintStream err)
            throws InterruptedException {
        List<Path> files = Ingest.expand(paths);
        if (files.isEmpty())
            throw new Main.UserError(paths + ": no source files (.txt, .pdf or .html) found");
        int ok = 0, failed = 0;
        for (Path file : files) {
            String query = "?name=" + enc(file.getFileName().toString())
                    + ("auto".equals(format) || format == null ? "" : "&format=" + enc(format))
                    + (date == null ? "" : "&date=" + enc(date));
            HttpResponse<String> r;
            try {
                r = client.send(HttpRequest.newBuilder(URI.create(server + "/admin/documents" + query))
                        .header("Authorization", authorization).header("Content-Type", "application/octet-stream")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).timeout(Duration.ofMinutes(10)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("cstkg: " + file + ": " + server + ": "
                        + (e.getMessage() == null ? "cannot connect (" + e.getClass().getSimpleName() + ")" : e.getMessage()));
                failed++;
                continue;
            }
            if (r.statusCode() == 201 || r.statusCode() == 200) { // new; or replaced, or already there unchanged
                String action = field(r.body(), "action");
                out.println(file + ": " + (action == null ? "added" : action) + " as " + field(r.body(), "document"));
                ok++;
            } else {
                String detail = field(r.body(), "detail");
                err.println("cstkg: " + file + ": " + r.statusCode() + " " + (detail == null ? r.body() : detail));
                failed++;
            }
        }
        out.printf("%d read, %d failed (server %s)%n", ok, failed, server);
        return failed == 0 ? 0 : 2;
    }

    private static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find())
            if (m.group(1).equals(name))
                return m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
