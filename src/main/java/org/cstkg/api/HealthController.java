package org.cstkg.api;

import io.swagger.v3.oas.annotations.Operation;

import org.cstkg.serve.BuildVersion;
import org.cstkg.serve.QueryEndpoint;
import org.cstkg.serve.StoreStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/health}: whether the server can answer, with the store's size and age and the build's version. */
@RestController
class HealthController {

    /** {@code status} is "ok", or "unavailable" (with 503) while the SPARQL engine is not running. */
    record Health(String status, String version, boolean sparql, StoreStatus.Status store) {}

    private final StoreStatus store;
    private final QueryEndpoint fuseki;
    private final BuildVersion build;

    HealthController(StoreStatus store, QueryEndpoint fuseki, BuildVersion build) {
        this.store = store;
        this.fuseki = fuseki;
        this.build = build;
    }

    @Operation(summary = "Health: status, build version, store size (quads, graphs, bytes) and last update")
    @GetMapping("/api/health")
    ResponseEntity<Health> health() {
        boolean up = fuseki.isRunning();
        Health h = new Health(up ? "ok" : "unavailable", build.version(), up, store.status());
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(h);
    }
}
