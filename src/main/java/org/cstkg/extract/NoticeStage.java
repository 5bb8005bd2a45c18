package org.cstkg.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.document.Segment;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.lexicon.NoticeFields;
import org.cstkg.lexicon.NoticeFields.Field;
import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.source.notice.NoticeFormat;
import org.cstkg.source.notice.NoticeParser;
import org.cstkg.span.Mention;

/**
 * The policy an official notice is, with what its layout states: the title gives the policy (the document in
 * 《》 or after 关于印发 when the notice issues one, else the notice itself) and its type; the 发文机关 field, the
 * bodies before 关于 and the signature give the issuers, in order; the 发文字号 field or line the number; 发布日期 (or
 * 成文日期, or the date under the signature) the issue date; 施行日期 or a sentence (自…起施行, 自发布之日起施行) the date of
 * effect. Each fact rests on the line that writes it, with the title as the line that names the policy.
 */
final class NoticeStage implements Stage {

    private static final Pattern ISSUING = Pattern.compile(
            "^(.*?)(?:关于|關於)(?:联合|聯合)?(?:印发|印發|发布|發布|颁布|頒布|公布|转发|轉發)(.{2,120}?)的(?:通知|通告|公告)$");
    private static final Pattern ABOUT = Pattern.compile("^(.*?)((?:关于|關於).{2,140})$");
    private static final Pattern ON_ISSUE = Pattern.compile("自(?:印发|印發|发布|發布|公布)之日起(?:施行|实施|實施|生效)");

    private final Lexicon lexicon;
    private final DocumentTypes types = DocumentTypes.standard();
    private final HanziTable han = HanziTable.get();

    NoticeStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "notice";
    }

    @Override
    public java.util.Set<Annotation> requires() {
        return java.util.Set.of(Annotation.FACTS);
    }

    @Override
    public java.util.Set<Annotation> provides() {
        return java.util.Set.of();
    }

    @Override
    public void apply(Work work) {
        if (!NoticeFormat.NAME.equals(work.document.format()))
            return;
        for (Work.Part p : work.parts)
            if (p.article != null)
                notice(work, p);
    }

    private void notice(Work work, Work.Part p) {
        Segment title = p.segments.stream().filter(s -> s.kind() == Segment.Kind.TITLE).findFirst().orElse(null);
        if (title == null)
            return;
        String t = title.text();
        int from = 0, to = t.length();
        String issuersInTitle = "";
        Integer stated = null;
        boolean open = false;
        var cited = CitedNotices.parse(t).filter(CitedNotices::own);
        Matcher issuing = ISSUING.matcher(t), about = ABOUT.matcher(t);
        if (cited.isPresent()) { // …关于印发《X》的通知
            from = t.indexOf(cited.get().title());
            to = from + cited.get().title().length();
            issuersInTitle = t.substring(0, Math.max(0, t.indexOf('《') >= 0 ? t.indexOf('《') : t.indexOf('〈')));
            stated = cited.get().stated();
            open = cited.get().incomplete();
        } else if (issuing.matches()) { // 国务院关于印发新一代人工智能发展规划的通知
            from = issuing.start(2);
            to = issuing.end(2);
            issuersInTitle = issuing.group(1);
        } else if (about.matches()) { // 国务院关于加快…的指导意见: the notice is the policy
            from = about.start(2);
            issuersInTitle = about.group(1);
        }
        if (issuersInTitle.contains("等")) {
            open = true;
            stated = CitedNotices.stated(issuersInTitle);
        }
        String official = han.toSimplified(t.substring(from, to).strip());
        Mention pm = new Mention(title.index(), from, to, t.substring(from, to), EntityType.Policy, official, null,
                official, null, null, "notice-title");
        Entity policy = work.resolver.resolve(pm).canonical();
        add(p, pm, policy);
        int ti = title.index();
        p.facts.add(Fact.literal(policy, "officialTitle", official, ti, "notice-title"));
        URI type = types.ofChinese(official);
        if (type != null)
            p.facts.add(Fact.literal(policy, "documentType", type, ti, "notice-title"));
        int[] period = CitedNotices.period(official);
        if (period != null) {
            p.facts.add(Fact.literal(policy, "periodStart", period[0], ti, "notice-title"));
            p.facts.add(Fact.literal(policy, "periodEnd", period[1], ti, "notice-title"));
        }

        // issuers: the header field, else the title's bodies, else the signature; each where it is written
        List<Entity> issuers = new ArrayList<>();
        boolean fromHeader = false;
        for (Segment s : p.segments) {
            var f = NoticeFields.get().parse(s.text()).filter(l -> l.field() == Field.ISSUER);
            if (f.isPresent() && s.kind() == Segment.Kind.NOTE) {
                fromHeader |= bodies(work, p, s, f.get().valueStart(), ti, policy, issuers, "notice-issuer-field");
                break;
            }
        }
        if (issuers.isEmpty() && !issuersInTitle.isBlank())
            bodies(work, p, title, 0, -1, policy, issuers, "notice-issuer-in-title", issuersInTitle.length());
        boolean signed = false;
        if (issuers.isEmpty())
            for (Segment s : p.segments)
                if (s.kind() == Segment.Kind.NOTE && s.index() > ti && NoticeParser.dateOf(s.text()) == null
                        && NoticeFields.get().parse(s.text()).isEmpty() && s.text().length() <= 30
                        && isSignature(p, s))
                    signed |= bodies(work, p, s, 0, ti, policy, issuers, "notice-signature");
        if (!issuers.isEmpty()) {
            Fact first = p.facts.stream().filter(f -> f.subject().canonical() == policy
                    && f.predicate().equals("issuedBy") && f.object().canonical() == issuers.get(0)).findFirst()
                    .orElseThrow();
            if (issuers.size() > 1 || stated != null)
                p.facts.add(new Fact(policy, "leadIssuer", issuers.get(0), null, first.segment(), first.context(), null,
                        "notice-lead-issuer"));
            if (stated != null && stated > 1)
                p.facts.add(Fact.literal(policy, "coIssuerCount", stated, ti, "notice-title"));
            if (issuers.size() > 1 || stated != null || fromHeader || signed)
                p.facts.add(new Fact(policy, "issuersComplete", null, !open && (stated == null || stated == issuers.size()),
                        first.segment(), first.context(), null, "notice-issuers"));
        }

        // number and dates from the header, the number line and the sentences
        LocalDate published = null, written = null;
        boolean numbered = false;
        for (Segment s : p.segments) {
            if (s.kind() != Segment.Kind.NOTE)
                continue;
            var f = NoticeFields.get().parse(s.text());
            int context = s.index() == ti ? -1 : ti;
            if (f.isPresent()) {
                String v = f.get().value();
                switch (f.get().field()) {
                case NUMBER -> numbered |= numbers(p, policy, v, s.index(), context);
                case PUBLISHED -> {
                    published = NoticeParser.dateOf(v);
                    if (published != null)
                        p.facts.add(new Fact(policy, "issueDate", null, published.toString(), s.index(), context, null,
                                "notice-published"));
                }
                case WRITTEN -> written = NoticeParser.dateOf(v);
                case EFFECTIVE -> {
                    LocalDate e = NoticeParser.dateOf(v);
                    if (e != null)
                        p.facts.add(new Fact(policy, "effectiveDate", null, e.toString(), s.index(), context, null,
                                "notice-effective"));
                }
                default -> { }
                }
            } else if (!numbered && s.index() < firstSentence(p)) {
                numbered |= numbers(p, policy, s.text(), s.index(), context);
            }
        }
        if (published == null) { // 成文日期, else the date under the signature: the date the notice bears
            Segment at = null;
            LocalDate d = written;
            if (d != null)
                at = p.segments.stream().filter(s -> NoticeFields.get().parse(s.text())
                        .filter(l -> l.field() == Field.WRITTEN).isPresent()).findFirst().orElse(null);
            else
                for (int i = p.segments.size() - 1; i > ti && d == null; i--) {
                    Segment s = p.segments.get(i);
                    if (s.kind() == Segment.Kind.NOTE && (d = NoticeParser.dateOf(s.text())) != null)
                        at = s;
                }
            if (d != null && at != null) {
                published = d;
                p.facts.add(new Fact(policy, "issueDate", null, d.toString(), at.index(), ti, null, "notice-dated"));
            }
        }
        for (Segment s : p.segments)
            if (s.kind() == Segment.Kind.SENTENCE && ON_ISSUE.matcher(s.text()).find() && published != null
                    && p.facts.stream().noneMatch(f -> f.predicate().equals("effectiveDate")))
                p.facts.add(new Fact(policy, "effectiveDate", null, published.toString(), s.index(), ti, null,
                        "notice-effective-on-issue"));
    }

    /** A mention the notice's layout gives, kept with those its segment's rules found. */
    private static void add(Work.Part p, Mention m, Entity e) {
        if (p.entities.putIfAbsent(m, e) == null && m.segment() >= 0 && m.segment() < p.mentions.size()) {
            List<Mention> in = new ArrayList<>(p.mentions.get(m.segment()));
            in.add(m);
            p.mentions.set(m.segment(), in);
        }
    }

    private static int firstSentence(Work.Part p) {
        return p.segments.stream().filter(s -> s.kind() == Segment.Kind.SENTENCE).mapToInt(Segment::index).min()
                .orElse(Integer.MAX_VALUE);
    }

    /** A signature line: after the body, made of body names only. */
    private static boolean isSignature(Work.Part p, Segment s) {
        return s.index() > firstSentence(p) || firstSentence(p) == Integer.MAX_VALUE;
    }

    private boolean numbers(Work.Part p, Entity policy, String text, int seg, int context) {
        List<DocumentNumbers.Number> ns = DocumentNumbers.in(text);
        for (DocumentNumbers.Number n : ns) {
            p.facts.add(new Fact(policy, "documentNumber", null, n.text(), seg, context, null, "notice-number"));
            p.facts.add(new Fact(policy, "documentNumberCode", null, n.code(), seg, context, null, "notice-number"));
            p.facts.add(new Fact(policy, "documentNumberYear", null, n.year(), seg, context, null, "notice-number"));
            p.facts.add(new Fact(policy, "documentNumberSerial", null, n.serial(), seg, context, null, "notice-number"));
            return true; // the notice's own number is the first written
        }
        return false;
    }

    private boolean bodies(Work work, Work.Part p, Segment s, int from, int context, Entity policy, List<Entity> out,
            String rule) {
        return bodies(work, p, s, from, context, policy, out, rule, s.text().length());
    }

    /** The bodies the gazetteer knows in a segment's text from {@code from} to {@code to}, as issuers of the policy. */
    private boolean bodies(Work work, Work.Part p, Segment s, int from, int context, Entity policy, List<Entity> out,
            String rule, int to) {
        String text = s.text().substring(0, Math.min(to, s.text().length()));
        int covered = from;
        boolean any = false;
        for (NameMatcher.Hit<GazetteerEntry> h : lexicon.matcher().find(text)) {
            if (h.start() < covered)
                continue;
            GazetteerEntry g = h.targets().stream().filter(x -> x.type().isOrganization()).findFirst().orElse(null);
            if (g == null)
                continue;
            covered = h.end();
            String name = g.ko().isEmpty() ? text.substring(h.start(), h.end()) : g.ko().get(0);
            Mention m = new Mention(s.index(), h.start(), h.end(), text.substring(h.start(), h.end()), g.type(), name,
                    null, g.zhHans(), g.en(), g, rule);
            Entity e = work.resolver.resolve(m).canonical();
            add(p, m, e);
            if (!out.contains(e)) {
                out.add(e);
                p.facts.add(new Fact(policy, "issuedBy", e, null, s.index(), context == s.index() ? -1 : context, null,
                        rule));
                any = true;
            }
        }
        return any;
    }
}
