package io.jdbus.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What must hold for any input to the parser: it gives a node or an {@link InvalidIntrospectionException} and nothing
 * else, and a node it gives writes to XML that parses back equal (and writes again identically).
 */
final class IntrospectionOracle {
    private IntrospectionOracle() {
    }

    static void check(byte[] data) {
        Node node;
        try {
            node = IntrospectionParser.parse(data);
        } catch (InvalidIntrospectionException expected) {
            return;
        }
        String xml = IntrospectionWriter.write(node);
        Node again = IntrospectionParser.parse(xml);
        assertEquals(node, again, xml);
        assertEquals(xml, IntrospectionWriter.write(again));
    }
}
