package org.cstkg.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cstkg.rdf.CST;

/** The service manifest (W3C Entity Reconciliation API v0.2): what OpenRefine reads when a service is added. */
final class Manifest {

    static final String PATH = "/reconcile";
    static final int PREVIEW_WIDTH = 430, PREVIEW_HEIGHT = 180;

    private Manifest() {}

    /** The manifest for a service published under {@code base} (the configured public base, never the request's host). */
    static Map<String, Object> of(String base) {
        String service = base + PATH;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "cstkg: Chinese science and technology (names in Korean, Chinese, English)");
        m.put("identifierSpace", CST.ID_NS);
        m.put("schemaSpace", CST.NS);
        m.put("defaultTypes", Types.all());
        m.put("view", Map.of("url", base + "/id/{{id}}"));
        m.put("preview", Map.of("url", service + "/preview?id={{id}}", "width", PREVIEW_WIDTH, "height",
                PREVIEW_HEIGHT));
        Map<String, Object> suggest = new LinkedHashMap<>();
        suggest.put("entity", Map.of("service_url", service, "service_path", "/suggest/entity",
                "flyout_service_path", "/flyout/entity?id=${id}"));
        suggest.put("type", Map.of("service_url", service, "service_path", "/suggest/type"));
        suggest.put("property", Map.of("service_url", service, "service_path", "/suggest/property"));
        m.put("suggest", suggest);
        Map<String, Object> extend = new LinkedHashMap<>();
        extend.put("propose_properties", Map.of("service_url", service, "service_path", "/propose_properties"));
        extend.put("property_settings", List.of());
        m.put("extend", extend);
        return m;
    }
}
