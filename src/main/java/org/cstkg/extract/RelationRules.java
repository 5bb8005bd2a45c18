package org.cstkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.document.Article;
import org.cstkg.document.Segment;
import org.cstkg.document.Table;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * Relation rules over the mentions of one segment (one clause at a time where a sentence joins several), plus the
 * columns of policy tables and the hierarchy the gazetteer knows for entities met together in one article.
 */
final class RelationRules {

    private static final Pattern CREATED_AFTER_VERB = Pattern.compile(".*(" + Cues.ESTABLISH_VERB.pattern() + ")한\\s$");
    private static final Pattern ESTABLISH_VERB_AFTER = Pattern.compile(
            "^(\\([^)]*\\))?\\s?(을|를|이|가)?\\s?(" + Cues.ESTABLISH_VERB.pattern() + ").*");

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ",(?<=(?:하였고|했고|하고|하며|하였으며|했으며|이며|하여|되어|했다|했음|하였음|함|음|임),)\\s*|[.;]\\s+"
                    + "|\\s(?<=(?:하였고|했고|체결하고|하였으며|했으며)\\s)\\s*");
    /** The topic of a sentence ({@code 과학기술부는 …}) is the subject of its later clauses too. */
    private static final Pattern TOPIC_MARK = Pattern.compile("^(\\([^)]*\\))?(은|는)\\s");
    /** 등 closing a list of bodies: 공업정보화부 등 6개 부처, A, B 등이 */
    private static final Pattern OPEN_LIST = Pattern.compile("\\S\\s?등\\s?(\\d{1,2}\\s?개\\s?)?(부처|부문|기관|부서|부위|위원회|관계\\s?부처|단위)?(가|이|은|는|에서|과|와|의)?(\\s|$)");
    /** A clause about taking effect (시행, 발효), whose news date is no date of issue. */
    private static final Pattern IN_EFFECT = Pattern.compile("(시행|발효|실시|施行|实施|生效)");
    private static final Pattern CO_ISSUERS = Pattern.compile("(\\d{1,2})\\s?개\\s?(?:부처|부문|기관|부서|부위|부|위원회)");
    private static final Pattern FULL_DATE = Pattern.compile("(20\\d{2})\\s?년\\s?(\\d{1,2})\\s?월\\s?(\\d{1,2})\\s?일");
    // a year the clause states, not a target year (2026년까지, 2030년 목표)
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9])(?:(20\\d{2})\\s?년|'(\\d{2})\\s?년)(?!\\s?(?:까지|말까지|이내|목표|전후|이후|부터|도))"); // 2025년도: a fiscal year
    private static final Pattern SITED_IN = Pattern.compile("^(\\([^)]*\\))?\\s?(에 위치한|에 있는|에 소재한|소재|에 자리한|에 설립된)\\s$");
    private static final Pattern HELD_IN = Pattern.compile("^(\\([^)]*\\))?에서\\s(열린|개최된|진행된|거행된)\\s$");
    private static final Pattern UNDER = Pattern.compile("^(\\([^)]*\\))?\\s(산하|소속|산하의|소속의|산하\\s\\S+의?)\\s$");

    /** One unnamed sub-unit between a body and a title: 화남이공대학교 정보대학 학과장. */
    private static final Pattern UNIT_WORD = Pattern.compile("^\\s+\\S*(대학|학원|학과|학부|연구소|연구실|실험실|센터|부|처|과|팀)\\s+$");
    /** The name of a university's college or school, which the university founds as a part of itself. */
    private static final Pattern COLLEGE = Pattern.compile(".*(?:단과대학|단과대|학부|학과|(?<!과)학원)$");
    /** A title as the predicate: 왕젠은 알리바바클라우드 창업자다, 창업자이며. */
    private static final Pattern COPULA = Pattern.compile("(?:이)?(?:다|며|고|자|었다|였다)(?:[\\s,.]|$)");
    private static final Pattern SUBJECT_MARK = Pattern.compile(
            "^(\\([^)]*\\))?\\s?(사|측)?(은|는|이|가|에서|주도로|주도하에|주도\\s?하에|와|과|및|,|·|、|등\\s?\\d*\\s?개?)");

    private final Article article;
    private final LocalDate issued;
    private final java.util.function.Function<String, String> referenceOf;
    private int lastGovSegment = -1;
    private final List<Segment> segments;
    private final Map<Mention, Entity> entities;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    RelationRules(Article article, LocalDate issued, List<Segment> segments, Map<Mention, Entity> entities) {
        this(article, issued, segments, entities, id -> "data/gazetteer");
    }

    /** @param referenceOf the reference data a gazetteer entry comes from, by entry id */
    RelationRules(Article article, LocalDate issued, List<Segment> segments, Map<Mention, Entity> entities,
            java.util.function.Function<String, String> referenceOf) {
        this.referenceOf = referenceOf;
        this.article = article;
        this.issued = issued;
        this.segments = segments;
        this.entities = entities;
    }

    List<Fact> facts() {
        return facts;
    }

    List<Role> roles() {
        return roles;
    }

    void run() {
        Entity lastGov = null;
        for (Segment s : segments) {
            String text = Texts.normalize(s.text());
            List<Mention> ms = inSegment(s.index());
            composition(s.index(), s.text(), ms);
            Entity topic = null;
            for (int[] c : clauses(text)) {
                List<Mention> cm = ms.stream().filter(m -> m.start() >= c[0] && m.end() <= c[1]).toList();
                String clause = text.substring(c[0], c[1]);
                issued(s, text, c, clause, cm);
                established(s.index(), text, c, clause, cm, topic);
                developed(s.index(), text, c, clause, cm, topic);
                for (Mention m : top(cm))
                    if (topic == null && org(e(m)) && TOPIC_MARK.matcher(text.substring(m.end())).lookingAt())
                        topic = e(m);
                missions(s.index(), clause, cm);
                joins(s.index(), text, clause, cm, topic);
                organized(s.index(), text, clause, cm);
            }
            lastGov = people(s.index(), text, ms, lastGov);
            for (Mention m : ms) {
                if (entities.get(m).type() == EntityType.GovernmentBody) {
                    lastGov = entities.get(m);
                    lastGovSegment = s.index();
                }
                int[] period = e(m).type() == EntityType.Policy ? PatternRecognizer.period(m.surface()) : null;
                if (period != null && period[0] <= period[1]) {
                    literal(e(m), "periodStart", period[0], s.index(), "title-period");
                    literal(e(m), "periodEnd", period[1], s.index(), "title-period");
                }
            }
        }
        if (article != null)
            tables();
        gazetteerHierarchy();
    }

    private Map<Integer, List<Mention>> bySegment;
    private Map<Integer, String> textBySegment;

    /** The normalised text of the segment a mention is in. */
    private String textOf(Mention m) {
        if (textBySegment == null) {
            textBySegment = new java.util.HashMap<>();
            for (Segment s : segments)
                textBySegment.put(s.index(), Texts.normalize(s.text()));
        }
        return textBySegment.getOrDefault(m.segment(), "");
    }

    /** The mentions of one segment, by position, longer first; grouped once so that work stays linear. */
    private List<Mention> inSegment(int index) {
        if (bySegment == null) {
            bySegment = new java.util.HashMap<>();
            for (Mention m : entities.keySet())
                bySegment.computeIfAbsent(m.segment(), k -> new ArrayList<>()).add(m);
            for (List<Mention> ms : bySegment.values())
                ms.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                        : Integer.compare(b.length(), a.length()));
        }
        return bySegment.getOrDefault(index, List.of());
    }

    private static List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(new int[] { from, m.start() });
            from = m.end();
        }
        out.add(new int[] { from, text.length() });
        return out;
    }

    private void add(Entity s, String p, Entity o, int segment, String rule) {
        add(s, p, o, segment, -1, rule);
    }

    /** @param context an earlier segment that names an end this one implies, or -1 */
    private void add(Entity s, String p, Entity o, int segment, int context, String rule) {
        if (s == o || s.id().equals(o.id()))
            return;
        if (seen.add(s.id() + " " + p + " " + o.id()))
            facts.add(Fact.relation(s, p, o, segment, context == segment ? -1 : context, rule));
    }

    private void literal(Entity s, String p, Object v, int segment, String rule) {
        if (seen.add(s.id() + " " + p + " " + v))
            facts.add(Fact.literal(s, p, v, segment, rule));
    }

    private Entity e(Mention m) {
        return entities.get(m);
    }

    private static boolean org(Entity e) {
        return e.type().isOrganization();
    }

    /**
     * Whether the gazetteer puts a body under another parent than the one named before it, or beside it as a peer:
     * {@code 工业和信息化部 教育部} lists two ministries, it does not put one in the other.
     */
    private static boolean placedElsewhere(Entity unit, Entity before) {
        if (unit.entry() == null || before.entry() == null)
            return false;
        String parent = unit.entry().partOf();
        return parent != null && !parent.equals(before.entry().id())
                || parent != null && parent.equals(before.entry().partOf());
    }

    /** Top-level mentions: those not inside another mention of the segment. */
    private List<Mention> top(List<Mention> ms) {
        List<Mention> t = new ArrayList<>();
        for (Mention m : ms)
            if (ms.stream().noneMatch(o -> o.contains(m))
                    && !(!t.isEmpty() && Sentence.isGlossOf(textOf(m), t.get(t.size() - 1), m, entities)))
                t.add(m);
        return t;
    }

    /**
     * Names built of names: {@code 중국과학원 마이크로전자연구소} (part of), {@code 광저우 난사} (region in region),
     * {@code 광둥성 평칭실험실} and {@code 주취안 위성발사센터} (located in).
     */
    private void composition(int seg, String text, List<Mention> ms) { // text as written: 발개위&에너지국 is a list
        for (Mention outer : ms)
            for (Mention inner : ms)
                if (outer.contains(inner))
                    nested(seg, outer, inner);
        List<Mention> regions = ms.stream().filter(m -> e(m).type() == EntityType.Region).toList();
        for (Mention a : regions) // places named one after another, inside a longer name too: 허페이 슈산구 인민정부
            for (Mention b : regions)
                if (b.start() > a.end() && text.substring(a.end(), b.start()).isBlank()
                        && !Lexicon.isCountry(e(b).entry()) && e(a) != e(b))
                    add(e(b), "partOf", e(a), seg, "adjacent-regions");
        List<Mention> top = top(ms);
        for (int i = 0; i + 1 < top.size(); i++) {
            Mention a = top.get(i), b = top.get(i + 1);
            String gap = text.substring(a.end(), b.start());
            Entity ga = e(a), gb = e(b);
            if (SITED_IN.matcher(gap).matches() && ga.type() == EntityType.Region
                    && (org(gb) || gb.type() == EntityType.Facility))
                add(gb, "locatedIn", ga, seg, "sited-in"); // 베이징에 위치한 X
            if (HELD_IN.matcher(gap).matches() && ga.type() == EntityType.Region && gb.type() == EntityType.Event)
                add(gb, "locatedIn", ga, seg, "held-in"); // 파리에서 열린 제216차 집행이사회
            if (UNDER.matcher(gap).matches() && org(ga) && (org(gb) || gb.type() == EntityType.Facility))
                add(gb, "partOf", ga, seg, "unit-under-body"); // 중국과학원 산하 X
            if (UNDER.matcher(gap).matches() && org(ga) && gb.type() == EntityType.Person)
                add(gb, "affiliatedWith", ga, seg, "member-of-body"); // 칭화대학 소속 X 교수
            if (!gap.isBlank())
                continue;
            Entity ea = e(a), eb = e(b);
            if (ea.type() == EntityType.Region && eb.type() == EntityType.Region)
                continue; // done above
            else if (ea.type() == EntityType.Region && (org(eb) || eb.type() == EntityType.Facility)) {
                add(eb, "locatedIn", ea, seg, "region-before-name");
                for (Mention inner : ms)
                    if (b.contains(inner) && inner.start() == b.start() && e(inner).type() == EntityType.Region)
                        add(e(inner), "partOf", ea, seg, "adjacent-regions");
            }
            else if (org(ea) && org(eb) && !Lexicon.isCountry(ea.entry()) && !placedElsewhere(eb, ea))
                add(eb, "partOf", ea, seg, "body-before-unit");
            else if (org(ea) && eb.type() == EntityType.Region && !Lexicon.isCountry(eb.entry()) && i + 2 < top.size()
                    && text.substring(b.end(), top.get(i + 2).start()).isBlank()) {
                Entity ec = e(top.get(i + 2)); // 중국과학원 물리연구소 베이징 X실험실: the unit, with its place, of the body
                if (org(ec) && !Lexicon.isCountry(ea.entry()) && !placedElsewhere(ec, ea))
                    add(ec, "partOf", ea, seg, "body-before-unit");
            }
        }
    }

    private void nested(int seg, Mention outer, Mention inner) {
        Entity eo = e(outer), ei = e(inner);
        if (eo == ei || inner.rule().equals("coref"))
            return;
        if (ei.type() == EntityType.Region && (org(eo) || eo.type() == EntityType.Facility)
                && !Lexicon.isCountry(ei.entry()))
            add(eo, "locatedIn", ei, seg, "region-in-name");
        else if (org(ei) && (org(eo) || eo.type() == EntityType.Facility) && inner.start() == outer.start())
            add(eo, "partOf", ei, seg, "body-in-name");
    }

    /** Bodies named before a policy in a clause that says it was issued; counts and years stated with it. */
    private void issued(Segment s, String text, int[] c, String clause, List<Mention> cm) {
        boolean verb = Cues.ISSUE_VERB.matcher(clause).find();
        for (Mention p : top(cm)) { // not a document cited inside another's title
            if (e(p).type() != EntityType.Policy)
                continue;
            List<Entity> issuers = new ArrayList<>();
            for (Mention m : top(cm))
                if (m.end() <= p.start() && org(e(m)) && (verb || text.substring(m.end(), p.start()).isBlank())) {
                    String after = text.substring(m.end(), p.start());
                    if (SUBJECT_MARK.matcher(after).lookingAt() || after.isBlank() || Rx.matches(after, "^\\s?\\d+월에?\\s.*"))
                        issuers.add(e(m));
                } else if (verb && m.end() <= p.start() && e(m).type() == EntityType.Region
                        && !Lexicon.isCountry(e(m).entry()) && SUBJECT_MARK.matcher(text.substring(m.end(), p.start())).lookingAt()
                        && Rx.matches(text.substring(m.end(), m.end() + 1), "[은는이가]"))
                    issuers.add(e(m)); // 상하이시는 'X'를 인쇄발부했다: a province or city as a government
            if (issuers.isEmpty() && verb) // 'P'는 국무원이 2021년 발표한 …: the issuer after the title, before the verb
                for (Mention m : top(cm)) {
                    if (m.start() < p.end() || !org(e(m)))
                        continue;
                    Matcher v = Cues.ISSUE_VERB.matcher(text.substring(m.end(), c[1]));
                    if (Rx.matches(text.substring(m.end()), "^(\\([^)]*\\))?(이|가|에서)\\s.*") && v.find() && v.start() < 20)
                        issuers.add(e(m));
                }
            for (Entity i : issuers)
                add(e(p), "issuedBy", i, s.index(), verb ? "issuer-of-policy" : "issuer-genitive");
            if (issuers.isEmpty())
                continue;
            Matcher n = CO_ISSUERS.matcher(clause);
            Integer count = n.find() && Integer.parseInt(n.group(1)) > 1 ? Integer.parseInt(n.group(1)) : null;
            if (count != null)
                literal(e(p), "coIssuerCount", count, s.index(), "co-issuer-count");
            issuerList(e(p), issuers, count, OPEN_LIST.matcher(clause).find(), s.index(), "issuer-list");
            // a day without its month counts from the article's own date (a digest lead's), else the document's
            LocalDate dated = article != null && article.date() != null ? article.date() : issued;
            String date = verb ? PolicyDates.stated(clause, dated) : null;
            if (date != null && (issued == null || date.compareTo(issued.toString()) <= 0))
                literal(e(p), "issueDate", date, s.index(), "issue-date");
            else if (date == null && verb && article != null && article.part() > 0 && article.date() != null
                    && s.kind() != Segment.Kind.NOTE && year(clause) == null && !IN_EFFECT.matcher(clause).find())
                // a digest's lead date is the date of the news: the month it reports the issue in
                literal(e(p), "issueDate", article.date().toString().substring(0, 7), s.index(), "issue-month-of-news");
            Integer year = year(clause);
            // a digest's lead date is the date of the news it reports; a story's own date may be much later
            if (year == null && verb && article != null && article.part() > 0 && article.date() != null
                    && s.kind() != Segment.Kind.NOTE)
                year = article.date().getYear();
            if (year != null && (issued == null || year <= issued.getYear()))
                literal(e(p), "issuedYear", year, s.index(), "issue-year");
        }
    }

    /**
     * The lead issuer (the first body named, as a joint notice lists them) and whether the list is complete: open when
     * it ends in 등 or names fewer bodies than it counts. Said only of lists of two or more, named or counted.
     */
    private void issuerList(Entity policy, List<Entity> issuers, Integer count, boolean open, int seg, String rule) {
        if (issuers.isEmpty() || issuers.size() < 2 && count == null)
            return;
        add(policy, "leadIssuer", issuers.get(0), seg, rule);
        literal(policy, "issuersComplete", !open && (count == null || count == issuers.size()), seg, rule);
    }

    private static Integer year(String clause) {
        Matcher y = YEAR.matcher(clause);
        if (!y.find())
            return null;
        return y.group(1) != null ? Integer.parseInt(y.group(1)) : 2000 + Integer.parseInt(y.group(2));
    }

    /** {@code A 주도로 X를 구성}, {@code A, B가 공동으로 'X' 신설}: creators before the created thing. */
    private void established(int seg, String text, int[] c, String clause, List<Mention> cm, Entity topic) {
        Matcher v = Cues.ESTABLISH_VERB.matcher(clause);
        if (!v.find())
            return;
        List<Mention> top = top(cm);
        for (Mention made : top) {
            Entity em = e(made);
            if (!(org(em) || em.type() == EntityType.Facility))
                continue;
            String after = text.substring(made.end(), Math.min(text.length(), made.end() + 12));
            String before = text.substring(Math.max(0, made.start() - 10), made.start());
            boolean createdAfterVerb = CREATED_AFTER_VERB.matcher(before).matches(); // 설립한 X
            if (!createdAfterVerb
                    && !ESTABLISH_VERB_AFTER.matcher(after).matches())
                continue;
            boolean found = false;
            for (Mention m : top)
                if (m.end() <= made.start() && org(e(m)) && e(m) != em
                        && SUBJECT_MARK.matcher(text.substring(m.end(), made.start())).lookingAt()) {
                    add(em, "establishedBy", e(m), seg, "creator-before-created");
                    if (e(m).type() == EntityType.University && COLLEGE.matcher(made.name()).matches())
                        add(em, "partOf", e(m), seg, "college-of-university"); // 칭화대학이 X단과대를 설립
                    found = true;
                }
            for (Mention m : top) // 칭화대학에 X연구원 설립: set up at a body, a unit of it
                if (m.end() <= made.start() && org(e(m)) && e(m) != em && !Lexicon.isCountry(e(m).entry())
                        && Rx.matches(text.substring(m.end(), made.start()), "^(\\([^)]*\\))?에\\s(?:[가-힣A-Za-z]+\\s){0,3}")
                        && !Rx.matches(text.substring(m.end(), made.start()), ".*(?:면|서|고|며|는|한|해|하여|대해|관해|의해|따라)\\s.*")
                        && top.stream().noneMatch(o -> o.start() >= m.end() && o.end() <= made.start()))
                    add(em, "partOf", e(m), seg, "created-at-body");
            if (!found && topic != null && topic != em)
                add(em, "establishedBy", topic, seg, "creator-is-topic");
            for (Mention m : top)
                if (m.end() <= made.start() && e(m).type() == EntityType.Region
                        && Rx.matches(text.substring(m.end(), made.start()), "^(\\([^)]*\\))?에\\s.*"))
                    add(em, "locatedIn", e(m), seg, "created-in-region");
            if (c[0] == 0 && !top.isEmpty() && e(top.get(0)).type() == EntityType.Region
                    && text.substring(top.get(0).end()).startsWith(","))
                add(em, "locatedIn", e(top.get(0)), seg, "region-headline");
        }
    }

    /**
     * {@code A가 개발한 X}, {@code A는 … X를 개발}: the developer is the last body of the subject (the lab, not its
     * university); the technology is the one right after the verb, or those before it.
     */
    private void developed(int seg, String text, int[] c, String clause, List<Mention> cm, Entity topic) {
        Matcher v = Cues.DEVELOP_VERB.matcher(clause);
        if (!v.find())
            return;
        int verbAt = c[0] + v.start();
        List<Mention> top = top(cm);
        List<Entity> devs = new ArrayList<>();
        List<Mention> devMentions = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            Mention m = top.get(i);
            if (m.end() > verbAt || !org(e(m)) && e(m).type() != EntityType.Facility)
                continue;
            boolean headOfChain = i + 1 < top.size() && org(e(top.get(i + 1)))
                    && text.substring(m.end(), top.get(i + 1).start()).isBlank();
            if (!headOfChain && SUBJECT_MARK.matcher(text.substring(m.end())).lookingAt()) {
                devs.add(e(m));
                devMentions.add(m);
            }
        }
        if (devs.isEmpty() && topic != null)
            devs.add(topic);
        if (devs.isEmpty())
            return;
        List<Entity> techs = new ArrayList<>();
        boolean respectively = clause.contains("각각");
        Mention afterVerb = top.stream().filter(m -> m.start() >= verbAt && m.start() - verbAt <= 8
                && e(m).type() == EntityType.Technology).findFirst().orElse(null);
        if (afterVerb != null && Rx.matches(text.substring(verbAt, afterVerb.start()), "^(개발|발표|출시|공개)한\\s.*"))
            techs.add(e(afterVerb));
        else
            for (Mention m : top)
                if (m.end() <= verbAt && e(m).type() == EntityType.Technology
                        && !Rx.matches(text.substring(m.end(), Math.min(text.length(), m.end() + 8)), "^\\S*\\s?(프레임|에)?\\s?기반.*"))
                    techs.add(e(m));
        if (respectively) { // 화웨이와 바이두는 각각 판구와 원신이옌을 발표: pairs in order, or nothing
            if (techs.size() == devs.size())
                for (int i = 0; i < techs.size(); i++)
                    add(techs.get(i), "developedBy", devs.get(i), seg, "developer-respectively");
            return;
        }
        if (devMentions.size() > 1 && techs.size() > 1) { // 알리바바는 X를, 텐센트는 Y를 공개: each its own
            for (Mention tm : top)
                if (techs.contains(e(tm)) && tm.end() <= verbAt)
                    devMentions.stream().filter(d -> d.end() <= tm.start()).reduce((a, b) -> b)
                            .ifPresent(d -> add(e(tm), "developedBy", e(d), seg, "developer-of-each"));
            return;
        }
        for (Entity t : techs)
            for (Entity d : devs)
                add(t, "developedBy", d, seg, "developer-of-technology");
    }

    /** A mission with its launch site and rocket in a launch sentence; persons boarding it. */
    private void missions(int seg, String clause, List<Mention> cm) {
        List<Entity> programs = cm.stream().map(this::e).filter(x -> x.type() == EntityType.Program).distinct().toList();
        if (programs.isEmpty())
            return;
        Entity mission = programs.get(0);
        if (clause.contains("발사")) {
            Matcher d = FULL_DATE.matcher(clause);
            if (d.find()) {
                try {
                    literal(mission, "eventDate", java.time.LocalDate.of(Integer.parseInt(d.group(1)),
                            Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))), seg, "launch-date");
                } catch (java.time.DateTimeException e) {
                    // not a calendar date: no date rather than a wrong one
                }
            }
            for (Mention m : cm) {
                Entity x = e(m);
                if (x.type() == EntityType.Facility && Rx.matches(m.name(), ".*(발사센터|발사장|발사기지)$"))
                    add(mission, "launchedFrom", x, seg, "launch-site");
                if (x.type() == EntityType.Technology && isRocket(m, x))
                    add(mission, "launchVehicle", x, seg, "launch-vehicle");
            }
        }
        if (Cues.CREW_VERB.matcher(clause).find())
            for (Mention m : cm)
                if (e(m).type() == EntityType.Person)
                    add(e(m), "participatesIn", mission, seg, "crew");
    }

    /** {@code A는 B 프로젝트에 참여}: a body (the subject) takes part in a programme or event named before the verb. */
    private void joins(int seg, String text, String clause, List<Mention> cm, Entity topic) {
        Matcher v = Rx.of("(에|에도)\\s?(참여|참가|가입)").matcher(clause);
        if (!v.find())
            return;
        List<Mention> top = top(cm);
        for (Mention target : top) {
            Entity t = e(target);
            if (!(t.type() == EntityType.Program || t.type() == EntityType.Event))
                continue;
            if (!Rx.matches(text.substring(target.end()), "^(\\([^)]*\\))?\\s?\\S{0,12}?(에|에도)\\s?(참여|참가|가입).*"))
                continue;
            boolean found = false;
            for (Mention m : top)
                if (m.end() <= target.start() && org(e(m))
                        && Rx.matches(text.substring(m.end()), "^(\\([^)]*\\))?(은|는|이|가|도)\\s.*")) {
                    add(e(m), "participatesIn", t, seg, "body-joins");
                    found = true;
                }
            if (!found && topic != null)
                add(topic, "participatesIn", t, seg, "topic-joins");
        }
    }

    private static boolean isRocket(Mention m, Entity x) {
        String en = x.en() == null ? "" : x.en();
        return m.rule().equals("rocket-number") || Rx.matches(en, "(?i).*(long march|rocket|kuaizhou|zhuque|ceres).*")
                || m.name().contains("로켓") || Rx.matches(m.surface(), ".*\\d\\s?호\\s?[A-Z].*");
    }

    private void organized(int seg, String text, String clause, List<Mention> cm) {
        if (!Rx.matches(clause, ".*(주최|주관|개최).*"))
            return;
        List<Mention> top = top(cm);
        for (Mention ev : top) {
            if (e(ev).type() != EntityType.Event)
                continue;
            for (Mention m : top)
                if (m.end() <= ev.start() && org(e(m))
                        && Rx.matches(text.substring(m.end()), "^(\\([^)]*\\))?\\s?(이|가|과|와|,|은|는)\\s.*")
                        && Rx.matches(text.substring(m.end(), ev.start()), ".*(주최|주관|공동으로|개최).*|^(이|가|과|와|,)\\s.*"))
                    add(e(ev), "organizedBy", e(m), seg, "organizer");
        }
    }

    /** People with their titles: {@code A 원장 장리}, {@code 린시창 A 부주임}, {@code 구이하이차오는 A 교수}. */
    private Entity people(int seg, String text, List<Mention> ms, Entity lastGov) {
        List<Mention> top = top(ms);
        for (int i = 0; i < top.size(); i++) {
            Mention p = top.get(i);
            if (e(p).type() != EntityType.Person)
                continue;
            String after = text.substring(p.end());
            String before = text.substring(0, p.start());
            String role = roleAt(after, true);
            Integer age = ageOf(p);
            List<Entity> orgs = new ArrayList<>();
            // person, organisation chain, title
            int j = i + 1;
            List<Entity> chain = new ArrayList<>();
            boolean former = false;
            while (j < top.size() && org(e(top.get(j)))
                    && text.substring(j == i + 1 ? p.end() : top.get(j - 1).end(), top.get(j).start())
                            .matches("^\\s*((은|는|이|가)\\s)?(현직\\s|전\\s|前\\s?)?$")) {
                former |= j == i + 1 && Rx.matches(text.substring(p.end(), top.get(j).start()), ".*(^|\\s)(전|前)\\s?$");
                chain.add(e(top.get(j)));
                j++;
            }
            if (!chain.isEmpty()) {
                String r = roleAt(text.substring(top.get(j - 1).end()), true);
                if (r != null && former) { // 리우례훙 전 차이나유니콤 당서기: a former post, no affiliation now
                    roles.add(new Role(e(p), chain.get(chain.size() - 1), r, age, seg, true));
                    continue;
                }
                if (r != null) {
                    orgs.addAll(chain);
                    role = r;
                }
            }
            // organisation chain, title, person
            if (orgs.isEmpty()) {
                String r = roleAt(before, false);
                if (r != null) {
                    int k = i - 1;
                    int edge = p.start();
                    Matcher rm = Rx.of(Pattern.quote(r) + "(?:인|이자|이며)?\\s*$").matcher(before);
                    if (rm.find())
                        edge = rm.start();
                    for (Mention b : top) // 중국과학원 원사 X: a title that begins with its body's name
                        if (b.start() == edge && b.end() < p.start() && org(e(b)) && r.startsWith(b.surface().strip()))
                            edge = b.end();
                    while (k >= 0 && org(e(top.get(k))) && top.get(k).end() <= edge
                            && (text.substring(top.get(k).end(), edge).isBlank()
                            || orgs.isEmpty() && UNIT_WORD.matcher(text.substring(top.get(k).end(), edge)).matches())) {
                        orgs.add(0, e(top.get(k)));
                        edge = top.get(k).start();
                        k--;
                    }
                    if (!orgs.isEmpty())
                        role = r;
                    else if (role == null)
                        role = r;
                }
            }
            // organisation, person, title: 중국 유인우주공정판공실 린시창 부주임
            if (orgs.isEmpty() && role != null && i > 0 && org(e(top.get(i - 1))) // (NSFC) 더우셴훙 주임: its gloss between
                    && Rx.matches(text.substring(top.get(i - 1).end(), p.start()), "^(\\([^)]*\\))?\\s*$"))
                orgs.add(e(top.get(i - 1)));
            // research team of the organisation named earlier in the sentence
            if (orgs.isEmpty() && Rx.matches(after, "^(\\([^)]*\\))?\\s?(연구팀|연구진|교수팀|팀).*")) {
                for (int k = i - 1; k >= 0; k--)
                    if (org(e(top.get(k)))) {
                        orgs.add(e(top.get(k)));
                        if (k > 0 && org(e(top.get(k - 1)))
                                && text.substring(top.get(k - 1).end(), top.get(k).start()).isBlank())
                            orgs.add(e(top.get(k - 1)));
                        break;
                    }
                role = role == null ? "연구팀장" : role;
            }
            Entity person = e(p);
            boolean placed = facts.stream().anyMatch(f -> f.subject() == person && f.predicate().equals("affiliatedWith"));
            // 초대 국장은 X: the body named before; not when the article has already said where X serves
            boolean implied = orgs.isEmpty() && role != null && Cues.OFFICIAL_ROLES.contains(role) && lastGov != null
                    && !placed;
            if (implied) // 초대 국장은 리우례훙: the body the article named before
                orgs.add(lastGov);
            for (Entity o : orgs)
                add(e(p), "affiliatedWith", o, seg, implied ? lastGovSegment : -1,
                        implied ? "title-of-body-named-before" : "title-and-body");
            if (!implied) // 화남이공대학교 정보대학 교수: of the school and of the university it is named with
                for (Mention unit : top)
                    if (orgs.contains(e(unit)))
                        for (Mention parent : ms)
                            if (unit.contains(parent) && parent.start() == unit.start() && org(e(parent))
                                    && !Lexicon.isCountry(e(parent).entry()))
                                add(e(p), "affiliatedWith", e(parent), seg, "title-and-parent-body");
            Entity in = orgs.isEmpty() ? null : orgs.get(orgs.size() - 1);
            Cues.RoleTitle kind = role == null ? null : Cues.ROLE_TITLES.get(role);
            if (in == null && kind != null && kind.kind().equals("crew")) // 지령장 of the mission named with them
                in = ms.stream().map(this::e).filter(x -> x.type() == EntityType.Program).findFirst().orElse(null);
            if (role != null || age != null)
                roles.add(new Role(e(p), in, role, age, seg));
        }
        return lastGov;
    }

    private static Integer ageOf(Mention p) {
        Matcher a = Rx.of("[·,]\\s*(\\d{1,3})\\)").matcher(p.surface());
        return a.find() ? Integer.valueOf(a.group(1)) : null;
    }

    /** A title right after ({@code forward}) or right before a position. */
    private static String roleAt(String s, boolean forward) {
        String r = roleAt0(s, forward);
        if (r == null && !forward && Rx.matches(s, "[\\s\\S]*[가-힣](?:인|이자|이며)\\s*$")) // 중국공정원 원사인 왕젠
            r = roleAt0(Rx.replaceFirst(s.stripTrailing(), "(?:인|이자|이며)$", ""), false);
        return r;
    }

    private static String roleAt0(String s, boolean forward) {
        String t = forward ? Rx.replaceFirst(s, "^(\\([^)]*\\))?\\s?((현직|전임|전|현|수석|상임)\\s)?", "")
                : s.stripTrailing();
        String best = null;
        for (String r : Cues.ROLES) {
            boolean hit = forward ? t.startsWith(r) && (t.length() == r.length() || !Texts.isHangul(t.charAt(r.length()))
                    || Cues.particleAt(t, r.length()) || COPULA.matcher(t).region(r.length(), t.length()).lookingAt())
                    : t.endsWith(r) && (t.length() == r.length() || !Texts.isHangul(t.charAt(t.length() - r.length() - 1)));
            if (hit && (best == null || r.length() > best.length()))
                best = r;
        }
        return best;
    }

    /** Policy tables: one policy per row, its issuing bodies and year from their columns. */
    private void tables() {
        for (Table t : article.tables()) {
            int name = t.column("정책명", "정책", "문건", "문서명");
            int body = t.column("부처", "기관", "발표", "발행");
            int year = t.column("년도", "연도", "시기", "일자", "발표일");
            if (name < 0 || body < 0)
                continue;
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> row = t.rows().get(r);
                int seg = t.rowSegments().get(r);
                if (name >= row.size() || body >= row.size())
                    continue;
                List<Mention> ms = inSegment(seg);
                Mention policy = ms.stream().filter(m -> e(m).type() == EntityType.Policy).findFirst().orElse(null);
                if (policy == null)
                    continue;
                String cellText = row.get(body);
                List<Entity> issuers = new ArrayList<>();
                top(ms).stream().filter(m -> org(e(m)) && cellText.contains(m.surface().strip()))
                        .sorted(java.util.Comparator.comparingInt(m -> cellText.indexOf(m.surface().strip())))
                        .forEach(m -> {
                            if (!issuers.contains(e(m)))
                                issuers.add(e(m));
                        });
                for (Entity i : issuers)
                    add(e(policy), "issuedBy", i, seg, "policy-table");
                Matcher n = CO_ISSUERS.matcher(cellText);
                Integer count = n.find() ? Integer.valueOf(n.group(1)) : null;
                if (count != null)
                    literal(e(policy), "coIssuerCount", count, seg, "policy-table");
                issuerList(e(policy), issuers, count, OPEN_LIST.matcher(cellText).find(), seg, "policy-table");
                if (year >= 0 && year < row.size() && Rx.matches(row.get(year), "\\s*20\\d{2}\\s*")) {
                    literal(e(policy), "issuedYear", Integer.parseInt(row.get(year).strip()), seg, "policy-table");
                    literal(e(policy), "issueDate", row.get(year).strip(), seg, "policy-table");
                } else if (year >= 0 && year < row.size()) {
                    String date = PolicyDates.stated(row.get(year), issued);
                    if (date != null)
                        literal(e(policy), "issueDate", date, seg, "policy-table");
                }
            }
        }
    }

    /** Part-of and located-in links the gazetteer knows, between entities this article mentions. */
    private void gazetteerHierarchy() {
        Map<String, Entity> byEntry = new java.util.HashMap<>();
        for (Map.Entry<Mention, Entity> me : entities.entrySet()) {
            if (me.getValue().entry() != null)
                byEntry.putIfAbsent(me.getValue().entry().id(), me.getValue());
        }
        for (Entity x : byEntry.values()) {
            GazetteerEntry g = x.entry();
            Entity parent = g.partOf() == null ? null : byEntry.get(g.partOf());
            Entity place = g.locatedIn() == null ? null : byEntry.get(g.locatedIn());
            // reference data: true whatever the article says, never attached to one of its sentences
            if (parent != null && seen.add(x.id() + " partOf " + parent.id()))
                facts.add(Fact.reference(x, "partOf", parent, referenceOf.apply(g.id()), "gazetteer"));
            if (place != null && seen.add(x.id() + " locatedIn " + place.id()))
                facts.add(Fact.reference(x, "locatedIn", place, referenceOf.apply(g.id()), "gazetteer"));
        }
    }
}
