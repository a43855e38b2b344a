package io.jdbus.introspect;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads introspection XML, as returned by {@code org.freedesktop.DBus.Introspectable.Introspect}, into a {@link Node}.
 *
 * <p>Introspection XML comes from peers, so the JDK's own StAX parser runs locked down: no DTD processing (the
 * standard {@code <!DOCTYPE node PUBLIC ...>} line is accepted and ignored, never fetched; a DOCTYPE naming any
 * other external DTD is refused), no external entities, no entities beyond the five predefined ones and character
 * references, and bounds on the document size ({@value #MAX_SIZE} characters or bytes), the nesting of nodes
 * ({@value #MAX_NODE_DEPTH}) and of elements ({@value #MAX_ELEMENT_DEPTH}), and the number of elements
 * ({@value #MAX_ELEMENTS}). Every failure is an {@link InvalidIntrospectionException} naming the line, the column
 * and the problem.
 *
 * <p>Unknown elements and attributes (such as {@code <doc:doc>} or {@code xmlns:doc}) are skipped, as GDBus does;
 * a D-Bus element in a place the format does not allow (a {@code <method>} directly in a {@code <node>}), a name
 * that breaks its rule, a {@code type} that is not one complete type, and an unknown {@code access} or
 * {@code direction} are errors. An {@code <arg>} without {@code direction} is {@code in} in a method and
 * {@code out} in a signal.
 * {@snippet :
 * Node node = IntrospectionParser.parse("""
 *         <node>
 *           <interface name="com.example.SampleInterface0">
 *             <method name="Frobate">
 *               <arg name="foo" type="i" direction="in"/>
 *               <arg name="bar" type="s" direction="out"/>
 *             </method>
 *           </interface>
 *         </node>
 *         """);
 * node.findInterface("com.example.SampleInterface0").orElseThrow()
 *         .findMethod("Frobate").orElseThrow().outSignature();   // s
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 * @see IntrospectionWriter
 */
public final class IntrospectionParser {
    /** The largest document accepted: 16 MiB (characters for {@link #parse(String)}, bytes for {@link #parse(byte[])}). */
    public static final int MAX_SIZE = 16 << 20;
    /** The deepest nesting of {@code <node>} elements accepted, the root counting as 1. */
    public static final int MAX_NODE_DEPTH = 64;
    /** The deepest nesting of elements of any kind (unknown ones included) accepted. */
    public static final int MAX_ELEMENT_DEPTH = 256;
    /** The most elements of any kind (unknown ones included) one document may have. */
    public static final int MAX_ELEMENTS = 1 << 18;

    private IntrospectionParser() {
    }

    /**
     * Parses {@code xml} into the node it describes.
     *
     * @throws InvalidIntrospectionException if the text is not well-formed XML, breaks a limit, or does not describe
     *         a valid node
     */
    public static Node parse(String xml) {
        Objects.requireNonNull(xml, "xml");
        if (xml.length() > MAX_SIZE) {
            throw InvalidIntrospectionException.at(-1, -1, "the document has " + xml.length()
                    + " characters, more than the limit of " + MAX_SIZE, null);
        }
        if (xml.startsWith("\uFEFF")) {
            xml = xml.substring(1);
        }
        if (xml.isBlank()) {
            throw InvalidIntrospectionException.at(-1, -1, "the document is empty", null);
        }
        Doctype.check(xml);
        XMLStreamReader reader;
        try {
            reader = factory().createXMLStreamReader(new StringReader(xml));
        } catch (XMLStreamException e) {
            throw InvalidIntrospectionException.at(-1, -1, "the XML parser could not start: " + e.getMessage(), e);
        }
        try {
            return new DocumentReader(reader).document();
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release: the input is a string
            }
        }
    }

    /**
     * Parses {@code xml}, which must be UTF-8 (as every D-Bus string is; an encoding named in the XML declaration is
     * not consulted), into the node it describes.
     *
     * @throws InvalidIntrospectionException if the bytes are not UTF-8, not well-formed XML, break a limit, or do not
     *         describe a valid node
     */
    public static Node parse(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        if (xml.length > MAX_SIZE) {
            throw InvalidIntrospectionException.at(-1, -1, "the document has " + xml.length
                    + " bytes, more than the limit of " + MAX_SIZE, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(xml);
        CharBuffer out = CharBuffer.allocate(xml.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw InvalidIntrospectionException.at(-1, -1, "the document is not UTF-8: byte offset " + in.position()
                    + " starts a malformed sequence", null);
        }
        decoder.flush(out);
        return parse(out.flip().toString());
    }

    /** A StAX factory of the JDK itself (never one found on the class path), with DTDs and external access off. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty("jdk.xml.entityExpansionLimit", "64");
        f.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "4096");
        f.setProperty("jdk.xml.maxParameterEntitySizeLimit", "4096");
        f.setProperty("jdk.xml.totalEntitySizeLimit", "65536");
        f.setProperty("jdk.xml.maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH + 1));
        f.setProperty("jdk.xml.elementAttributeLimit", "256");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refusing to resolve " + XmlText.quote(systemId)
                    + ": introspection XML may not refer to external resources");
        });
        return f;
    }
}
