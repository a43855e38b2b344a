package io.jdbus.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.Signature;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import io.jdbus.wire.Endian;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The third-party golden vectors: encoding gives exactly their bytes, decoding their bytes gives an equal message. */
class WireVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void vectorsArePresent() {
        if (vectorDir() == null) {
            String why = "the shared wire vectors (shared/vectors beside the repository) are not present";
            Assertions.assertNull(System.getenv("CI"), why);
            Assumptions.abort(why);
        }
    }

    static Stream<Arguments> vectors() throws IOException {
        Path dir = vectorDir();
        List<Arguments> cases = new ArrayList<>();
        if (dir == null) {
            return Stream.of(Arguments.of("vectors absent", null, null));   // each test aborts, as vectorsArePresent says
        }
        for (String file : List.of("dbus-next-messages.json", "dbus-fast-messages.json")) {
            JsonNode all = JSON.readTree(dir.resolve(file).toFile());
            for (int i = 0; i < all.size(); i++) {
                JsonNode c = all.get(i);
                cases.add(Arguments.of(file + " #" + i + " " + c.get("message").path("signature").asText(),
                        c.get("message"), c.get("data").asText()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodingGivesTheVectorsBytesExactly(String name, JsonNode message, String hex) {
        Assumptions.assumeTrue(message != null, "the shared wire vectors are not present");
        assertEquals(hex, HexFormat.of().formatHex(MessageEncoder.encode(build(message))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodingTheVectorsBytesGivesAnEqualMessage(String name, JsonNode message, String hex) throws Exception {
        Assumptions.assumeTrue(message != null, "the shared wire vectors are not present");
        byte[] bytes = HexFormat.of().parseHex(hex);
        Message decoded = MessageDecoder.decode(bytes);
        assertEquals(build(message), decoded);
        assertArrayEquals(bytes, MessageEncoder.encode(decoded));
    }

    static Message build(JsonNode m) {
        MessageBuilder b = Message.methodCall(m.path("destination").asText(null), m.path("path").asText(),
                m.path("interface").asText(null), m.path("member").asText()).endian(Endian.LITTLE);
        Signature sig = Signature.of(m.path("signature").asText(""));
        JsonNode body = m.path("body");
        if (!sig.isEmpty()) {
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < sig.types().size(); i++) {
                args.add(fromJson(sig.types().get(i), body.get(i)));
            }
            b.body(sig, args);
        }
        return b.build().withSerial(m.path("serial").asInt());
    }

    /** Converts a vector's JSON value to a Java value for {@code type}; variants are {signature, value}. */
    static Object fromJson(Type type, JsonNode v) {
        return switch (type) {
            case BasicType b -> switch (b) {
                case BOOLEAN -> v.asBoolean();
                case DOUBLE -> v.asDouble();
                case STRING, OBJECT_PATH, SIGNATURE -> v.asText();
                default -> v.bigIntegerValue();
            };
            case ArrayType a -> {
                List<Object> out = new ArrayList<>();
                v.forEach(e -> out.add(fromJson(a.element(), e)));
                yield out;
            }
            case DictType d -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                v.properties().forEach(e -> out.put(fromJson(d.key(), JSON.getNodeFactory().textNode(e.getKey())),
                        fromJson(d.value(), e.getValue())));
                yield out;
            }
            case StructType s -> {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < s.fields().size(); i++) {
                    out.add(fromJson(s.fields().get(i), v.get(i)));
                }
                yield out;
            }
            case VariantType x -> {
                Type inner = Type.of(v.get("signature").asText());
                yield Variant.of(inner, fromJson(inner, v.get("value")));
            }
        };
    }

    static Path vectorDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path sibling = p.resolveSibling("shared").resolve("vectors");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
        }
        return null;
    }
}
