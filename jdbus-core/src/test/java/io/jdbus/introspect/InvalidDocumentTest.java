package io.jdbus.introspect;

import static io.jdbus.introspect.Rejections.inInterface;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.jdbus.introspect.Rejections.rejects;
import static io.jdbus.introspect.Rejections.rejectsAt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Documents that are well-formed XML but not valid introspection data: each refused with the line and the rule. */
@Timeout(10)
class InvalidDocumentTest {

    @Test
    void aTypeThatIsNotOneCompleteTypeIsRejected() {
        rejectsAt(inInterface("<method name=\"M\"><arg name=\"x\" type=\"a\"/></method>"), 2, "<arg name=\"x\">", "\"a\"");
        rejectsAt(inInterface("<method name=\"M\"><arg type=\"ii\"/></method>"), 2, "\"ii\"", "not a single complete type");
        rejectsAt(inInterface("<method name=\"M\"><arg type=\"(i\"/></method>"), 2, "\"(i\"");
        rejectsAt(inInterface("<signal name=\"S\"><arg type=\"\"/></signal>"), 2, "not a single complete type");
        rejectsAt(inInterface("<property name=\"P\" type=\"a{vs}\" access=\"read\"/>"), 2, "<property name=\"P\">", "a{vs}");
    }

    @Test
    void badNamesAreRejected() {
        rejectsAt(inInterface("<method name=\"com.example.M\"/>"), 2, "<method>", "com.example.M");
        rejectsAt(inInterface("<signal name=\"2S\"/>"), 2, "<signal>", "2S");
        rejectsAt(inInterface("<property name=\"\" type=\"s\" access=\"read\"/>"), 2, "property name");
        // a property name need not be a member name: portals use names such as "disable-printing"
        assertEquals("a-b", IntrospectionParser.parse("<node><interface name=\"a.b\"><property name=\"a-b\" "
                + "type=\"s\" access=\"read\"/></interface></node>").interfaces().getFirst().properties().getFirst()
                .name().value());
        rejectsAt("<node>\n<interface name=\"NoDots\"/></node>", 2, "<interface>", "NoDots");
        rejectsAt("<node name=\"/trailing/\">\n</node>", 1, "/trailing/");
        rejectsAt("<node>\n<node name=\"/abs\"/></node>", 1, "absolute");
        rejectsAt("<node>\n<node/></node>", 1, "without a name");
    }

    @Test
    void badAccessAndDirectionAreRejected() {
        rejectsAt(inInterface("<property name=\"P\" type=\"s\" access=\"READ\"/>"), 2, "access \"READ\"");
        rejectsAt(inInterface("<property name=\"P\" type=\"s\"/>"), 2, "access attribute is missing");
        rejectsAt(inInterface("<method name=\"M\"><arg type=\"s\" direction=\"inout\"/></method>"), 2, "direction \"inout\"");
        rejectsAt(inInterface("<signal name=\"S\"><arg type=\"s\" direction=\"in\"/></signal>"), 2, "signal arguments are \"out\"");
    }

    @Test
    void missingRequiredAttributesAreRejected() {
        rejectsAt(inInterface("<method/>"), 2, "<method>", "name attribute is missing");
        rejectsAt(inInterface("<method name=\"M\"><arg name=\"x\"/></method>"), 2, "type attribute is missing");
        rejectsAt(inInterface("<annotation name=\"x\"/>"), 2, "value attribute is missing");
    }

    @Test
    void formatElementsOutOfPlaceAreRejected() {
        rejectsAt("<node>\n<method name=\"M\"/></node>", 2, "<method> is not allowed inside <node>");
        rejectsAt(inInterface("<arg type=\"s\"/>"), 2, "<arg> is not allowed inside <interface>");
        rejectsAt(inInterface("<method name=\"M\"><method name=\"N\"/></method>"), 2, "inside <method>");
        rejectsAt("<interface name=\"a.b\"/>", 1, "root element is <interface>");
    }

    @Test
    void controlCharactersThatXml10CannotCarryAreRejected() {
        rejects("<?xml version=\"1.1\"?><node><interface name=\"a.b\"><annotation name=\"n\" value=\"&#1;\"/></interface></node>",
                "U+0001");
    }
}
