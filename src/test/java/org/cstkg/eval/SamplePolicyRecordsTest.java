package org.cstkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The policy records the sample report gives (issue 11's acceptance checks), read back by SPARQL. */
class SamplePolicyRecordsTest {

    private static Model graph;

    @BeforeAll
    static void extract() throws Exception {
        Pipeline.Result r = new Pipeline().run(SharedData.sampleReport());
        Dataset ds = Pipeline.withOntology(r.graphs());
        graph = ModelFactory.createDefaultModel();
        ds.listModelNames().forEachRemaining(n -> graph.add(ds.getNamedModel(n)));
    }

    private static List<String> values(String where) {
        List<String> out = new ArrayList<>();
        String q = """
                PREFIX cst: <https://w3id.org/cstkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?v WHERE { %s } ORDER BY ?v""".formatted(where);
        try (QueryExecution qe = QueryExecution.create(q, graph)) {
            qe.execSelect().forEachRemaining(s -> {
                var v = s.get("v");
                out.add(v.isLiteral() ? v.asLiteral().getLexicalForm() + (!v.asLiteral().getLanguage().isEmpty() ? ""
                        : "^^" + v.asLiteral().getDatatypeURI().replaceFirst(".*#", "")) : v.asResource().getURI());
            });
        }
        return out;
    }

    private static final String SME = "?p rdfs:label \"중소기업 과학기술 성과 이전을 위한 특별행동\"@ko . ";

    @Test
    void theSmeSpecialActionIsAFullRecord() {
        assertThat(values(SME + "?p cst:officialTitle ?v")).containsExactly("科技成果赋智中小企业专项行动（2023—2025年）");
        assertThat(values(SME + "?p cst:officialUrl ?v")).containsExactly(
                "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_dae56a3167e546bf9dab43b8e0742728.html^^anyURI");
        assertThat(values(SME + "?p cst:documentType ?v")).containsExactly(
                "https://w3id.org/cstkg/id/document-type/zhuanxiang-xingdong");
        assertThat(values(SME + "?p cst:periodStart ?v")).containsExactly("2023^^gYear");
        assertThat(values(SME + "?p cst:periodEnd ?v")).containsExactly("2025^^gYear");
        assertThat(values(SME + "?p cst:issueDate ?v")).containsExactly("2023-05^^gYearMonth");
        assertThat(values(SME + "?p cst:level ?v")).containsExactly("https://w3id.org/cstkg/id/level/central");
        assertThat(values(SME + "?p cst:leadIssuer ?v")).containsExactly("https://w3id.org/cstkg/id/org/miit");
        assertThat(values(SME + "?p cst:issuedBy ?v")).hasSize(4);
        assertThat(values(SME + "?p cst:coIssuerCount ?v")).containsExactly("10^^integer");
        assertThat(values(SME + "?p cst:issuersComplete ?v")).containsExactly("false^^boolean");
        assertThat(values(SME + "?p cst:documentNumber ?v")).as("no number is written, so there is none").isEmpty();
    }

    @Test
    void citedFieldsPointToTheReferenceLineThatStatesThem() {
        assertThat(values("""
                ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> cst:officialUrl ; cst:basis "citation" ;
                   cst:sourceReference ?r . ?r cst:url ?v""")).containsExactly(
                "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_dae56a3167e546bf9dab43b8e0742728.html^^anyURI");
    }

    @Test
    void theSixGTableGivesYearsTypesAndIssuers() {
        // five policies in the table, each with a year, an issuer, and the energy-electronics one 6 stated, 1 named
        assertThat(values("?p cst:issueDate ?d ; cst:issuedBy ?o . FILTER(datatype(?d) = <http://www.w3.org/2001/XMLSchema#gYear>) BIND(str(?p) AS ?v)"))
                .hasSizeGreaterThanOrEqualTo(5);
        String energy = "?p rdfs:label \"에너지 전자산업 발전에 관한 지도의견\"@ko . ";
        assertThat(values(energy + "?p cst:coIssuerCount ?v")).containsExactly("6^^integer");
        assertThat(values(energy + "?p cst:issuedBy ?v")).containsExactly("https://w3id.org/cstkg/id/org/miit");
        assertThat(values(energy + "?p cst:issuersComplete ?v")).containsExactly("false^^boolean");
        assertThat(values(energy + "?p cst:documentType ?v")).containsExactly(
                "https://w3id.org/cstkg/id/document-type/zhidao-yijian");
    }
}
