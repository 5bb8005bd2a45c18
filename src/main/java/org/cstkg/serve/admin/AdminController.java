package org.cstkg.serve.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.query.DatasetFactory;
import org.cstkg.api.Ids;
import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.serve.http.ProblemJson;
import org.cstkg.source.SourceReader;
import org.cstkg.store.GraphStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Live updates (behind {@link AdminGuard}): a document posted is read, extracted, validated and written as one write
 * transaction, replacing an earlier load of itself, exactly as {@code cstkg ingest} does; a document deleted loses all
 * its graphs in one transaction. Readers go on meanwhile (TDB2: one writer, many readers) and see each document whole
 * or not at all; the label index is written in the same transaction, and the statistics, VoID and the dump follow the
 * store's change counter. One update runs at a time.
 */
@org.springframework.context.annotation.Conditional(org.cstkg.serve.OnLocalStore.class) // a local store only
@RestController
class AdminController {

    /** Largest document accepted, as {@code cstkg ingest} reads them. */
    static final long MAX_BYTES = SourceReader.DEFAULT_MAX_BYTES;

    /**
     * What an update did: the document's id, the action ({@code added}, {@code replaced}, {@code unchanged} or
     * {@code removed}) and the document's quads (in the store after it, or removed).
     */
    record Update(String document, String action, long quads) {}

    private final GraphStore store;
    private final ReentrantLock writer = new ReentrantLock();
    private volatile Pipeline pipeline;

    AdminController(GraphStore store) {
        this.store = store;
    }

    @PostMapping(path = "/admin/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Update> addMultipart(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String format, @RequestParam(required = false) String date)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return add(file.getOriginalFilename(), in, format, date);
        }
    }

    @PostMapping(path = "/admin/documents")
    ResponseEntity<Update> addBody(@RequestParam String name, @RequestParam(required = false) String format,
            @RequestParam(required = false) String date, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES)
            throw tooLarge();
        try (InputStream in = request.getInputStream()) {
            return add(name, in, format, date);
        }
    }

    @DeleteMapping("/admin/documents/{kind}/{slug}")
    ResponseEntity<Update> remove(@PathVariable String kind, @PathVariable String slug) {
        if (!kind.equals("report") && !kind.equals("doc"))
            throw problem(HttpStatus.BAD_REQUEST, "not a document id: documents are report/… or doc/…");
        String iri = Ids.iri(kind + "/" + slug, "id");
        long removed;
        writer.lock();
        try {
            if (!store.read(() -> store.dataset().containsNamedModel(iri)))
                throw problem(HttpStatus.NOT_FOUND, "no document " + Ids.id(iri) + " in the store");
            removed = store.documentQuads(iri);
            store.replaceGraphs(iri, DatasetFactory.create());
        } finally {
            writer.unlock();
        }
        AdminGuard.AUDIT.info("removed {}", Ids.id(iri));
        return ResponseEntity.ok(new Update(Ids.id(iri), "removed", removed));
    }

    private ResponseEntity<Update> add(String name, InputStream body, String format, String date) throws IOException {
        String fileName = fileName(name);
        SourceReader reader = reader(format, date);
        Path dir = Files.createTempDirectory("cstkg-admin");
        Path file = dir.resolve(fileName);
        try {
            long size = Files.copy(new LimitedInput(body, MAX_BYTES + 1), file);
            if (size > MAX_BYTES)
                throw tooLarge();
            Pipeline.Outcome outcome;
            boolean replaced;
            writer.lock();
            try {
                int before = store.replacedDocuments();
                outcome = Ingest.ingestAll(store, List.of(file), pipeline().reading(reader), null).get(0);
                replaced = store.replacedDocuments() != before;
            } finally {
                writer.unlock();
            }
            if (!outcome.ok()) {
                AdminGuard.AUDIT.info("rejected {}: {}", fileName, outcome.error());
                throw problem(HttpStatus.UNPROCESSABLE_CONTENT, outcome.error().replace(file.toString(), fileName));
            }
            String id = Ids.id(outcome.result().graphPrefix());
            String action = outcome.unchanged() ? "unchanged" : replaced ? "replaced" : "added";
            AdminGuard.AUDIT.info("{} {} as {}", action, fileName, id);
            // 201 for a document new to the store; 200 when it replaced an earlier load of itself or was already there
            return ResponseEntity.status(action.equals("added") ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(new Update(id, action, store.documentQuads(outcome.result().graphPrefix())));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList())
                    Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null)
            pipeline = p = new Pipeline(SourceReader.create(), true);
        return p;
    }

    /** The file name the document is read under (its id for documents other than digests): no path, no oddities. */
    static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty() || base.startsWith(".") || base.length() > 200
                || !base.matches("[\\p{L}\\p{N}._ ()\\[\\]-]+"))
            throw parameter("name", "'" + base + "' is not a file name (letters, digits, '.', '_', '-', spaces)");
        return base;
    }

    private static SourceReader reader(String format, String date) {
        SourceReader r = SourceReader.create();
        if (format != null)
            try {
                r = r.format(format);
            } catch (IllegalArgumentException e) {
                throw parameter("format", e.getMessage());
            }
        if (date != null)
            try {
                r = r.date(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw parameter("date", "'" + date + "' is not a date like 2024-03-08");
            }
        return r;
    }

    private static ErrorResponseException parameter(String name, String detail) {
        ErrorResponseException e = problem(HttpStatus.BAD_REQUEST, detail);
        e.getBody().setProperty("parameter", name);
        return e;
    }

    private static ErrorResponseException tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "a document is at most " + MAX_BYTES / (1024 * 1024) + " MB");
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return ProblemJson.exception(status, status.getReasonPhrase(), detail);
    }

    /** Reads at most {@code limit} bytes of a stream. */
    private static final class LimitedInput extends java.io.FilterInputStream {
        private long left;

        LimitedInput(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0)
                return -1;
            int b = super.read();
            if (b >= 0)
                left--;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (left <= 0)
                return -1;
            int n = super.read(buf, off, (int) Math.min(len, left));
            if (n > 0)
                left -= n;
            return n;
        }
    }
}
