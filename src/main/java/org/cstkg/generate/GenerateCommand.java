package org.cstkg.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./cstkg generate}: a synthetic corpus for load and scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = { "Write a synthetic corpus for LOAD AND SCALE TESTS ONLY: digests or news stories made from the",
                "gazetteer, names it does not know and the templates of data/generate/. The text is made up and its",
                "facts are not facts: never use it to judge extraction quality. The same seed gives the same bytes.",
                "Digests hold 10 to 17 articles each unless --articles says otherwise." })
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", required = true, paramLabel = "N", description = "number of files to write")
    int reports;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write into (new or empty)")
    Path out;

    @Option(names = "--layout", defaultValue = "digest", paramLabel = "digest|article",
            description = "digest (a weekly digest per file) or article (one news story per file); default: ${DEFAULT-VALUE}")
    String layout;

    @Option(names = "--articles", paramLabel = "K", description = "articles per digest (default: 10 to 17, varying)")
    Integer articles;

    @Override
    public Integer call() throws IOException {
        if (reports < 1)
            throw bad("--reports must be at least 1");
        if (articles != null && articles < 1)
            throw bad("--articles must be at least 1");
        if (!Generator.LAYOUTS.contains(layout))
            throw bad("--layout must be one of " + Generator.LAYOUTS + ", not '" + layout + "'");
        if (Files.exists(out) && (!Files.isDirectory(out) || !empty(out)))
            throw bad(out + ": not an empty directory; generate writes into a new or empty one");
        long t0 = System.nanoTime();
        Generator.Summary s = Generator.standard().write(out, seed, reports, layout, articles);
        spec.commandLine().getOut().printf("wrote %,d %s files (%,d articles, %,d bytes) to %s in %d ms; synthetic, "
                + "for load and scale tests only%n", s.files(), layout, s.articles(), s.bytes(), out,
                (System.nanoTime() - t0) / 1_000_000);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
