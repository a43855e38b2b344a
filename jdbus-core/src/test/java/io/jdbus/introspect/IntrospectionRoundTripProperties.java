package io.jdbus.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.names.InterfaceName;
import io.jdbus.names.MemberName;
import io.jdbus.types.Type;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;

/** Any node the model admits (within the parser's depth limit) writes to XML that parses back equal. */
class IntrospectionRoundTripProperties {

    @net.jqwik.api.Property(tries = 500)
    void everyNodeParsesBackFromItsXml(@ForAll("roots") Node node) {
        String xml = IntrospectionWriter.write(node);
        assertEquals(node, IntrospectionParser.parse(xml), xml);
        assertEquals(node, IntrospectionParser.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<Node> roots() {
        Arbitrary<Optional<String>> rootNames = Arbitraries.of("/", "/com/example/sample_object0", "/a/_1/B")
                .optional(0.5);
        return Combinators.combine(rootNames, interfaces(), children(2)).as(Node::new);
    }

    private Arbitrary<List<Node>> children(int depth) {
        Arbitrary<String> names = Arbitraries.strings().withChars("abc_019").ofMinLength(1).ofMaxLength(4)
                .list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("/", l));
        Arbitrary<Node> child = depth == 0
                ? names.map(Node::child)
                : Combinators.combine(names.map(Optional::of), interfaces(), children(depth - 1)).as(Node::new);
        return child.list().ofMaxSize(3).uniqueElements(n -> n.name().orElseThrow());
    }

    private Arbitrary<List<Interface>> interfaces() {
        Arbitrary<InterfaceName> names = Arbitraries.of("a.b", "com.example.X", "org.freedesktop.DBus.Peer", "_x.Y9")
                .map(InterfaceName::of);
        Arbitrary<Interface> iface = Combinators.combine(names,
                Combinators.combine(members(), args(Direction.IN, Direction.OUT), annotations())
                        .as(Method::new).list().ofMaxSize(3).uniqueElements(Method::name),
                Combinators.combine(members(), args(Direction.OUT), annotations())
                        .as(Signal::new).list().ofMaxSize(2).uniqueElements(Signal::name),
                Combinators.combine(properties(), types(), Arbitraries.of(Access.class), annotations())
                        .as(Property::new).list().ofMaxSize(2).uniqueElements(Property::name),
                annotations()).as(Interface::new);
        return iface.list().ofMaxSize(3).uniqueElements(Interface::name);
    }

    /** Property names, including some that are not member names (as portals use). */
    private Arbitrary<io.jdbus.names.PropertyName> properties() {
        return Arbitraries.strings().withChars("AbZ_9-").ofMinLength(1).ofMaxLength(6)
                .map(io.jdbus.names.PropertyName::of);
    }

    private Arbitrary<MemberName> members() {
        return Arbitraries.strings().withChars("AbZ_9").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !Character.isDigit(s.charAt(0))).map(MemberName::of);
    }

    private Arbitrary<List<Arg>> args(Direction... directions) {
        return Combinators.combine(texts().optional(0.7), types(), Arbitraries.of(directions), annotations())
                .as(Arg::new).list().ofMaxSize(4);
    }

    private Arbitrary<Type> types() {
        return Arbitraries.of("y", "b", "n", "q", "i", "u", "x", "t", "d", "s", "o", "g", "h", "v", "as", "a{sv}",
                "(iiav)", "a{us}", "aa{oa(sy)}", "(v(ad))").map(Type::of);
    }

    private Arbitrary<List<Annotation>> annotations() {
        Arbitrary<String> names = Arbitraries.of(Annotation.DEPRECATED, Annotation.NO_REPLY, Annotation.DOC_STRING,
                Annotation.EMITS_CHANGED_SIGNAL, "x", "org.gtk.GDBus.C.Name");
        return Combinators.combine(names, texts()).as(Annotation::new).list().ofMaxSize(2);
    }

    /** Text XML 1.0 can carry, with the characters that need escaping over-represented. */
    private Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("<>&\"' \t\r\n;#abé€").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(10).filter(s -> XmlText.problem(s) == null),
                Arbitraries.of("😀 \uD83D\uDE00", "", "]]>", "&amp;"));
    }
}
