package org.clinic.gateway.apidocs;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One service's OpenAPI document as the documentation page shows it: operations grouped by tag, each with who may
 * call it, its parameters, body and answers, and the document's schemas, which types name and link to. Text from
 * the document is only ever rendered escaped ({@link Prose}). Methods the template calls are public: SpEL finds
 * no other.
 */
record ApiDocument(String id, String title, Prose description, String url, boolean available, List<Group> groups,
        List<SchemaView> schemas) {

    static ApiDocument read(ApiDocsProperties.Source source, JsonNode root) {
        return new ApiDocumentReader(source, root).read();
    }

    static ApiDocument unavailable(ApiDocsProperties.Source source) {
        return new ApiDocument(source.id(), source.service(), Prose.of(""), source.path(), false, List.of(),
                List.of());
    }

    public int operationCount() {
        return groups.stream().mapToInt(group -> group.operations().size()).sum();
    }

    record Group(String name, String anchor, Prose description, List<Op> operations) {
    }

    /** @param access "Public", or the roles that may call it */
    record Op(String anchor, String method, String path, String summary, Prose description, String access,
            List<Param> parameters, Body body, List<Answer> answers) {

        public boolean isPublic() {
            return "Public".equals(access);
        }
    }

    record Param(String name, String in, boolean required, TypeRef type, Prose description) {
    }

    /** @param example the first example, as indented JSON, or null */
    record Body(String mediaType, boolean required, TypeRef type, String example) {
    }

    record Answer(String code, Prose description, String mediaType, TypeRef type, List<String> headers) {

        public boolean error() {
            return code.startsWith("4") || code.startsWith("5");
        }
    }

    /** A type in words ("array of SlotView"); {@code schema} names the document's schema it links to, if any. */
    record TypeRef(String words, String schema) {
    }

    record SchemaView(String name, String anchor, Prose description, List<Field> fields) {
    }

    record Field(String name, TypeRef type, boolean required, Prose description) {
    }
}
