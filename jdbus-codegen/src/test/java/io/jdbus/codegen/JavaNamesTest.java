package io.jdbus.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void memberNamesBecomeCamelCase() {
        assertEquals("getAllDevices", JavaNames.camel("GetAllDevices", "x"));
        assertEquals("frobate", JavaNames.camel("Frobate", "x"));
        assertEquals("getRaw", JavaNames.camel("get_raw", "x"));
        assertEquals("newValue", JavaNames.camel("new_value", "x"));
        assertEquals("newValue", JavaNames.camel("new-value", "x"));
    }

    @Test
    void leadingCapitalsAreLoweredAsAWord() {
        assertEquals("uri", JavaNames.camel("URI", "x"));
        assertEquals("uriList", JavaNames.camel("URIList", "x"));
        assertEquals("getID", JavaNames.camel("GetID", "x"));
        assertEquals("nAutoVTs", JavaNames.camel("NAutoVTs", "x"));
    }

    @Test
    void namesJavaCannotStartWithAreMadeValid() {
        assertEquals("_1stValue", JavaNames.camel("1st-value", "x"));
        assertEquals("arg3", JavaNames.camel("", "arg3"));
        assertEquals("arg4", JavaNames.camel("_", "arg4"));
        assertEquals("arg5", JavaNames.camel("--", "arg5"));
        assertEquals("SampleObject", JavaNames.pascal("sample_object", "X"));
        assertEquals("_2d", JavaNames.pascal("2d", "X"));
    }

    @Test
    void keywordsGetAnUnderscore() {
        assertEquals("class_", JavaNames.escape("class"));
        assertEquals("new_", JavaNames.escape("new"));
        assertEquals("var_", JavaNames.escape("var"));
        assertEquals("record_", JavaNames.escape("record"));
        assertEquals("to", JavaNames.escape("to"));
        assertEquals("value", JavaNames.escape("value"));
    }

    @Test
    void identifiersAreCheckedForPackageNames() {
        assertTrue(JavaNames.isIdentifier("gen"));
        assertTrue(JavaNames.isIdentifier("_x1"));
        assertFalse(JavaNames.isIdentifier("1x"));
        assertFalse(JavaNames.isIdentifier("int"));
        assertFalse(JavaNames.isIdentifier("a-b"));
        assertFalse(JavaNames.isIdentifier(""));
    }

    @Test
    void theDBusNameOfAJavaNameIsItsFirstLetterUpperCased() {
        assertEquals("Frobate", JavaNames.dbusName("frobate"));
        assertEquals("Uri", JavaNames.dbusName("uri"));   // so URI needs @DBusMethod("URI")
    }

    @Test
    void aSecondClaimOfANameGetsANumber() {
        NameScope scope = new NameScope(List.of("getClass"));
        assertEquals("getFoo", scope.claim("getFoo"));
        assertEquals("getFoo2", scope.claim("getFoo"));
        assertEquals("getFoo3", scope.claim("getFoo"));
        assertEquals("getClass2", scope.claim("getClass"));
        assertEquals("class_", scope.claim("class"));
        assertEquals("class_2", scope.claim("class"));
    }
}
