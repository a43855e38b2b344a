package io.jdbus.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The writer's layout, its escaping, and that what it writes parses back equal. */
class IntrospectionWriterTest {

    @Test
    void sampleObjectIsWrittenInTheReferenceLayout() {
        assertEquals("""
                <!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
                "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
                <node name="/com/example/sample_object0">
                  <interface name="com.example.SampleInterface0">
                    <method name="Frobate">
                      <arg name="foo" type="i" direction="in"/>
                      <arg name="bar" type="s" direction="out"/>
                      <arg name="baz" type="a{us}" direction="out"/>
                      <annotation name="org.freedesktop.DBus.Deprecated" value="true"/>
                    </method>
                    <method name="Bazify">
                      <arg name="bar" type="(iiu)" direction="in"/>
                      <arg name="bar" type="v" direction="out"/>
                    </method>
                    <method name="Mogrify">
                      <arg name="bar" type="(iiav)" direction="in"/>
                    </method>
                    <signal name="Changed">
                      <arg name="new_value" type="b"/>
                    </signal>
                    <property name="Bar" type="y" access="readwrite"/>
                  </interface>
                  <node name="child_of_sample_object"/>
                  <node name="another_child_of_sample_object"/>
                </node>
                """, IntrospectionWriter.write(Samples.node("sample_object0.xml")));
    }

    @Test
    void attributeValuesAreEscapedSoThatTheySurviveNormalisation() {
        Node node = Node.of(List.of(Interface.of("a.b").withAnnotations(List.of(
                Annotation.docString("a < b & c > \"d\" 'e'\n\ttab\r\nCRLF 😀")))), List.of());
        String xml = IntrospectionWriter.write(node);
        assertEquals(true, xml.contains(
                "value=\"a &lt; b &amp; c &gt; &quot;d&quot; 'e'&#10;&#9;tab&#13;&#10;CRLF 😀\""), xml);
        assertEquals(node, IntrospectionParser.parse(xml));
    }

    @Test
    void argumentAndPropertyAnnotationsAreNested() {
        Arg arg = Arg.in("x", "s").withAnnotations(List.of(Annotation.docString("the x")));
        Property p = Property.of("P", "as", Access.READ).withAnnotations(List.of(
                Annotation.emitsChangedSignal(EmitsChangedSignal.CONST)));
        Node node = new Node(Optional.of("/"), List.of(Interface.of("a.b")
                .withMethods(List.of(new Method(io.jdbus.names.MemberName.of("M"), List.of(arg), List.of(Annotation.noReply()))))
                .withProperties(List.of(p))), List.of());
        assertEquals("""
                <node name="/">
                  <interface name="a.b">
                    <method name="M">
                      <arg name="x" type="s" direction="in">
                        <annotation name="org.gtk.GDBus.DocString" value="the x"/>
                      </arg>
                      <annotation name="org.freedesktop.DBus.Method.NoReply" value="true"/>
                    </method>
                    <property name="P" type="as" access="read">
                      <annotation name="org.freedesktop.DBus.Property.EmitsChangedSignal" value="const"/>
                    </property>
                  </interface>
                </node>
                """, IntrospectionWriter.write(node).substring(IntrospectionWriter.DOCTYPE.length()));
        assertEquals(node, IntrospectionParser.parse(IntrospectionWriter.write(node)));
    }

    @ParameterizedTest
    @FieldSource("io.jdbus.introspect.Samples#NAMES")
    void everySampleRoundTrips(String name) {
        Node node = Samples.node(name);
        String xml = IntrospectionWriter.write(node);
        assertEquals(node, IntrospectionParser.parse(xml));
        assertEquals(xml, IntrospectionWriter.write(IntrospectionParser.parse(xml)));
    }
}
