package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every {@code curl} example of the README and {@code docs/serving.md} (in {@code sh} blocks and inline code) runs
 * against the running server, with {@code localhost:8080} replaced by its address: each must answer 200 with a body,
 * so the documentation cannot drift from the routes. Examples that need the admin password ({@code -u}) are left to
 * the live-update tests. Skipped where there is no {@code curl}.
 */
@ServedFixture
class DocumentedExamplesTest {

    static final List<Path> DOCS = List.of(Path.of("README.md"), Path.of("docs/serving.md"));
    static final Path CURL = Path.of("/usr/bin/curl");
    private static final Pattern BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern INLINE = Pattern.compile("`(curl [^`]*localhost:8080[^`]*)`");

    @LocalServerPort
    int port;

    /** The curl commands of a Markdown text: a command goes on while a quote is open or a line ends in a backslash. */
    static List<String> examples(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            StringBuilder command = null;
            for (String line : block.group(1).split("\n")) {
                if (command == null) {
                    if (!line.startsWith("curl "))
                        continue;
                    command = new StringBuilder();
                } else
                    command.append('\n');
                command.append(line);
                if (quotes(command) % 2 == 0 && !line.endsWith("\\")) {
                    out.add(command.toString().replaceFirst("\\s+#[^'\\n]*$", ""));
                    command = null;
                }
            }
        }
        Matcher inline = INLINE.matcher(markdown);
        while (inline.find())
            out.add(inline.group(1));
        out.removeIf(c -> c.contains(" -u "));
        return out;
    }

    private static long quotes(CharSequence s) {
        return s.chars().filter(c -> c == '\'').count();
    }

    @TestFactory
    Stream<DynamicTest> everyCurlExampleAnswers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : DOCS)
            for (String example : examples(Files.readString(doc, StandardCharsets.UTF_8)))
                tests.add(DynamicTest.dynamicTest(doc + ": " + example.lines().findFirst().orElse(""),
                        () -> run(example)));
        assertThat(tests).as("examples found").hasSizeGreaterThanOrEqualTo(12);
        return tests.stream();
    }

    void run(String example) throws Exception {
        assumeTrue(Files.isExecutable(CURL), "no curl");
        String command = example.replace("http://localhost:8080", "http://127.0.0.1:" + port)
                + " --max-time 30 -w '\\n%{http_code}'";
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        String status = text.substring(text.lastIndexOf('\n') + 1);
        String body = text.substring(0, Math.max(0, text.lastIndexOf('\n')));
        assertThat(status).as(command + "\n" + body).isEqualTo("200");
        assertThat(body).as(command).isNotBlank();
    }
}
