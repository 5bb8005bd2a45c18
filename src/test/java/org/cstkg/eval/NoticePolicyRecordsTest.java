package org.cstkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cstkg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * A notice in the official layout goes in as a document, and its policy carries the document number, both dates and
 * every issuer, each resting on the line that writes it (issue 11's acceptance check for notices).
 */
class NoticePolicyRecordsTest {

    private static final java.util.Map<String, Model> GRAPHS = new java.util.HashMap<>();

    private static Model graph(String file) {
        return GRAPHS.computeIfAbsent(file, f -> {
            Pipeline.Result r = new Pipeline().run(Path.of("src/test/resources/golden/notice", f));
            Pipeline.validate(r.graphs(), f);
            Dataset ds = Pipeline.withOntology(r.graphs());
            Model g = ModelFactory.createDefaultModel();
            ds.listModelNames().forEachRemaining(n -> g.add(ds.getNamedModel(n)));
            return g;
        });
    }

    private static List<String> values(String file, String where) throws Exception {
        Model g = graph(file);
        List<String> out = new ArrayList<>();
        String q = """
                PREFIX cst: <https://w3id.org/cstkg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT DISTINCT ?v WHERE { ?p a cst:Policy . %s } ORDER BY ?v""".formatted(where);
        try (QueryExecution qe = QueryExecution.create(q, g)) {
            qe.execSelect().forEachRemaining(s -> out.add(s.get("v").isLiteral() ? s.get("v").asLiteral().getLexicalForm()
                    : s.get("v").asResource().getURI().replace("https://w3id.org/cstkg/id/", "")));
        }
        return out;
    }

    @Test
    void aJointNoticeSignedByTenBodies() throws Exception {
        String f = "ethics-review-measures.txt";
        assertThat(values(f, "?p cst:officialTitle ?v")).containsExactly("科技伦理审查办法（试行）");
        assertThat(values(f, "?p cst:documentNumber ?v")).containsExactly("国科发监〔2023〕167号");
        assertThat(values(f, "?p cst:documentNumberCode ?v")).containsExactly("国科发监");
        assertThat(values(f, "?p cst:issueDate ?v")).containsExactly("2023-09-07");
        assertThat(values(f, "?p cst:effectiveDate ?v")).containsExactly("2023-12-01");
        assertThat(values(f, "?p cst:issuedBy ?v")).containsExactlyInAnyOrder("org/most", "org/moe", "org/miit",
                "org/mara", "org/nhc", "org/cas", "org/cass", "org/cae", "org/cast", "org/cmcstc");
        assertThat(values(f, "?p cst:leadIssuer ?v")).containsExactly("org/most");
        assertThat(values(f, "?p cst:issuersComplete ?v")).containsExactly("true");
        assertThat(values(f, "?p cst:documentType ?v")).containsExactly("document-type/banfa");
        assertThat(values(f, "?p cst:level ?v")).containsExactly("level/central");
        // the issuers rest on the title line, which names them and the policy
        assertThat(values(f, """
                ?s rdf:subject ?p ; rdf:predicate cst:issuedBy ; cst:sourceSentence ?line . ?line cst:text ?v"""))
                .singleElement().asString().contains("中央军委科技委关于印发《科技伦理审查办法（试行）》");
    }

    @Test
    void aNoticeWithItsHeaderFields() throws Exception {
        String f = "state-council-ai-plan.txt";
        assertThat(values(f, "?p cst:officialTitle ?v")).containsExactly("新一代人工智能发展规划");
        assertThat(values(f, "?p cst:documentNumber ?v")).containsExactly("国发〔2017〕35号");
        assertThat(values(f, "?p cst:issueDate ?v")).containsExactly("2017-07-20");
        assertThat(values(f, "?p cst:effectiveDate ?v")).as("not stated, so none").isEmpty();
        assertThat(values(f, "?p cst:issuedBy ?v")).containsExactly("org/state-council");
        assertThat(values(f, "?p cst:documentType ?v")).containsExactly("document-type/guihua");
    }
}
