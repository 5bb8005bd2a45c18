package org.cstkg.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code queries} parameter (a JSON object of named queries, as OpenRefine sends it) and the single
 * {@code query} parameter (a JSON query object or a plain name). Anything malformed is an
 * {@link IllegalArgumentException} saying which query and what is wrong.
 */
final class ReconRequests {

    static final int MAX_QUERIES = 200, MAX_NAME = 300, MAX_IDS = 500;

    /** A data extension request: the entity ids and the property ids, in the order given. */
    record Extend(List<String> ids, List<String> properties) {}
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReconRequests() {}

    /** The named queries of a batch, in the order given. */
    static Map<String, ReconQuery> batch(String queries) {
        JsonNode root = parse(queries, "queries");
        if (!root.isObject())
            throw new IllegalArgumentException("must be a JSON object of named queries, like {\"q0\":{\"query\":\"중국과학원\"}}");
        if (root.size() > MAX_QUERIES)
            throw new IllegalArgumentException("at most " + MAX_QUERIES + " queries in one batch, got " + root.size());
        Map<String, ReconQuery> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties())
            out.put(e.getKey(), query(e.getValue(), e.getKey()));
        return out;
    }

    /** One query: a JSON object, or the name itself. */
    static ReconQuery single(String query) {
        String q = query.strip();
        if (q.startsWith("{"))
            return query(parse(q, "query"), "query");
        return query(JSON.createObjectNode().put("query", q), "query");
    }

    /** The {@code extend} parameter: {@code {"ids": ["org/cas", …], "properties": [{"id": "locatedIn"}, …]}}. */
    static Extend extend(String extend) {
        JsonNode root = parse(extend, "extend");
        String shape = "must be a JSON object like {\"ids\":[\"org/cas\"],\"properties\":[{\"id\":\"locatedIn\"}]}";
        if (!root.isObject() || !root.path("ids").isArray() || !root.path("properties").isArray())
            throw new IllegalArgumentException(shape);
        if (root.get("ids").size() > MAX_IDS)
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids in one request, got " + root.get("ids").size());
        List<String> ids = new ArrayList<>(), properties = new ArrayList<>();
        for (JsonNode id : root.get("ids")) {
            if (!id.isString() || id.stringValue().isBlank())
                throw new IllegalArgumentException("ids must be entity ids (strings), got " + id);
            ids.add(idOf(id.stringValue()));
        }
        for (JsonNode p : root.get("properties")) {
            JsonNode id = p.isObject() ? p.get("id") : p;
            if (id == null || !id.isString() || id.stringValue().isBlank())
                throw new IllegalArgumentException("properties: each needs an \"id\", got " + p);
            properties.add(id.stringValue().strip());
        }
        return new Extend(ids, properties);
    }

    private static JsonNode parse(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static ReconQuery query(JsonNode n, String name) {
        if (!n.isObject())
            throw new IllegalArgumentException(name + " must be an object with a \"query\"");
        JsonNode q = n.get("query");
        if (q == null || !q.isString() || q.stringValue().isBlank()
                || q.stringValue().codePoints().noneMatch(Character::isLetterOrDigit))
            throw new IllegalArgumentException(name + ".query must be a name with a letter or digit");
        if (q.stringValue().length() > MAX_NAME)
            throw new IllegalArgumentException(name + ".query is longer than " + MAX_NAME + " characters");
        String type = null;
        JsonNode t = n.get("type");
        if (t != null && !t.isNull()) {
            JsonNode first = t.isArray() ? (t.isEmpty() ? null : t.get(0)) : t;
            if (first != null && first.isObject())
                first = first.get("id");
            if (first != null && !first.isString())
                throw new IllegalArgumentException(name + ".type must be a type id such as \"University\"");
            type = first == null ? null : first.stringValue();
            if (type != null && Types.parse(type) == null)
                throw new IllegalArgumentException(name + ".type: unknown type '" + type + "' (one of "
                        + Types.all().stream().map(Candidate.Type::id).toList() + ")");
        }
        int limit = ReconQuery.DEFAULT_LIMIT;
        JsonNode l = n.get("limit");
        if (l != null && !l.isNull()) {
            if (!l.isNumber() || !l.canConvertToInt())
                throw new IllegalArgumentException(name + ".limit must be a number");
            limit = l.intValue();
            if (limit < 1 || limit > ReconQuery.MAX_LIMIT)
                throw new IllegalArgumentException(name + ".limit must be between 1 and " + ReconQuery.MAX_LIMIT);
        }
        List<ReconQuery.PropertyValue> props = new ArrayList<>();
        JsonNode ps = n.get("properties");
        if (ps != null && !ps.isNull()) {
            if (!ps.isArray())
                throw new IllegalArgumentException(name + ".properties must be an array of {\"pid\", \"v\"}");
            for (JsonNode p : ps) {
                JsonNode pid = p.get("pid");
                if (pid == null || !pid.isString() || pid.stringValue().isBlank())
                    throw new IllegalArgumentException(name + ".properties: each needs a \"pid\"");
                List<String> ids = new ArrayList<>(), names = new ArrayList<>();
                JsonNode v = p.get("v");
                for (JsonNode value : v == null ? List.<JsonNode>of() : v.isArray() ? v.values() : List.of(v))
                    if (value.isObject() && value.has("id"))
                        ids.add(idOf(value.get("id").asString()));
                    else if (value.isString() || value.isNumber() || value.isBoolean())
                        names.add(value.asString());
                props.add(new ReconQuery.PropertyValue(pid.stringValue(), ids, names));
            }
        }
        JsonNode lang = n.get("lang");
        return new ReconQuery(q.stringValue().strip(), type, limit, props,
                lang != null && lang.isString() ? lang.stringValue() : null);
    }

    /** An id as OpenRefine may hand it back: {@code org/cas} or the full IRI. */
    static String idOf(String id) {
        String s = id.strip();
        return s.startsWith(org.cstkg.rdf.CST.ID_NS) ? s.substring(org.cstkg.rdf.CST.ID_NS.length()) : s;
    }
}
