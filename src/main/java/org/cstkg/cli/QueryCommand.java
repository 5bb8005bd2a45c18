package org.cstkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.cstkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = { "Run a SPARQL query file on the store; the default graph holds the triples of all graphs.",
                "With --store, the remote store answers it (cstkg ingest keeps its default graph the same way)." })
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "SPARQL query file")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text, csv, tsv, json or xml (SELECT); "
            + "CONSTRUCT and DESCRIBE print Turtle")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file))
            throw new Main.UserError(file + ": no such query file");
        Query q;
        try {
            q = QueryFactory.create(Files.readString(file));
        } catch (QueryParseException e) {
            throw new Main.UserError(file + ": bad SPARQL: " + e.getMessage().replace('\n', ' '));
        }
        ResultsFormat results = resultsFormat();
        try (Store s = store.openExisting()) {
            if (q.isSelectType())
                s.select(q, rs -> {
                    ResultSetFormatter.output(System.out, rs, results);
                    return null;
                });
            else if (q.isAskType())
                System.out.println(s.ask(q));
            else
                RDFDataMgr.write(System.out, s.construct(q), RDFFormat.TURTLE_PRETTY);
        }
        return 0;
    }

    private ResultsFormat resultsFormat() {
        return switch (format) {
            case "csv" -> ResultsFormat.FMT_RS_CSV;
            case "tsv" -> ResultsFormat.FMT_RS_TSV;
            case "json" -> ResultsFormat.FMT_RS_JSON;
            case "xml" -> ResultsFormat.FMT_RS_XML;
            case "text" -> ResultsFormat.FMT_TEXT;
            default -> throw new Main.UserError("unknown --format " + format);
        };
    }
}
