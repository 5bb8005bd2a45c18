package org.cstkg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cstkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cstkg generate}: files written as asked, a non-empty directory and bad options refused. */
class GenerateCommandTest {

    static Object[] run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(p);
        System.setErr(p);
        try {
            return new Object[] { Main.run(args), buf.toString(StandardCharsets.UTF_8) };
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void writesTheFilesAsked(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("corpus");
        Object[] r = run("generate", "--reports", "3", "--seed", "4", "--out", out.toString(), "--layout", "article");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("load and scale tests only"), (String) r[1]);
        try (var s = Files.list(out)) {
            assertEquals(3, s.count());
        }
        Object[] again = run("generate", "--reports", "1", "--out", out.toString());
        assertEquals(2, again[0]);
        assertTrue(((String) again[1]).contains("not an empty directory"), (String) again[1]);
    }

    @Test
    void helpSaysWhatItIsFor() {
        Object[] r = run("generate", "--help");
        assertEquals(0, r[0]);
        assertTrue(((String) r[1]).contains("LOAD AND SCALE TESTS ONLY"));
    }

    @Test
    void badOptionsAreRefused(@TempDir Path tmp) {
        assertEquals(2, run("generate", "--reports", "0", "--out", tmp.resolve("a").toString())[0]);
        assertEquals(2, run("generate", "--reports", "1", "--layout", "poster", "--out", tmp.resolve("b").toString())[0]);
    }
}
