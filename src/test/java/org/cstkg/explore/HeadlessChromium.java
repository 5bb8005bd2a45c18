package org.cstkg.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium run once per page: {@code --dump-dom} for the DOM after the scripts ran, or
 * {@code --screenshot}. Each run gets a fresh profile, no background networking, and is killed (with its child
 * processes) when it outlives its timeout.
 */
public final class HeadlessChromium {

    public static final Path BINARY = Path.of(System.getProperty("cstkg.chromium", "/usr/bin/chromium"));
    private static final long TIMEOUT_SECONDS = 30;

    private final Path work;

    public HeadlessChromium(Path work) {
        this.work = work;
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The serialized DOM of the page once its scripts ran and the network went quiet. */
    public String dumpDom(String url) throws IOException, InterruptedException {
        return dumpDom(url, List.of());
    }

    /** The same, with more Chromium switches (such as {@code --accept-lang=zh-CN}). */
    public String dumpDom(String url, List<String> switches) throws IOException, InterruptedException {
        Path out = work.resolve("dom.html");
        List<String> task = new ArrayList<>(switches);
        task.addAll(List.of("--dump-dom", url));
        run(task, out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** What the browser logged during the last run, console messages included. */
    public String log() throws IOException {
        Path log = work.resolve("chromium.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** A PNG of the page in a window of the given size. */
    public Path screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", url), work.resolve("screenshot.out"));
        return png;
    }

    private void run(List<String> task, Path stdout) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--accept-lang=ko",
                // console messages (Content-Security-Policy violations among them) go to the log
                "--enable-logging=stderr", "--v=0"));
        command.addAll(task);
        Path log = work.resolve("chromium.log");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + tail(log));
        }
        if (process.exitValue() != 0)
            throw new AssertionError("chromium exited with " + process.exitValue() + ": " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
    }
}
