package io.jdbus.names;

import static io.jdbus.names.NameAssertions.assertAccepted;
import static io.jdbus.names.NameAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectPathTest {
    @ParameterizedTest(name = "\"{0}\" is a valid object path")
    @ValueSource(strings = {"/", "/a", "/com/example/sample_object0", "/_", "/0", "/a/0b/_c", "/A/z/09"})
    void validObjectPathsAreAccepted(String value) {
        assertAccepted(value, ObjectPath::isValid, ObjectPath::of);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''              | empty",
        "a               | does not start with '/'",
        "com/example     | does not start with '/'",
        "'  /a'          | does not start with '/'",
        "//              | ends with '/'",
        "/a/             | ends with '/'",
        "/com/example/   | ends with '/'",
        "/a//b           | empty element at index 3",
        "/a-b            | character '-' at index 2 is not in [A-Za-z0-9_]",
        "/a.b            | character '.' at index 2",
        "/com/exämple    | character 'ä' (U+00E4) at index 7",
        "'/a b'          | character U+0020 at index 2",
    })
    void invalidObjectPathsAreRejectedCitingValueAndRule(String value, String rule) {
        assertRejected(value, rule, ObjectPath::isValid, ObjectPath::of);
    }

    @Test
    void objectPathsHaveNoLengthLimitOfTheirOwn() {
        assertAccepted("/a".repeat(1000), ObjectPath::isValid, ObjectPath::of);
    }

    @Test
    void nullIsNotAValidObjectPathAndOfThrowsNullPointerException() {
        assertFalse(ObjectPath.isValid(null));
        assertThrows(NullPointerException.class, () -> ObjectPath.of(null));
    }

    @Test
    void rootIsTheOnlyPathThatIsRoot() {
        assertTrue(ObjectPath.ROOT.isRoot());
        assertEquals(ObjectPath.ROOT, ObjectPath.of("/"));
        assertFalse(ObjectPath.of("/a").isRoot());
    }

    @ParameterizedTest(name = "parent of {0} is {1}")
    @CsvSource(delimiter = '|', value = {"/a | /", "/a/b | /a", "/com/example/sample_object0 | /com/example"})
    void parentDropsTheLastElement(String path, String parent) {
        assertEquals(Optional.of(ObjectPath.of(parent)), ObjectPath.of(path).parent());
    }

    @Test
    void rootHasNoParent() {
        assertEquals(Optional.empty(), ObjectPath.ROOT.parent());
    }

    @ParameterizedTest(name = "{0} with child {1} is {2}")
    @CsvSource(delimiter = '|', value = {"/ | a | /a", "/a | b | /a/b", "/a | 0_Z | /a/0_Z"})
    void childAppendsOneElement(String path, String element, String child) {
        assertEquals(ObjectPath.of(child), ObjectPath.of(path).child(element));
    }

    @ParameterizedTest(name = "\"{0}\" is not one element: {1}")
    @CsvSource(delimiter = '|', value = {
        "''   | empty",
        "b/c  | character '/' at index 1",
        "/b   | character '/' at index 0",
        "b-c  | character '-' at index 1",
        "ä    | character 'ä' (U+00E4) at index 0",
    })
    void childRejectsAnythingButOneValidElement(String element, String rule) {
        var e = assertThrows(InvalidNameException.class, () -> ObjectPath.of("/a").child(element));
        assertTrue(e.getMessage().contains("\"" + element + "\""), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }

    @ParameterizedTest(name = "{0} starts with {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "/a/b   | /a/b | true",
        "/a/b/c | /a/b | true",
        "/a/bc  | /a/b | false",
        "/a     | /a/b | false",
        "/ab    | /a   | false",
        "/x/y   | /    | true",
        "/      | /    | true",
        "/      | /a   | false",
    })
    void startsWithComparesWholeElementsAsPathNamespaceDoes(String path, String namespace, boolean expected) {
        assertEquals(expected, ObjectPath.of(path).startsWith(ObjectPath.of(namespace)));
    }

    @Test
    void elementsAreListedOutermostFirst() {
        assertEquals(List.of("com", "example", "x"), ObjectPath.of("/com/example/x").elements());
        assertEquals(List.of(), ObjectPath.ROOT.elements());
    }

    @Test
    void pathsSortByText() {
        assertTrue(ObjectPath.of("/a").compareTo(ObjectPath.of("/a/b")) < 0);
        assertEquals(0, ObjectPath.of("/a").compareTo(ObjectPath.of("/a")));
    }
}
