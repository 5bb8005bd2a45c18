package org.cstkg.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;

/** Chooses one story's names: entities of the gazetteer, composed ones it does not know, a topic, figures. */
final class Casting {

    private final NamePool pool;
    private final NameComposer composer;
    private final Words words;

    Casting(NamePool pool, NameComposer composer, Words words) {
        this.pool = pool;
        this.composer = composer;
        this.words = words;
    }

    Cast cast(Random r, int year) {
        Map<String, String> v = new HashMap<>();
        List<GazetteerEntry> govs = distinct(EntityType.GovernmentBody, 2 + r.nextInt(3), r);
        v.put("gov", NamePool.ko(govs.get(0)));
        v.put("gov2", NamePool.ko(govs.get(1)));
        v.put("govlist", String.join(", ", govs.stream().map(NamePool::ko).toList()));
        v.put("govcount", String.valueOf(govs.size() + r.nextInt(4)));
        v.put("govzh", govs.get(0).zhHans());
        String region = name(EntityType.Region, r);
        v.put("region", region);
        v.put("region2", name(EntityType.Region, r));
        v.put("inst", name(EntityType.ResearchInstitute, r));
        v.put("newlab", composer.lab(r, region));
        v.put("uni", name(EntityType.University, r));
        v.put("company", name(EntityType.Company, r));
        v.put("newco", composer.company(r));
        v.put("person", name(EntityType.Person, r));
        v.put("newperson", composer.person(r));
        v.put("newperson2", composer.person(r));
        v.put("labrole", words.pick("labrole", r).ko());
        v.put("corprole", words.pick("corprole", r).ko());
        v.put("unirole", words.pick("unirole", r).ko());
        v.put("tech", name(EntityType.Technology, r));
        v.put("program", name(EntityType.Program, r));
        v.put("facility", name(EntityType.Facility, r));
        v.put("event", name(EntityType.Event, r));
        v.put("gpolicy", name(EntityType.Policy, r));
        Words.Word topic = words.pick("topic", r), topic2 = words.pick("topic", r);
        Words.Word kind = words.pick("policykind", r);
        v.put("topic", topic.ko());
        v.put("topic2", topic2.ko());
        v.put("topiczh", topic.zh());
        boolean regional = r.nextInt(4) == 0;
        v.put("policy", (regional ? region + " " : "") + topic.ko() + " " + kind.ko());
        v.put("policyzh", topic.zh() + kind.zh());
        v.put("newevent", composer.event(r, region, topic.ko(), year));
        v.put("year", String.valueOf(year + 1 + r.nextInt(6)));
        v.put("num", String.valueOf(2 + r.nextInt(30)));
        v.put("amount", String.valueOf(10 * (1 + r.nextInt(99))));
        return new Cast(v);
    }

    private String name(EntityType t, Random r) {
        return NamePool.ko(pool.pick(t, r));
    }

    private List<GazetteerEntry> distinct(EntityType t, int n, Random r) {
        Set<GazetteerEntry> out = new LinkedHashSet<>();
        for (int tries = 0; out.size() < n && tries < 10 * n; tries++)
            out.add(pool.pick(t, r));
        return new ArrayList<>(out);
    }
}
