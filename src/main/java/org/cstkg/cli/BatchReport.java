package org.cstkg.cli;

import java.io.PrintStream;
import java.util.List;

import org.cstkg.pipeline.Pipeline;

/**
 * The end of a batch: one line per failed file, one per notice of a read one, then {@code N read, M failed}. The exit
 * code is 2 when any file failed, 0 otherwise.
 */
final class BatchReport {

    private BatchReport() {}

    static int print(List<Pipeline.Outcome> outcomes, boolean debug, PrintStream err) {
        int failed = 0, internal = 0;
        for (Pipeline.Outcome o : outcomes) {
            if (o.ok()) {
                for (String n : o.result().report().notices())
                    err.println("cstkg: " + o.file() + ": note: " + n);
                continue;
            }
            failed++;
            err.println("cstkg: " + o.error());
            if (o.internal()) {
                internal++;
                if (debug)
                    o.cause().printStackTrace(err);
            }
        }
        err.printf("%d read, %d failed%s%n", outcomes.size() - failed, failed,
                internal == 0 ? "" : " (" + internal + " internal error" + (internal == 1 ? "" : "s")
                        + (debug ? "" : "; --debug shows the stack trace") + ")");
        return failed == 0 ? 0 : 2;
    }
}
