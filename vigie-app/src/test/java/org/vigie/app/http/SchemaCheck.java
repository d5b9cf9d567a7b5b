package org.vigie.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a JSON value against a schema of the OpenAPI description, for the part of JSON Schema the
 * description uses: type (one or several), required, properties, items, enum, $ref. Enough to
 * prove that the description says what the server answers.
 */
final class SchemaCheck {
  private final JsonNode document;

  SchemaCheck(JsonNode document) {
    this.document = document;
  }

  /** Every disagreement, as "path: what"; empty when the value fits. */
  List<String> check(JsonNode value, JsonNode schema) {
    List<String> problems = new ArrayList<>();
    check(value, schema, "$", problems);
    return problems;
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      schema = document.at(ref.substring(1));
      if (schema.isMissingNode()) {
        throw new AssertionError("unresolved $ref " + ref);
      }
    }
    return schema;
  }

  private void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
    schema = resolve(schema);
    if (schema.has("type") && !typeFits(value, schema.get("type"))) {
      problems.add(path + ": " + value.getNodeType() + " is not " + schema.get("type"));
      return;
    }
    if (schema.has("enum") && !value.isNull()) {
      boolean found = false;
      for (JsonNode allowed : schema.get("enum")) {
        found |= allowed.equals(value);
      }
      if (!found) {
        problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      for (JsonNode name : schema.path("required")) {
        if (!value.has(name.asText())) {
          problems.add(path + ": missing " + name.asText());
        }
      }
      JsonNode properties = schema.path("properties");
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (properties.has(name)) {
          check(value.get(name), properties.get(name), path + "." + name, problems);
        } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
          check(value.get(name), schema.get("additionalProperties"), path + "." + name, problems);
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
      }
    }
  }

  private static boolean typeFits(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeFits(value, one)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new AssertionError("unknown type " + type);
    };
  }
}
