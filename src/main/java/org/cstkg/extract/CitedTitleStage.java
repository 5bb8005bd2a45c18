package org.cstkg.extract;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cstkg.document.Article;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.resolve.Entity;
import org.cstkg.resolve.EntityResolver;

/** The Chinese title a reference line cites, given to the one policy of the article that it names. */
final class CitedTitleStage implements Stage {

    @Override
    public String name() {
        return "cited-titles";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.FACTS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of();
    }

    @Override
    public void apply(Work work) {
        for (Work.Part p : work.parts)
            if (p.article != null)
                citedTitle(p.article, p.facts, work.resolver);
    }

    private static final Pattern CITED_POLICY = Pattern.compile(
            "《([^《》]{4,80}(?:计划|規劃|规划|方案|意见|意見|行动|行動|纲要|綱要|办法|辦法|通知|条例|條例|规定|規定|措施|指南|战略|戰略|政策)(?:（[^）]*）)?)》");

    /**
     * Reference lines often cite the Chinese original of the policy an article is about, as in
     * {@code 关于印发《…专项行动（2023—2025年）》的通知}. When an article has one policy with an issuer and its references
     * cite one policy title, that is the policy's Chinese name.
     */
    private static void citedTitle(Article article, List<Fact> facts, EntityResolver resolver) {
        List<Entity> issued = facts.stream().filter(f -> f.predicate().equals("issuedBy")).map(Fact::subject)
                .filter(e -> e.entry() == null && e.zh() == null).distinct().toList();
        Set<String> titles = new LinkedHashSet<>();
        for (org.cstkg.document.Reference r : article.references()) {
            if (r.title() == null)
                continue;
            Matcher m = CITED_POLICY.matcher(r.title());
            while (m.find())
                titles.add(HanziTable.get().toSimplified(m.group(1)));
        }
        if (issued.isEmpty() || titles.size() != 1)
            return;
        // several Korean names of policies issued by a shared body, and one cited title: one document
        Entity main = issued.stream().max(Comparator.comparingLong(p -> facts.stream()
                .filter(f -> f.subject() == p && f.predicate().equals("issuedBy")).count())).orElseThrow();
        Set<Entity> mainIssuers = issuers(main, facts);
        for (Entity p : issued)
            if (p != main && issuers(p, facts).stream().anyMatch(mainIssuers::contains))
                resolver.merge(p, main);
        resolver.addChineseName(main, titles.iterator().next());
    }

    private static Set<Entity> issuers(Entity policy, List<Fact> facts) {
        return facts.stream().filter(f -> f.subject() == policy && f.predicate().equals("issuedBy"))
                .map(Fact::object).collect(Collectors.toSet());
    }

}
