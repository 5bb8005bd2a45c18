package org.cstkg.cli;

import java.io.PrintWriter;

import org.cstkg.source.SourceException;
import org.cstkg.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./cstkg}. */
@Command(name = "cstkg", mixinStandardHelpOptions = true, version = "cstkg 0.1.0",
        description = "Knowledge graph of Chinese science and technology, built from weekly news digests.",
        subcommands = { IngestCommand.class, ExtractCommand.class, ValidateCommand.class, QueryCommand.class,
                CompactCommand.class, LinksCommand.class, DumpCommand.class, BackupCommand.class,
                RestoreCommand.class, AdminHashCommand.class, org.cstkg.generate.GenerateCommand.class,
                ServeCommand.class })
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        org.apache.jena.sys.JenaSystem.init(); // once, on this thread, before any other thread touches Jena
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests as much as for {@link #main}). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof SourceException || ex instanceof StoreException || ex instanceof UserError
                    || ex instanceof IllegalStateException && ex.getMessage() != null && ex.getMessage().contains("conform")) {
                err.println("cstkg: " + ex.getMessage());
                err.flush();
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    /** A mistake of the user's (bad path, bad query): reported as one line, exit code 2. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
