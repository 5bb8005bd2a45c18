package org.cstkg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.CST;
import org.cstkg.rdf.EntityType;
import org.cstkg.span.NameKey;

/**
 * Ranks the entities of a {@link ReconIndex} for a query. A name matches a label whole (in any script, through the
 * readings and pinyin of Chinese labels), one transcription variant apart, or in part; property values then confirm or
 * contradict. A candidate is a {@code match} only when it scores at least {@value #MATCH} and leads the next by
 * {@value #MARGIN} points.
 */
final class Reconciler {

    static final double MATCH = 90, MARGIN = 8;
    static final double PROPERTY_AGREES = 5, PROPERTY_DISAGREES = -15;
    /** What a query loses for sharing a label's key without being written as the label is (case, spaces, script). */
    static final double NOT_AS_WRITTEN = 0.5;
    private static final Pattern GLOSS = Pattern.compile("[(（]([^)）]+)[)）]");

    private final ReconIndex index;

    Reconciler(ReconIndex index) {
        this.index = index;
    }

    /** The best match found so far for one entity. */
    private record Best(ReconEntity entity, double score, String feature, String how) {}

    List<Candidate> reconcile(ReconQuery q) {
        EntityType type = Types.parse(q.type());
        Map<ReconEntity, Best> best = new LinkedHashMap<>();
        String key = LabelForms.key(q.query());
        for (QueryKey k : queryKeys(q.query(), key))
            for (ReconIndex.Entry e : index.exact(k.key()))
                offer(best, e.entity(), e.form().score() + k.penalty()
                        - (q.query().equals(e.form().written()) ? 0 : NOT_AS_WRITTEN), e.form().feature(),
                        e.form().how() + k.note());
        if (top(best) < MATCH)
            for (ReconIndex.Entry e : index.near(key))
                offer(best, e.entity(), LabelForms.VARIANT, "variant", "one transcription syllable apart from "
                        + e.form().how());
        if (top(best) < MATCH - 5 && key.length() >= 2)
            partial(best, key);
        List<Candidate> out = new ArrayList<>();
        List<Best> ranked = new ArrayList<>(best.values());
        ranked.removeIf(b -> type != null && !Types.instance(b.entity().types(), type));
        List<Scored> scored = new ArrayList<>();
        for (Best b : ranked)
            scored.add(withProperties(b, q.properties()));
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.best().entity().id()));
        for (int i = 0; i < scored.size() && i < q.limit(); i++) {
            Scored s = scored.get(i);
            double next = i + 1 < scored.size() ? scored.get(i + 1).score() : Double.NEGATIVE_INFINITY;
            boolean match = i == 0 && s.score() >= MATCH && s.score() - next >= MARGIN;
            out.add(candidate(s, q.lang(), match));
        }
        return out;
    }

    private record QueryKey(String key, double penalty, String note) {}

    /** The query's key, and the keys of what it may also be: its gloss (중국과학원(中国科学院)), a person's official transcription, the name without a leading 중국 or "the". */
    private static List<QueryKey> queryKeys(String query, String key) {
        List<QueryKey> keys = new ArrayList<>();
        keys.add(new QueryKey(key, 0, ""));
        Matcher g = GLOSS.matcher(query);
        while (g.find())
            keys.add(new QueryKey(LabelForms.key(g.group(1)), -2, " (the query's gloss " + g.group(1) + ")"));
        String person = NameKey.ofPerson(query.replaceAll("[(（][^)）]*[)）]", ""));
        if (!person.equals(key))
            keys.add(new QueryKey(person, -3, " (query read in the official transcription)"));
        String mixed = hanRead(query);
        if (mixed != null)
            keys.add(new QueryKey(LabelForms.key(mixed), -3, " (the query's Hanzi read in Sino-Korean: " + mixed + ")"));
        if (key.startsWith("중국") && key.length() > 3)
            keys.add(new QueryKey(key.substring(2), -6, " (query without its leading 중국)"));
        if (key.startsWith("the") && key.length() > 6)
            keys.add(new QueryKey(key.substring(3), 0, ""));
        return keys;
    }

    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    /**
     * A name written half in Hangul, half in Hanzi (중국科学院, 中国과학원) with the Hanzi read in Sino-Korean, so that it
     * meets the Korean label; null for a name in one script.
     */
    static String hanRead(String query) {
        if (NameKey.syllables(query) == 0 || !org.cstkg.hanzi.HanziTable.hasHan(query))
            return null;
        Matcher m = HAN_RUN.matcher(query);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String reading = org.cstkg.hanzi.HanziTable.get().sinoKorean(m.group());
            if (reading == null)
                return null;
            m.appendReplacement(sb, Matcher.quoteReplacement(reading));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Labels that contain the query, or that the query contains, scored by how much of the longer one they cover. */
    private void partial(Map<ReconEntity, Best> best, String key) {
        for (Map.Entry<String, List<ReconIndex.Entry>> k : index.keys()) {
            String label = k.getKey();
            double score;
            String how;
            if (label.length() > key.length() && label.contains(key)) {
                score = 40 + 40.0 * key.length() / label.length();
                how = "in part: the query is part of ";
            } else if (key.length() > label.length() && label.length() >= 3 && key.contains(label)) {
                score = 35 + 40.0 * label.length() / key.length();
                how = "in part: the query contains ";
            } else
                continue;
            for (ReconIndex.Entry e : k.getValue())
                offer(best, e.entity(), Math.min(score, e.form().score() - 10), "partial", how + e.form().how());
        }
    }

    private static void offer(Map<ReconEntity, Best> best, ReconEntity e, double score, String feature, String how) {
        Best b = best.get(e);
        if (b == null || score > b.score())
            best.put(e, new Best(e, score, feature, how));
    }

    private static double top(Map<ReconEntity, Best> best) {
        return best.values().stream().mapToDouble(Best::score).max().orElse(0);
    }

    private record Scored(Best best, double score, List<Candidate.Feature> properties, List<String> notes) {}

    private Scored withProperties(Best b, List<ReconQuery.PropertyValue> properties) {
        double score = b.score();
        List<Candidate.Feature> features = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ReconQuery.PropertyValue p : properties) {
            String pid = localProperty(p.pid());
            Set<String> has = b.entity().links().getOrDefault(pid, Set.of());
            if (has.isEmpty())
                continue;
            Set<String> wanted = resolve(p);
            boolean agrees = closure(has).stream().anyMatch(wanted::contains);
            score += agrees ? PROPERTY_AGREES : PROPERTY_DISAGREES;
            features.add(new Candidate.Feature("property_" + pid, agrees ? 1 : 0));
            notes.add(pid + (agrees ? " agrees" : " differs (" + String.join(", ", has) + ")"));
        }
        return new Scored(b, Math.max(0, Math.min(100, score)), features, notes);
    }

    static String localProperty(String pid) {
        String p = pid == null ? "" : pid.strip();
        if (p.startsWith("cst:"))
            return p.substring(4);
        if (p.startsWith(CST.NS))
            return p.substring(CST.NS.length());
        return p;
    }

    /** The entities a property value names: the ids given, and the entities a name matches whole. */
    private Set<String> resolve(ReconQuery.PropertyValue p) {
        Set<String> ids = new HashSet<>(p.ids());
        for (String name : p.names())
            for (ReconIndex.Entry e : index.exact(LabelForms.key(name)))
                ids.add(e.entity().id());
        return ids;
    }

    /** The entities and everything they are part of or located in, a few steps up: Haidian is in Beijing. */
    private Set<String> closure(Set<String> start) {
        Set<String> out = new HashSet<>(start);
        List<String> frontier = new ArrayList<>(start);
        for (int step = 0; step < 6 && !frontier.isEmpty(); step++) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                ReconEntity e = index.byId(id);
                if (e == null)
                    continue;
                for (String p : List.of("partOf", "locatedIn"))
                    for (String up : e.links().getOrDefault(p, Set.of()))
                        if (out.add(up))
                            next.add(up);
            }
            frontier = next;
        }
        return out;
    }

    private static Candidate candidate(Scored s, String lang, boolean match) {
        ReconEntity e = s.best().entity();
        List<Candidate.Feature> features = new ArrayList<>();
        features.add(new Candidate.Feature("name", round(s.best().score())));
        features.add(new Candidate.Feature("match_" + s.best().feature(), 1));
        features.addAll(s.properties());
        String why = "matched " + s.best().how() + (s.notes().isEmpty() ? "" : "; " + String.join("; ", s.notes()));
        String other = e.description(lang);
        return new Candidate(e.id(), e.name(lang), other.isEmpty() ? why : why + " — " + other,
                e.types().stream().map(Types::type).toList(), round(s.score()), match, features);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
