package org.cstkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what well-behaved clients refuse to send: malformed percent-escapes, bytes that
 * are not UTF-8, a {@code Host} header of the sender's choosing. One request per connection.
 */
public final class RawHttp {

    /** A response: status, header lines ({@code name: value}), and the body decoded as UTF-8. */
    public record Response(int status, List<String> headers, String body) {

        public String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse(null);
        }
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** GET {@code target} exactly as given, with these extra header lines (a Host line replaces the default). */
    public Response get(String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (String h : headerLines) {
            host |= h.toLowerCase(Locale.ROOT).startsWith("host:");
            request.append(h).append("\r\n");
        }
        if (!host)
            request.append("Host: localhost:").append(port).append("\r\n");
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        List<String> headers = new ArrayList<>();
        for (String h; !(h = line(in)).isEmpty();)
            headers.add(h);
        Response head = new Response(status, headers, "");
        byte[] body = "chunked".equalsIgnoreCase(head.header("Transfer-Encoding")) ? chunked(in) : in.readAllBytes();
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size; (size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) > 0;) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && b != '\n';)
            if (b != '\r')
                line.write(b);
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
