package org.cstkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShapesTest {
    private static final Resource POLICY = iri("policy/ai-action-plan-2023");
    private static final Resource REGION = iri("region/beijing");
    private static final Resource PERSON = iri("person/jing-haipeng");
    private static final Resource ROCKET = iri("technology/long-march-2f");
    private static final Resource REPORT = iri("report/kostec-weekly-2023-06-02");
    private static final Resource ARTICLE = iri("report/kostec-weekly-2023-06-02/1-05");
    private static final Resource REF = iri("report/kostec-weekly-2023-06-02/1-05/ref1");
    private static final Resource STATEMENT = iri("statement/3f2a");

    @Test
    void shapesParse() {
        Shapes shapes = Ontology.shapes();
        assertTrue(shapes.numRootShapes() >= 10, "root shapes: " + shapes.numRootShapes());
    }

    /** A misspelt term in a shape (sh:class cst:Organisation) would silently never match. */
    @Test
    void shapesUseOnlyDeclaredTerms() {
        Set<String> declared = OntologyTest.declaredTerms(Ontology.ontology()).stream()
                .map(Resource::getURI).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        Ontology.shapes().getGraph().find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(n -> n.isURI() && n.getURI().startsWith(CST.NS) && !declared.contains(n.getURI()))
                .forEach(n -> unknown.add(n.getURI())));
        assertTrue(unknown.isEmpty(), "undeclared terms in shapes: " + unknown);
    }

    @Test
    void everyPropertyShapeHasAMessage() {
        Model shapes = ModelFactory.createModelForGraph(Ontology.shapes().getGraph());
        Property path = shapes.createProperty(SHACL.path.getURI());
        Property message = shapes.createProperty(SHACL.message.getURI());
        shapes.listSubjectsWithProperty(path).forEach(shape -> assertTrue(shape.hasProperty(message),
                "no sh:message on the shape for " + shape.getProperty(path).getObject()));
    }

    /** Validation runs on the union of graphs, so the ontology itself must raise nothing. */
    @Test
    void ontologyAloneConforms() {
        assertConforms(Ontology.ontology());
    }

    @Test
    void validDataConforms() {
        assertConforms(validData());
    }

    /** A news story that states no date is valid without one; an issue of a digest always has its 발행일. */
    @Test
    void onlyDigestsNeedADate() {
        Model m = validData();
        Resource story = m.createResource(CST.ID_NS + "doc/xinhua-story", CST.Document)
                .addProperty(CST.sourceFormat, "article");
        m.createResource(CST.ID_NS + "doc/xinhua-story/a1", CST.Article).addProperty(CST.inReport, story);
        assertConforms(m);
        m.removeAll(REPORT, CST.issueDate, null);
        assertFalse(ShaclValidator.get().validate(Ontology.shapes(), m.getGraph()).conforms());
    }

    @Test
    void policyIssuedByRegionFails() {
        assertViolation(m -> m.add(POLICY, CST.issuedBy, REGION), POLICY, CST.issuedBy);
    }

    @Test
    void labelWithoutLanguageTagFails() {
        assertViolation(m -> m.add(PERSON, RDFS.label, "Jing Haipeng"), PERSON, RDFS.label);
    }

    /** A statement rests on one sentence or on reference data: neither, or both, is a violation. */
    @Test
    void statementRestsOnASentenceOrOnReferenceData() {
        Model none = validData();
        none.removeAll(STATEMENT, CST.sourceSentence, null);
        ValidationReport r = validate(none);
        assertFalse(r.conforms());
        assertTrue(r.getEntries().stream().allMatch(e -> e.focusNode().equals(STATEMENT.asNode())), () -> text(r));
        Model reference = validData();
        Resource src = reference.createResource(CST.ID_NS + "source/gazetteer/government.tsv");
        reference.removeAll(STATEMENT, CST.sourceSentence, null).removeAll(STATEMENT, CST.basis, null)
                .removeAll(STATEMENT, CST.inArticle, null);
        reference.add(STATEMENT, CST.referenceSource, src).add(STATEMENT, CST.basis, "reference-data");
        assertConforms(reference);
        reference.add(STATEMENT, CST.sourceSentence, reference.createResource(ARTICLE.getURI() + "/s3"));
        assertFalse(validate(reference).conforms(), "a sentence and reference data at once");
        Model badBasis = validData();
        badBasis.removeAll(STATEMENT, CST.basis, null).add(STATEMENT, CST.basis, "hunch");
        assertFalse(validate(badBasis).conforms());
    }

    static Stream<Arguments> moreViolations() {
        return Stream.of(
                broken("label in Japanese", m -> m.add(PERSON, RDFS.label, "景海鹏", "ja"), PERSON, RDFS.label),
                broken("entity without label", m -> m.removeAll(REGION, RDFS.label, null), REGION, RDFS.label),
                broken("QID without Q", m -> replace(m, REGION, CST.wikidata, m.createLiteral("956")),
                        REGION, CST.wikidata),
                broken("QID without link status", m -> m.removeAll(REGION, CST.linkStatus, null),
                        REGION, CST.linkStatus),
                broken("zero co-issuers",
                        m -> replace(m, POLICY, CST.coIssuerCount, m.createTypedLiteral("0", XSDDatatype.XSDinteger)),
                        POLICY, CST.coIssuerCount),
                broken("issued year as a string", m -> replace(m, POLICY, CST.issuedYear, m.createLiteral("2023")),
                        POLICY, CST.issuedYear),
                broken("developer is a region", m -> m.add(ROCKET, CST.developedBy, REGION), ROCKET, CST.developedBy),
                broken("article in no report", m -> m.removeAll(ARTICLE, CST.inReport, null), ARTICLE, CST.inReport),
                broken("two issue dates", m -> m.add(REPORT, CST.issueDate, "2023-06-09", XSDDatatype.XSDdate),
                        REPORT, CST.issueDate),
                broken("source sentence is an article", m -> m.add(STATEMENT, CST.sourceSentence, ARTICLE),
                        STATEMENT, CST.sourceSentence),
                broken("URL as a plain string", m -> replace(m, REF, CST.url, m.createLiteral("https://example.org/")),
                        REF, CST.url));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void moreViolations(String name, Consumer<Model> breakIt, Resource focus, Property path) {
        assertViolation(breakIt, focus, path);
    }

    private static Arguments broken(String name, Consumer<Model> breakIt, Resource focus, Property path) {
        return Arguments.of(name, breakIt, focus, path);
    }

    private static void replace(Model m, Resource s, Property p, RDFNode o) {
        m.removeAll(s, p, null).add(s, p, o);
    }

    /** Break the valid data; expect violations on that focus node only, one of them on the path. */
    private static void assertViolation(Consumer<Model> breakIt, Resource focus, Property path) {
        Model data = validData();
        breakIt.accept(data);
        ValidationReport report = validate(data);
        assertFalse(report.conforms(), "expected a violation at " + focus);
        Set<Node> focusNodes = report.getEntries().stream().map(ReportEntry::focusNode).collect(Collectors.toSet());
        assertEquals(Set.of(focus.asNode()), focusNodes, () -> text(report));
        assertTrue(report.getEntries().stream().map(ReportEntry::resultPath)
                        .anyMatch(p -> p instanceof P_Link link && link.getNode().equals(path.asNode())),
                () -> "no result on " + path + "\n" + text(report));
        report.getEntries().forEach(e -> assertFalse(e.message() == null || e.message().isBlank(), "no message: " + e));
    }

    private static void assertConforms(Model data) {
        ValidationReport report = validate(data);
        assertTrue(report.conforms(), () -> text(report));
    }

    private static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(Ontology.shapes(), data.getGraph());
    }

    private static String text(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    // ---- a small graph as the pipeline would write it, plus the ontology, as in the union default graph

    private static Resource iri(String path) { return ResourceFactory.createResource(CST.ID_NS + path); }

    private static Resource entity(Model m, String path, Resource type, String ko, String zh) {
        return m.createResource(CST.ID_NS + path, type)
                .addProperty(RDFS.label, ko, "ko").addProperty(RDFS.label, zh, "zh-Hans");
    }

    static Model validData() {
        Model m = ModelFactory.createDefaultModel();
        m.add(Ontology.ontology());

        Resource miit = entity(m, "org/miit", CST.GovernmentBody, "공업정보화부", "工业和信息化部");
        Resource cast = entity(m, "org/cast", CST.ResearchInstitute, "중국공간기술연구원", "中国空间技术研究院");
        Resource beijing = entity(m, "region/beijing", CST.Region, "베이징", "北京")
                .addProperty(CST.wikidata, "Q956").addProperty(CST.linkStatus, "unverified");
        miit.addProperty(CST.locatedIn, beijing);
        cast.addProperty(CST.locatedIn, beijing);

        Resource policy = entity(m, "policy/ai-action-plan-2023", CST.Policy, "인공지능 행동계획", "人工智能行动计划")
                .addProperty(CST.issuedBy, miit)
                .addLiteral(CST.issuedYear, m.createTypedLiteral("2023", XSDDatatype.XSDgYear))
                .addLiteral(CST.coIssuerCount, m.createTypedLiteral("10", XSDDatatype.XSDinteger));
        Resource site = entity(m, "facility/jiuquan", CST.Facility, "주취안 위성발사센터", "酒泉卫星发射中心");
        Resource rocket = entity(m, "technology/long-march-2f", CST.Technology, "창정 2F", "长征二号F")
                .addProperty(CST.developedBy, cast);
        Resource mission = entity(m, "program/shenzhou-16", CST.Program, "선저우 16호", "神舟十六号")
                .addProperty(CST.launchedFrom, site).addProperty(CST.launchVehicle, rocket)
                .addProperty(CST.eventDate, "2023-05-30", XSDDatatype.XSDdate);
        entity(m, "person/jing-haipeng", CST.Person, "징하이펑", "景海鹏")
                .addProperty(RDFS.label, "Jing Haipeng", "en")
                .addProperty(RDFS.label, "Jǐng Hǎipéng", "zh-Latn-pinyin")
                .addProperty(CST.affiliatedWith, cast)
                .addProperty(CST.participatesIn, mission);

        Resource report = m.createResource(REPORT.getURI(), CST.Report)
                .addProperty(org.apache.jena.vocabulary.RDF.type, CST.Document)
                .addProperty(CST.sourceFormat, "digest")
                .addProperty(CST.issueDate, "2023-06-02", XSDDatatype.XSDdate)
                .addProperty(CST.publisher, "한중과학기술협력센터", "ko");
        Resource ref = m.createResource(REF.getURI(), CST.Reference)
                .addProperty(CST.url, "https://www.miit.gov.cn/", XSDDatatype.XSDanyURI);
        Resource article = m.createResource(ARTICLE.getURI(), CST.Article)
                .addProperty(CST.inReport, report)
                .addProperty(CST.articleNumber, "I.05")
                .addProperty(CST.publishedOn, "2023-05-30", XSDDatatype.XSDdate)
                .addProperty(CST.part, "정책동향", "ko")
                .addProperty(CST.reference, ref)
                .addProperty(CST.mentions, miit).addProperty(CST.mentions, policy);
        Resource sentence = m.createResource(ARTICLE.getURI() + "/s3", CST.Sentence)
                .addProperty(CST.text, "공업정보화부는 인공지능 행동계획을 발표했다.", "ko")
                .addProperty(CST.inArticle, article)
                .addLiteral(CST.sentenceIndex, m.createTypedLiteral("3", XSDDatatype.XSDinteger));
        m.createResource(STATEMENT.getURI(), RDF.Statement)
                .addProperty(RDF.subject, policy).addProperty(RDF.predicate, CST.issuedBy).addProperty(RDF.object, miit)
                .addProperty(CST.sourceSentence, sentence).addProperty(CST.inArticle, article)
                .addProperty(CST.basis, "sentence")
                .addLiteral(CST.confidence, m.createTypedLiteral("0.9", XSDDatatype.XSDdecimal))
                .addProperty(CST.extractedBy, "issue-pattern");
        return m;
    }
}
