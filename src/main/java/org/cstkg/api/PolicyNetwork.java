package org.cstkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Component;

/**
 * The co-issuance network of the policies a filter selects: each issuing body a node (with how many of the policies it
 * issued), each pair of bodies that issued a policy together an edge weighted by how many they issued together.
 */
@Component
class PolicyNetwork {

    static final int MAX_NODES = 300;

    private static final String ISSUERS = """
            SELECT DISTINCT ?p ?i WHERE {
              VALUES (?p) { ?policies } ?p cst:issuedBy|cst:leadIssuer ?i . FILTER(isIRI(?i))
            }
            """;
    private static final String LABELS = """
            SELECT ?i ?l WHERE { VALUES (?i) { ?bodies } ?i rdfs:label ?l FILTER(LANG(?l) IN ("ko", "en", "zh-Hans")) }
            """;

    /** A body: its labels in Korean, English and Chinese, and the number of policies it issued or co-issued. */
    record Node(String id, String iri, String label, Map<String, String> labels, int policies) {}

    /** Two bodies that issued {@code weight} policies together: those policies' ids. */
    record Edge(String source, String target, int weight, List<String> policies) {}

    /**
     * @param policies   how many policies the filter selected
     * @param totalNodes how many bodies issued them; {@code nodes} holds at most {@code maxNodes} of them, those with
     *                   the most policies, and {@code truncated} says whether some were left out (with their edges)
     */
    record Network(String issuer, Integer from, Integer to, String type, String level, int policies, int totalNodes,
            int maxNodes, boolean truncated, List<Node> nodes, List<Edge> edges) {}

    private final Sparql sparql;

    PolicyNetwork(Sparql sparql) {
        this.sparql = sparql;
    }

    Network of(List<String> policyIris, String issuer, Integer from, Integer to, String type, String level) {
        Map<String, Set<String>> issuersOf = new LinkedHashMap<>();
        if (!policyIris.isEmpty()) {
            ParameterizedSparqlString q = Sparql.query(ISSUERS);
            q.setValues("policies", policyIris.stream().map(ResourceFactory::createResource).toList());
            for (QuerySolution row : sparql.select(q))
                issuersOf.computeIfAbsent(Entities.uri(row, "p"), k -> new java.util.TreeSet<>())
                        .add(Entities.uri(row, "i"));
        }
        Map<String, Integer> count = new HashMap<>();
        issuersOf.values().forEach(bodies -> bodies.forEach(b -> count.merge(b, 1, Integer::sum)));
        List<String> kept = count.keySet().stream()
                .sorted(Comparator.comparing((String b) -> -count.get(b)).thenComparing(b -> b))
                .limit(MAX_NODES).toList();
        Set<String> keep = new LinkedHashSet<>(kept);
        Map<String, List<String>> pairs = new TreeMap<>();
        issuersOf.forEach((policy, bodies) -> {
            List<String> list = bodies.stream().filter(keep::contains).toList();
            for (int a = 0; a < list.size(); a++)
                for (int b = a + 1; b < list.size(); b++)
                    pairs.computeIfAbsent(list.get(a) + " " + list.get(b), k -> new ArrayList<>()).add(policy);
        });
        Map<String, Map<String, String>> labels = labels(kept);
        List<Node> nodes = kept.stream().map(b -> {
            Map<String, String> l = labels.getOrDefault(b, Map.of());
            String label = l.getOrDefault("ko", l.getOrDefault("en", l.get("zh-Hans")));
            return new Node(Ids.id(b), b, label, l, count.get(b));
        }).toList();
        List<Edge> edges = new ArrayList<>();
        pairs.forEach((pair, policies) -> {
            String[] ab = pair.split(" ", 2);
            edges.add(new Edge(id(ab[0]), id(ab[1]), policies.size(),
                    policies.stream().map(PolicyNetwork::id).sorted().toList()));
        });
        edges.sort(Comparator.comparing((Edge e) -> -e.weight()).thenComparing(Edge::source)
                .thenComparing(Edge::target));
        return new Network(issuer, from, to, type, level, policyIris.size(), count.size(), MAX_NODES,
                count.size() > kept.size(), nodes, edges);
    }

    private Map<String, Map<String, String>> labels(List<String> bodies) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        if (bodies.isEmpty())
            return labels;
        ParameterizedSparqlString q = Sparql.query(LABELS);
        q.setValues("bodies", bodies.stream().map(ResourceFactory::createResource).toList());
        for (QuerySolution row : sparql.select(q))
            labels.computeIfAbsent(Entities.uri(row, "i"), k -> new TreeMap<>())
                    .merge(row.getLiteral("l").getLanguage(), row.getLiteral("l").getLexicalForm(),
                            (a, b) -> a.compareTo(b) <= 0 ? a : b);
        return labels;
    }

    private static String id(String iri) {
        String id = Ids.id(iri);
        return id == null ? iri : id;
    }
}
