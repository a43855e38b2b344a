package io.jdbus.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static JsonWriter sample(JsonStyle style) {
        JsonWriter w = new JsonWriter(style);
        w.beginObject().name("type").string("as").name("data").beginArray()
                .beginArray().string("a").number("1").endArray()
                .beginArray().endArray()
                .beginObject().endObject()
                .endArray().endObject();
        return w;
    }

    @Test
    void shortStyleHasNoWhitespace() {
        assertEquals("{\"type\":\"as\",\"data\":[[\"a\",1],[],{}]}", sample(JsonStyle.SHORT).toString());
    }

    @Test
    void prettyStyleIndentsWithTabsAndSpacesAroundTheColonAsSystemd() {
        assertEquals("""
                {
                \t"type" : "as",
                \t"data" : [
                \t\t[
                \t\t\t"a",
                \t\t\t1
                \t\t],
                \t\t[],
                \t\t{}
                \t]
                }""", sample(JsonStyle.PRETTY).toString());
    }

    @Test
    void stringsEscapeQuotesBackslashesAndControlCharactersOnly() {
        JsonWriter w = new JsonWriter(JsonStyle.SHORT);
        w.string("q\"\\\t\n\r\b\f\u0001\u001f\u007fé€😀");
        assertEquals("\"q\\\"\\\\\\t\\n\\r\\b\\f\\u0001\\u001f\u007fé€😀\"", w.toString());
    }

    @Test
    void literalsAreWrittenAsIs() {
        JsonWriter w = new JsonWriter(JsonStyle.SHORT);
        w.beginArray().bool(true).bool(false).nullValue().number("-5").endArray();
        assertEquals("[true,false,null,-5]", w.toString());
    }
}
