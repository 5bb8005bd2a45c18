package org.cstkg.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Locates the shared sample report and gold standard, which live outside the repository (they are not ours). */
public final class SharedData {

    private SharedData() {}

    public static Path shared() {
        String p = System.getProperty("cstkg.shared");
        Path dir = p != null ? Path.of(p) : Path.of("..", "shared");
        return dir.toAbsolutePath().normalize();
    }

    /** The sample KOSTEC report; the test is skipped, not failed, where the shared folder is absent. */
    public static Path sampleReport() {
        Path f = shared().resolve("corpus/kostec-weekly-2023-06-02.txt");
        Assumptions.assumeTrue(Files.isRegularFile(f), "sample report not found at " + f);
        return f;
    }

    public static Path goldPrefix() {
        return shared().resolve("gold/kostec-weekly-2023-06-02");
    }
}
