package org.cstkg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;

/**
 * The gold-standard metric of {@code shared/tools/score_extraction.py}, over a Jena model: an entity is found when a
 * resource of a right type (subclasses count) carries a label equal, after normalising, to one of its surface forms,
 * its Chinese or its English name; a relation when some found subject and object are linked by the predicate.
 */
public final class GoldScore {

    static final Set<String> CORE = Set.of("GovernmentBody", "ResearchInstitute", "University", "Company", "Organization",
            "Person", "Region", "Program", "Policy", "Facility", "Technology", "Event");
    static final Set<String> LABELS = Set.of("label", "prefLabel", "altLabel", "name", "alternateName", "hiddenLabel");

    public final double entityRecall, relationRecall, precisionLowerBound;
    public final List<String> missedEntities = new ArrayList<>(), missedRelations = new ArrayList<>(),
            unmatched = new ArrayList<>();

    private GoldScore(double er, double rr, double p) {
        entityRecall = er;
        relationRecall = rr;
        precisionLowerBound = p;
    }

    static String local(Node n) {
        String s = n.getURI();
        String[] parts = s.split("[#/]");
        return parts[parts.length - 1];
    }

    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\([^)]*\\)", "");
        return t.replaceAll("[\\s'‘’\"“”·・\\-–—_.,]", "").toLowerCase(Locale.ROOT);
    }

    public static GoldScore score(Model model, Path goldPrefix) throws IOException {
        Map<String, Set<String>> sup = new HashMap<>();
        Map<Node, Set<String>> types = new HashMap<>();
        Map<Node, Set<String>> labels = new HashMap<>();
        Map<List<Node>, Set<String>> edges = new HashMap<>();
        List<Triple> all = model.getGraph().find().toList();
        for (Triple t : all)
            if (t.getPredicate().getURI().endsWith("subClassOf") && t.getObject().isURI())
                sup.computeIfAbsent(local(t.getSubject()), k -> new HashSet<>()).add(local(t.getObject()));
        for (Triple t : all) {
            String p = local(t.getPredicate());
            Node o = t.getObject();
            if (p.equals("type") && o.isURI())
                types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).addAll(closure(local(o), sup));
            else if (LABELS.contains(p) && o.isLiteral())
                labels.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(norm(o.getLiteralLexicalForm()));
            else if (o.isURI() || o.isBlank())
                edges.computeIfAbsent(List.of(t.getSubject(), o), k -> new HashSet<>()).add(p);
        }
        Map<String, Set<Node>> index = new HashMap<>();
        labels.forEach((e, ls) -> ls.forEach(l -> index.computeIfAbsent(l, k -> new HashSet<>()).add(e)));

        Map<String, Set<Node>> found = new HashMap<>();
        Set<Node> matched = new HashSet<>();
        List<String> missed = new ArrayList<>();
        int n = 0, hit = 0;
        for (String line : Files.readAllLines(Path.of(goldPrefix + ".entities.tsv"))) {
            if (line.startsWith("#") || line.isBlank())
                continue;
            String[] f = line.split("\t");
            Set<String> tset = Set.of(f[1].split("\\|"));
            Set<String> forms = new HashSet<>();
            for (String x : f[4].split("\\|")) {
                forms.add(norm(x));
                Matcher m = Pattern.compile("\\(([^)]*)\\)").matcher(x);
                while (m.find())
                    forms.add(norm(m.group(1).split("[·,]")[0]));
            }
            forms.add(norm(f[3]));
            forms.add(norm(f[2]));
            forms.remove("");
            Set<Node> cands = new HashSet<>();
            forms.forEach(x -> cands.addAll(index.getOrDefault(x, Set.of())));
            found.put(f[0], cands);
            n++;
            boolean ok = false;
            for (Node c : cands)
                if (types.getOrDefault(c, Set.of()).stream().anyMatch(tset::contains)) {
                    matched.add(c);
                    ok = true;
                }
            if (ok)
                hit++;
            else
                missed.add(f[0] + " (" + f[4].split("\\|")[0] + ", " + f[1] + ")" + (cands.isEmpty() ? "" : " [wrong type]"));
        }
        int rels = 0, rhit = 0;
        List<String> rmissed = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(goldPrefix + ".relations.tsv"))) {
            if (line.startsWith("#") || line.isBlank())
                continue;
            String[] f = line.split("\t");
            rels++;
            boolean ok = false;
            for (Node a : found.getOrDefault(f[0], Set.of()))
                for (Node b : found.getOrDefault(f[2], Set.of()))
                    ok |= edges.getOrDefault(List.of(a, b), Set.of()).contains(f[1]);
            if (ok)
                rhit++;
            else
                rmissed.add(f[0] + " " + f[1] + " " + f[2]);
        }
        Set<Node> extracted = new HashSet<>();
        labels.keySet().forEach(e -> {
            if (types.getOrDefault(e, Set.of()).stream().anyMatch(CORE::contains))
                extracted.add(e);
        });
        long good = extracted.stream().filter(matched::contains).count();
        GoldScore s = new GoldScore(n == 0 ? 0 : (double) hit / n, rels == 0 ? 0 : (double) rhit / rels,
                extracted.isEmpty() ? 0 : (double) good / extracted.size());
        s.missedEntities.addAll(missed);
        s.missedRelations.addAll(rmissed);
        extracted.stream().filter(e -> !matched.contains(e))
                .forEach(e -> s.unmatched.add(labels.get(e).stream().sorted().findFirst().orElse(e.toString())));
        return s;
    }

    private static Set<String> closure(String c, Map<String, Set<String>> sup) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            String x = todo.remove(todo.size() - 1);
            if (out.add(x))
                todo.addAll(sup.getOrDefault(x, Set.of()));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "entity recall %.3f, relation recall %.3f, precision lower bound %.3f%n"
                + "missed entities: %s%nmissed relations: %s%nunmatched: %s", entityRecall, relationRecall,
                precisionLowerBound, missedEntities, missedRelations, unmatched);
    }
}
