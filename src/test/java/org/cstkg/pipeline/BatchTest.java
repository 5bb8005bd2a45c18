package org.cstkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.system.Txn;
import org.cstkg.document.Document;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceInput;
import org.cstkg.source.SourceReader;
import org.cstkg.source.article.ArticleFormat;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch never dies of one document: every file gets one outcome, and the others are still read and written. */
class BatchTest {

    /** A format with a defect: it fails inside on any text that holds the word 폭발. */
    static final class Faulty implements SourceFormat {
        final ArticleFormat inner = new ArticleFormat();

        public String name() {
            return "faulty";
        }

        public String description() {
            return "articles, with a bug";
        }

        public int detect(SourceInput in) {
            return 1000;
        }

        public Document parse(SourceInput in, ReadOptions options) {
            if (in.text().contains("폭발"))
                throw new NullPointerException("simulated defect");
            return inner.parse(in, options);
        }
    }

    @Test
    void anInternalErrorInOneDocumentFailsOnlyThatDocument(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "중국과학원은 새 연구소를 세웠다고 밝혔다.\n");
        Path bad = Files.writeString(dir.resolve("b.txt"), "폭발 문장이 있는 기사다.\n");
        Path missing = dir.resolve("c.txt");
        Path d = Files.writeString(dir.resolve("d.txt"), "칭화대학은 인공지능 학원을 열었다.\n");
        Pipeline pipeline = new Pipeline(SourceReader.create().with(new Faulty()), true);
        List<Pipeline.Outcome> out;
        try (GraphStore store = GraphStore.inMemory()) {
            out = Ingest.ingestAll(store, List.of(a, bad, missing, d), pipeline, null);
            long docs = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().getDefaultGraph()
                    .find(null, org.apache.jena.vocabulary.RDF.type.asNode(), org.cstkg.rdf.CST.Document.asNode())
                    .toList().size());
            assertEquals(2, docs, "the two good documents are in the store");
        }
        assertEquals(4, out.size());
        assertTrue(out.get(0).ok());
        assertFalse(out.get(1).ok());
        assertTrue(out.get(1).internal());
        assertEquals(bad + ": internal error (NullPointerException: simulated defect)", out.get(1).error());
        assertFalse(out.get(2).ok());
        assertFalse(out.get(2).internal());
        assertEquals(missing + ": no such file", out.get(2).error());
        assertTrue(out.get(3).ok());
    }
}
