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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The curl examples of README.md and docs/serving.md that follow a {@code <!-- policy-examples} marker, run as written
 * (only the host's port changed) with the real {@code curl} against the whole server over the fixture with the policy
 * records: each must answer 200 with a body.
 */
@SpringBootTest(classes = CstkgWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "cstkg.db=mem:",
                "cstkg.initial-load=src/test/resources/serve/fixture.trig,src/test/resources/serve/policies.trig" })
class DocumentedExamplesTest {

    static final String MARKER = "<!-- policy-examples", STATUS = "cstkg-status:";
    static final Path CURL = Path.of("/usr/bin/curl");

    @LocalServerPort
    int port;

    /** The curl lines of the first fenced block after each marker of a file. */
    static List<String> examples(Path file) throws IOException {
        List<String> commands = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(MARKER))
                continue;
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).startsWith("```"))
                j++;
            for (j++; j < lines.size() && !lines.get(j).startsWith("```"); j++)
                if (lines.get(j).startsWith("curl "))
                    commands.add(lines.get(j));
        }
        return commands;
    }

    @Test
    void everyPolicyExampleAnswers(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CURL), "no curl at " + CURL);
        List<String> commands = new ArrayList<>(examples(Path.of("docs/serving.md")));
        assertThat(commands).as("docs/serving.md's policy examples").hasSizeGreaterThanOrEqualTo(8);
        List<String> readme = examples(Path.of("README.md"));
        assertThat(readme).as("README's policy examples").isNotEmpty();
        commands.addAll(readme);
        for (String command : commands) {
            assertThat(command).contains("http://localhost:8080/");
            String run = command.replace("http://localhost:8080/", "http://localhost:" + port + "/")
                    + " -w '\\n" + STATUS + "%{http_code}'";
            Process p = new ProcessBuilder("sh", "-c", run).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(command).isTrue();
            assertThat(p.exitValue()).as(command + "\n" + out).isZero();
            assertThat(out).as(command).endsWith(STATUS + "200");
            String body = out.substring(0, out.length() - (STATUS + "200").length()).strip();
            if (command.contains(" -o ")) {
                String file = command.replaceAll(".* -o (\\S+) .*", "$1");
                byte[] saved = Files.readAllBytes(dir.resolve(file));
                assertThat(saved).as(file).startsWith(0xEF, 0xBB, 0xBF);
                assertThat(new String(saved, StandardCharsets.UTF_8)).contains("policy/ngaidp");
            } else
                assertThat(body).as(command).isNotEmpty().doesNotContain("\"status\":4");
        }
    }
}
