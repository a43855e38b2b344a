package io.jdbus.daemon.config;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;

/**
 * The JDK's own SAX parser, set up for files that start with a DOCTYPE naming a remote DTD: nothing outside the
 * file is ever loaded (neither the DTD nor external entities) and entity expansion is bounded, so a file can
 * neither make the bus fetch a URL nor blow up its memory.
 */
final class SecureSaxParser {
    /** Limits of the JDK's XML security manager, far above what a bus configuration needs. */
    private static final String[][] LIMITS = {
        {"jdk.xml.entityExpansionLimit", "10000"},
        {"jdk.xml.totalEntitySizeLimit", "1000000"},
        {"jdk.xml.maxGeneralEntitySizeLimit", "100000"},
        {"jdk.xml.maxParameterEntitySizeLimit", "100000"},
        {"jdk.xml.entityReplacementLimit", "1000000"},
        {"jdk.xml.maxElementDepth", "100"},
    };

    private SecureSaxParser() {
    }

    /** A new parser: not namespace aware (an {@code xmlns} attribute is an attribute, as for dbus-daemon). */
    static SAXParser create() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            for (String[] limit : LIMITS) {
                parser.setProperty(limit[0], limit[1]);
            }
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be set up securely: " + e.getMessage(), e);
        }
    }
}
