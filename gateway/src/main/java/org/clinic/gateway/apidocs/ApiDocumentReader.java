package org.clinic.gateway.apidocs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinic.gateway.apidocs.ApiDocument.Answer;
import org.clinic.gateway.apidocs.ApiDocument.Body;
import org.clinic.gateway.apidocs.ApiDocument.Field;
import org.clinic.gateway.apidocs.ApiDocument.Group;
import org.clinic.gateway.apidocs.ApiDocument.Op;
import org.clinic.gateway.apidocs.ApiDocument.Param;
import org.clinic.gateway.apidocs.ApiDocument.SchemaView;
import org.clinic.gateway.apidocs.ApiDocument.TypeRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the parts of an OpenAPI 3.1 document that the page shows; anything else in it is ignored. */
final class ApiDocumentReader {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String UNTAGGED = "Other";
    private static final JsonMapper PRETTY = JsonMapper.builder().build();

    private final ApiDocsProperties.Source source;
    private final JsonNode root;

    ApiDocumentReader(ApiDocsProperties.Source source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    ApiDocument read() {
        JsonNode info = root.path("info");
        return new ApiDocument(source.id(), info.path("title").asString(source.service()),
                Prose.of(info.path("description").asString("")), source.path(), true, groups(), schemas());
    }

    private List<Group> groups() {
        Map<String, List<Op>> byTag = new LinkedHashMap<>();
        for (var path : root.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isObject()) {
                    String tag = operation.path("tags").path(0).asString(UNTAGGED);
                    byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(operation(method, path.getKey(), operation));
                }
            }
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        root.path("tags").forEach(tag -> descriptions.put(tag.path("name").asString(), tag.path("description")
                .asString("")));
        List<String> order = new ArrayList<>(descriptions.keySet());
        order.retainAll(byTag.keySet());
        byTag.keySet().stream().filter(tag -> !order.contains(tag)).sorted().forEach(order::add);
        return order.stream().map(tag -> new Group(tag, anchor("tag", tag),
                Prose.of(descriptions.getOrDefault(tag, "")),
                byTag.get(tag).stream().sorted(Comparator.comparing(Op::path)
                        .thenComparing(op -> METHODS.indexOf(op.method().toLowerCase(Locale.ROOT)))).toList()))
                .toList();
    }

    private Op operation(String method, String path, JsonNode operation) {
        List<Param> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(new Param(p.path("name").asString(),
                p.path("in").asString(), p.path("required").asBoolean(false), type(p.path("schema")),
                Prose.of(p.path("description").asString("")))));
        List<Answer> answers = new ArrayList<>();
        operation.path("responses").properties().forEach(r -> {
            var content = firstContent(r.getValue());
            List<String> headers = new ArrayList<>(r.getValue().path("headers").propertyNames());
            answers.add(new Answer(r.getKey(), Prose.of(r.getValue().path("description").asString("")),
                    content == null ? null : content.getKey(),
                    content == null ? null : type(content.getValue().path("schema")), headers));
        });
        answers.sort(Comparator.comparing(Answer::code));
        return new Op(anchor(method, path), method.toUpperCase(Locale.ROOT), path,
                operation.path("summary").asString(""), Prose.of(operation.path("description").asString("")),
                access(operation.path("security")), parameters, body(operation.path("requestBody")), answers);
    }

    /** "Public", or the roles any of the operation's security requirements names. */
    private static String access(JsonNode security) {
        if (!security.isArray() || security.isEmpty()) {
            return "Public";
        }
        Set<String> roles = new LinkedHashSet<>();
        security.forEach(requirement -> requirement.properties()
                .forEach(scheme -> scheme.getValue().forEach(role -> roles.add(role.asString()))));
        return roles.isEmpty() ? "Staff" : "Staff: " + String.join(", ", roles);
    }

    private Body body(JsonNode requestBody) {
        var content = firstContent(requestBody);
        if (content == null) {
            return null;
        }
        JsonNode media = content.getValue();
        JsonNode example = media.has("example") ? media.path("example")
                : firstValue(media.path("examples")).path("value");
        return new Body(content.getKey(), requestBody.path("required").asBoolean(false), type(media.path("schema")),
                example.isMissingNode() || example.isNull() ? null
                        : PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(example));
    }

    private List<SchemaView> schemas() {
        List<SchemaView> schemas = new ArrayList<>();
        for (var schema : root.path("components").path("schemas").properties()) {
            Set<String> required = new LinkedHashSet<>();
            schema.getValue().path("required").forEach(name -> required.add(name.asString()));
            List<Field> fields = new ArrayList<>();
            schema.getValue().path("properties").properties().forEach(property -> fields.add(new Field(
                    property.getKey(), type(property.getValue()), required.contains(property.getKey()),
                    Prose.of(property.getValue().path("description").asString("")))));
            schemas.add(new SchemaView(schema.getKey(), schemaAnchor(schema.getKey()),
                    Prose.of(schema.getValue().path("description").asString("")), fields));
        }
        schemas.sort(Comparator.comparing(SchemaView::name));
        return schemas;
    }

    /** A schema in a few words; a reference to one of the document's schemas keeps its name for the link. */
    private TypeRef type(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith(SCHEMA_REF)) {
            String name = ref.substring(SCHEMA_REF.length());
            return new TypeRef(name, schemaAnchor(name));
        }
        for (String combination : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.path(combination).isArray()) {
                List<String> parts = new ArrayList<>();
                schema.path(combination).forEach(part -> parts.add(type(part).words()));
                return new TypeRef(String.join(" or ", parts), null);
            }
        }
        String type = jsonType(schema);
        if (type.equals("array")) {
            TypeRef items = type(schema.path("items"));
            return new TypeRef("array of " + items.words(), items.schema());
        }
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asString()));
        if (!values.isEmpty()) {
            return new TypeRef(type + ": " + String.join(", ", values), null);
        }
        String format = schema.path("format").asString("");
        return new TypeRef(format.isEmpty() ? type : type + " (" + format + ")", null);
    }

    /** OpenAPI 3.1 allows a list of types ({@code ["string", "null"]}); the page names the one that is not null. */
    private static String jsonType(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        return type.isString() ? type.asString() : "any";
    }

    private static Map.Entry<String, JsonNode> firstContent(JsonNode holder) {
        var content = holder.path("content").properties().iterator();
        return content.hasNext() ? content.next() : null;
    }

    private static JsonNode firstValue(JsonNode object) {
        var values = object.values().iterator();
        return values.hasNext() ? values.next() : object.path("none");
    }

    private String anchor(String kind, String text) {
        return source.id() + "-" + kind.toLowerCase(Locale.ROOT) + "-"
                + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private String schemaAnchor(String name) {
        return anchor("schema", name);
    }
}
