package vn.vhcs.common.web;

import java.io.IOException;
import java.text.Normalizer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How request bodies are read. Every string is trimmed and put in Unicode NFC, so that the same
 * Vietnamese text typed on different keyboards (precomposed or combining diacritics) is stored
 * identically; numbers, strings and booleans are never coerced into one another; members given
 * twice, trailing content and numbers for enums are refused.
 */
@Singleton
public class JsonReading implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // A count of 2.5 or "20" is an error naming the field, not silently 2 or 20.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // Bodies bound by JAX-RS itself are as strict as BodyReader's: a member given twice, content
        // after the document or a number for an enum is refused, never settled silently.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("vhcs-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return normalize(super.deserialize(p, ctxt));
            }
        }));
    }

    public static String normalize(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    /**
     * A JSON value bound as a tree (a figure's value by code) with every string in it normalised as a bound
     * string is: Jackson's tree reader does not go through the String deserializer above.
     */
    public static JsonNode normalize(JsonNode value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return nodes.textNode(normalize(value.textValue()));
        }
        if (value.isArray()) {
            ArrayNode copy = nodes.arrayNode(value.size());
            value.forEach(item -> copy.add(normalize(item)));
            return copy;
        }
        if (value.isObject()) {
            ObjectNode copy = nodes.objectNode();
            value.fields().forEachRemaining(e -> copy.set(e.getKey(), normalize(e.getValue())));
            return copy;
        }
        return value;
    }
}
