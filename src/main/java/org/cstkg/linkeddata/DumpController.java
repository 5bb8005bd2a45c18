package org.cstkg.linkeddata;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

import io.swagger.v3.oas.annotations.Operation;

import org.cstkg.serve.Dumps;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /dumps/cstkg.nq.gz}: the whole dataset (every named graph) as gzipped N-Quads, with {@code ETag} (the file's
 * SHA-256) and {@code Last-Modified} (the store's last change), so {@code If-None-Match} and
 * {@code If-Modified-Since} get a 304. Written again on the first request after the store changed.
 */
@org.springframework.context.annotation.Conditional(org.cstkg.serve.OnLocalStore.class) // a local store only
@RestController
class DumpController {

    static final String PATH = "/dumps/" + Dumps.FILE;
    static final MediaType GZIP = MediaType.parseMediaType("application/gzip");

    private final Dumps dumps;

    DumpController(Dumps dumps) {
        this.dumps = dumps;
    }

    @Operation(summary = "The whole dataset as gzipped N-Quads (named graphs; the default graph is their merge)")
    @GetMapping(PATH)
    ResponseEntity<InputStreamResource> dump() throws IOException {
        Dumps.Current dump = dumps.current();
        // opened now: a dump written meanwhile replaces the file's name, not what this response is reading
        FileChannel file = FileChannel.open(dump.file(), StandardOpenOption.READ);
        return ResponseEntity.ok()
                .eTag("\"" + dump.sha256() + "\"")
                .lastModified(dump.lastModified())
                .contentType(GZIP)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(Dumps.FILE).build().toString())
                .body(new InputStreamResource(Channels.newInputStream(file)));
    }
}
