package org.cstkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The raw results bench/run appends, one measurement a line: {@code size metric subject unit round value}. Rounds of
 * one (size, metric, subject, unit) are summarised as min, median and max.
 */
final class Raw {

    record Key(int size, String metric, String subject, String unit) {}

    record Stat(double min, double median, double max, int rounds) {}

    private final Map<Key, List<Double>> values = new LinkedHashMap<>();

    static Raw read(Path file) throws IOException {
        Raw r = new Raw();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] c = line.split("\t");
            if (c.length != 6)
                throw new IllegalArgumentException(file + ": expected 6 columns: " + line);
            if (c[5].isEmpty() || c[5].equals("NaN"))
                continue;
            r.values.computeIfAbsent(new Key(Integer.parseInt(c[0]), c[1], c[2], c[3]), k -> new ArrayList<>())
                    .add(Double.parseDouble(c[5]));
        }
        return r;
    }

    Map<Key, Stat> stats() {
        Map<Key, Stat> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
            out.put(k, new Stat(a[0], median, a[a.length - 1], a.length));
        });
        return out;
    }

    Stat get(int size, String metric, String subject, String unit) {
        return stats().get(new Key(size, metric, subject, unit));
    }

    TreeSet<Integer> sizes() {
        TreeSet<Integer> s = new TreeSet<>();
        values.keySet().forEach(k -> s.add(k.size()));
        return s;
    }

    static String fmt(double v) {
        double a = Math.abs(v);
        if (a >= 1000)
            return String.format("%,.0f", v);
        if (a >= 100)
            return String.format("%.0f", v);
        if (a >= 10)
            return String.format("%.1f", v);
        if (a >= 1)
            return String.format("%.2f", v);
        return String.format("%.3f", v);
    }
}
