package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's size and last update as the health route reports them, for an on-disk store. */
class StoreStatusTest {

    @Test
    void onDiskTheLastUpdateIsTheNewestFileAndTheSizeTheFiles(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(db)) {
            new InitialLoad((s, p) -> {
                throw new AssertionError("no reports");
            }).load(store, List.of(Fixture.TRIG));
        }
        // age the files, so the last update is theirs and not the time of this test
        Instant then = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try (Stream<Path> files = Files.walk(db)) {
            for (Path f : files.filter(Files::isRegularFile).toList())
                Files.setLastModifiedTime(f, FileTime.from(then));
        }
        try (GraphStore store = GraphStore.open(db)) {
            StoreStatus.Status s = new StoreStatus(store).status();
            assertThat(s.inMemory()).isFalse();
            assertThat(s.quads()).isGreaterThan(500);
            assertThat(s.graphs()).isEqualTo(5);
            assertThat(s.bytesOnDisk()).isGreaterThan(10_000);
            assertThat(s.lastUpdate()).as("opening the store (its lock file) is not an update").isEqualTo(then);
        }
    }
}
