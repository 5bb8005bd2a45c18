package org.cstkg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The pipeline scored against the hand-made gold standard of the sample report (the acceptance targets). */
class SampleReportScoreTest {

    @Test
    void sampleReportMeetsTheTargets() throws Exception {
        Pipeline.Result r = new Pipeline().run(SharedData.sampleReport());
        Pipeline.validate(r.graphs(), "sample report"); // throws with the violations if the graph does not conform
        Dataset ds = Pipeline.withOntology(r.graphs());
        Model union = ModelFactory.createDefaultModel();
        ds.listModelNames().forEachRemaining(n -> union.add(ds.getNamedModel(n)));
        GoldScore s = GoldScore.score(union, SharedData.goldPrefix());
        System.out.println("[gold] " + s);
        assertTrue(s.entityRecall >= 0.95, "entity recall " + s);
        assertTrue(s.relationRecall >= 0.85, "relation recall " + s);
        assertTrue(s.precisionLowerBound >= 0.90, "precision lower bound " + s);
    }
}
