package org.cstkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Summarises bench/run's raw results: a Markdown page of every figure with min/median/max over its rounds, the
 * ratios the issue's targets are stated in (medians), and the scaling plot.
 *
 * <pre>Report RAW.tsv OUT.md [PLOT.png]</pre>
 */
public final class Report {

    public static void main(String[] args) throws IOException {
        Raw raw = Raw.read(Path.of(args[0]));
        StringBuilder md = new StringBuilder();
        md.append("| reports | metric | subject | min | median | max | unit | rounds |\n");
        md.append("|---:|---|---|---:|---:|---:|---|---:|\n");
        for (Map.Entry<Raw.Key, Raw.Stat> e : raw.stats().entrySet()) {
            Raw.Key k = e.getKey();
            Raw.Stat s = e.getValue();
            md.append(String.format("| %d | %s | %s | %s | %s | %s | %s | %d |%n", k.size(), k.metric(), k.subject(),
                    Raw.fmt(s.min()), Raw.fmt(s.median()), Raw.fmt(s.max()), k.unit(), s.rounds()));
        }
        md.append("\nRatios (of medians):\n\n");
        for (int size : raw.sizes())
            for (String line : ratios(raw, size))
                md.append("- ").append(size).append(" reports: ").append(line).append('\n');
        Files.writeString(Path.of(args[1]), md.toString(), StandardCharsets.UTF_8);
        if (args.length > 2)
            Plot.scaling(raw, Path.of(args[2]));
    }

    static List<String> ratios(Raw raw, int size) {
        List<String> out = new ArrayList<>();
        ratio(out, "extraction 1 thread / read+tokenise floor (articles/s)", raw.get(size, "extract", "cstkg-1-thread", "articles/s"),
                raw.get(size, "extract", "floor", "articles/s"));
        ratio(out, "extraction 2 threads / 1 thread (articles/s)", raw.get(size, "extract", "cstkg-2-threads", "articles/s"),
                raw.get(size, "extract", "cstkg-1-thread", "articles/s"));
        ratio(out, "ingest / tdbloader (quads/s)", raw.get(size, "ingest", "cstkg", "quads/s"),
                raw.get(size, "ingest", "tdbloader", "quads/s"));
        ratio(out, "ingest CPU seconds cstkg / tdbloader", raw.get(size, "ingest-cpu", "cstkg", "s"),
                raw.get(size, "ingest-cpu", "tdbloader", "s"));
        Raw.Stat before = raw.get(size, "reingest-store", "before", "bytes"), after = raw.get(size, "reingest-store", "after", "bytes");
        if (before != null && after != null)
            out.add(String.format("store bytes after re-ingesting a report (largest over %d rounds) / before: %.2f", after.rounds(),
                    after.max() / before.median()));
        ratio(out, "store bytes cstkg / tdbloader", raw.get(size, "store", "cstkg", "bytes"),
                raw.get(size, "store", "tdbloader", "bytes"));
        ratio(out, "REST entity lookup / Fuseki DESCRIBE (req/s)", raw.get(size, "http", "cstkg-entity", "req/s"),
                raw.get(size, "http", "fuseki-describe", "req/s"));
        ratio(out, "one more report at #" + size + " / at #" + raw.sizes().first(),
                raw.get(size, "ingest-one-report", "cstkg", "s"), raw.get(raw.sizes().first(), "ingest-one-report", "cstkg", "s"));
        ratio(out, "serve start-up / Fuseki start-up", raw.get(size, "startup", "cstkg-serve", "s"),
                raw.get(size, "startup", "fuseki", "s"));
        for (Map.Entry<Raw.Key, Raw.Stat> e : raw.stats().entrySet()) {
            Raw.Key k = e.getKey();
            if (k.size() != size || !k.metric().equals("query-p50") || !k.subject().startsWith("tdb2:"))
                continue;
            String q = k.subject().substring("tdb2:".length());
            ratio(out, "query " + q + " p50 TDB2 / Oxigraph", e.getValue(), raw.get(size, "query-p50", "oxigraph:" + q, "ms"));
            ratio(out, "query " + q + " p50 TDB2 / RDF4J", e.getValue(), raw.get(size, "query-p50", "rdf4j:" + q, "ms"));
        }
        return out;
    }

    private static void ratio(List<String> out, String what, Raw.Stat a, Raw.Stat b) {
        if (a == null || b == null || b.median() == 0)
            out.add(what + ": not measured" + (a == null ? "" : " (no comparison figure)"));
        else
            out.add(String.format("%s: %.2f", what, a.median() / b.median()));
    }
}
