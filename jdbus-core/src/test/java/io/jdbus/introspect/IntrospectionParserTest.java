package io.jdbus.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the parser makes of well-formed documents: the model, the defaults, what it skips, and the lookups. */
class IntrospectionParserTest {

    @Test
    void sampleObjectBecomesTheModelTheSpecificationDescribes() {
        Node node = Samples.node("sample_object0.xml");
        assertEquals(Optional.of("/com/example/sample_object0"), node.name());
        Interface iface = node.findInterface("com.example.SampleInterface0").orElseThrow();
        Method frobate = iface.findMethod("Frobate").orElseThrow();
        assertEquals(Signature.of("i"), frobate.inSignature());
        assertEquals(Signature.of("sa{us}"), frobate.outSignature());
        assertEquals(List.of(Arg.in("foo", "i")), frobate.inArgs());
        assertTrue(frobate.isDeprecated());
        assertFalse(frobate.noReply());
        assertEquals(Signature.EMPTY, iface.findMethod("Mogrify").orElseThrow().outSignature());
        assertEquals(Signal.of("Changed", Arg.out("new_value", "b")), iface.findSignal("Changed").orElseThrow());
        assertEquals(Property.of("Bar", "y", Access.READWRITE), iface.findProperty("Bar").orElseThrow());
        assertEquals(List.of(Node.child("child_of_sample_object"), Node.child("another_child_of_sample_object")),
                node.children());
        assertTrue(node.findChild("another_child_of_sample_object").isPresent());
        assertTrue(iface.findMethod("Nope").isEmpty());
        assertTrue(node.findInterface("com.example.Nope").isEmpty());
    }

    @Test
    void directionDefaultsToInForMethodsAndOutForSignals() {
        Node node = IntrospectionParser.parse("""
                <node><interface name="a.b">
                  <method name="M"><arg type="s"/><arg type="u" direction="out"/></method>
                  <signal name="S"><arg type="s"/></signal>
                </interface></node>""");
        Interface iface = node.findInterface("a.b").orElseThrow();
        assertEquals(Signature.of("s"), iface.findMethod("M").orElseThrow().inSignature());
        assertEquals(Signature.of("u"), iface.findMethod("M").orElseThrow().outSignature());
        assertEquals(Direction.OUT, iface.findSignal("S").orElseThrow().args().getFirst().direction());
        assertEquals(Optional.empty(), iface.findSignal("S").orElseThrow().args().getFirst().name());
    }

    @Test
    void unknownElementsAttributesAndTheInternalSubsetAreSkipped() {
        Node node = Samples.node("gdbus-style.xml");
        Interface jobs = node.findInterface("com.example.Jobs").orElseThrow();
        assertEquals(3, jobs.methods().size());
        assertEquals(Optional.of("Queues & runs jobs.\nSecond line <b>."), jobs.docString());
        Method submit = jobs.findMethod("Submit").orElseThrow();
        assertEquals(Signature.of("asa{sv}"), submit.inSignature());
        assertEquals(Optional.of("The argv."), submit.args().getFirst().docString());
        assertTrue(jobs.findMethod("Poke").orElseThrow().noReply());
        assertTrue(jobs.findMethod("OldCancel").orElseThrow().isDeprecated());
        assertEquals(Type.of("a{sa(ov)}"), jobs.findSignal("Finished").orElseThrow().args().get(2).type());
        Node job1 = node.findChild("job").orElseThrow().findChild("1").orElseThrow();
        assertTrue(job1.findInterface("com.example.Job").isPresent());
    }

    @Test
    void emitsChangedSignalComesFromThePropertyThenTheInterfaceThenTrue() {
        Interface jobs = Samples.node("gdbus-style.xml").findInterface("com.example.Jobs").orElseThrow();
        assertEquals(EmitsChangedSignal.INVALIDATES, jobs.emitsChangedSignal(jobs.findProperty("Count").orElseThrow()));
        assertEquals(EmitsChangedSignal.CONST, jobs.emitsChangedSignal(jobs.findProperty("Version").orElseThrow()));
        assertEquals(EmitsChangedSignal.TRUE, jobs.emitsChangedSignal(jobs.findProperty("Paused").orElseThrow()));
        assertEquals(EmitsChangedSignal.FALSE, jobs.emitsChangedSignal(jobs.findProperty("Secret").orElseThrow()));
        Interface plain = Interface.of("a.b").withProperties(List.of(Property.of("P", "s", Access.READ)));
        assertEquals(EmitsChangedSignal.TRUE, plain.emitsChangedSignal(plain.properties().getFirst()));
    }

    @Test
    void bytesAreReadAsUtf8WhateverTheDeclarationSays() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><node><interface name=\"a.b\"><annotation name=\"n\" value=\"é€\"/></interface></node>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("é€"), IntrospectionParser.parse(xml).findInterface("a.b").orElseThrow().annotation("n"));
    }

    @Test
    void dbusDaemonsOwnIntrospectionHasItsInterfaces() {
        Node node = Samples.node("org.freedesktop.DBus.xml");
        Interface bus = node.findInterface("org.freedesktop.DBus").orElseThrow();
        assertEquals(Signature.of("su"), bus.findMethod("RequestName").orElseThrow().inSignature());
        assertEquals(Signature.of("sss"), bus.findSignal("NameOwnerChanged").orElseThrow().signature());
        assertEquals(EmitsChangedSignal.CONST, bus.emitsChangedSignal(bus.findProperty("Features").orElseThrow()));
        assertTrue(node.findInterface("org.freedesktop.DBus.Properties").isPresent());
    }

    @Test
    void aDuplicateMemberIsAnErrorAtItsInterface() {
        var e = assertThrows(InvalidIntrospectionException.class, () -> IntrospectionParser.parse(
                "<node>\n<interface name=\"a.b\"><method name=\"M\"/><method name=\"M\"/></interface></node>"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("two methods named \"M\""), e.getMessage());
    }
}
