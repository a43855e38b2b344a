package io.jdbus.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.types.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeMapperTest {
    private final TypeMapper mapper = new TypeMapper(new NameScope(SourceFile.RESERVED), false);

    private String java(String signature) {
        JavaType t = mapper.map(Type.of(signature), "Hint");
        return t.text() + (t.ambiguous() ? " @" : "");
    }

    @Test
    void basicTypesFollowTheTypeTableWithUnsignedWidened() {
        assertEquals("int @", java("y"));
        assertEquals("boolean", java("b"));
        assertEquals("short", java("n"));
        assertEquals("int @", java("q"));
        assertEquals("int", java("i"));
        assertEquals("long @", java("u"));
        assertEquals("long", java("x"));
        assertEquals("long @", java("t"));
        assertEquals("double", java("d"));
        assertEquals("String", java("s"));
        assertEquals("ObjectPath", java("o"));
        assertEquals("Signature", java("g"));
        assertEquals("UnixFD", java("h"));
        assertEquals("Variant", java("v"));
    }

    @Test
    void uint64MayBeBigInteger() {
        TypeMapper big = new TypeMapper(new NameScope(SourceFile.RESERVED), true);
        JavaType t = big.map(Type.of("t"), "Hint");
        assertEquals("BigInteger", t.text());
        assertEquals(false, t.ambiguous());
    }

    @Test
    void containersAreListsAndMapsOfBoxedTypes() {
        assertEquals("byte[]", java("ay"));
        assertEquals("List<byte[]>", java("aay"));
        assertEquals("List<Integer>", java("ai"));
        assertEquals("List<Long> @", java("au"));
        assertEquals("Map<String, Variant>", java("a{sv}"));
        assertEquals("Map<Long, String> @", java("a{us}"));
        assertEquals("List<List<Variant>>", java("aav"));
        assertEquals("Map<String, List<Double>>", java("a{sad}"));
    }

    @Test
    void structsAreRecordsNamedAfterWhereTheyOccurOncePerNameAndSignature() {
        assertEquals("Hint", java("(iu)"));
        assertEquals("Hint", java("(iu)"));        // the same struct in the same place: the same record
        assertEquals("Hint2", java("(ii)"));       // another struct wanting the name
        assertEquals("List<HintItem>", java("a(ss)"));
        assertEquals("Map<String, HintValue>", java("a{s(ss)}"));
        List<RecordPlan> records = mapper.records();
        assertEquals(List.of("Hint", "Hint2", "HintItem", "HintValue"), records.stream().map(RecordPlan::name).toList());
        RecordPlan first = records.getFirst();
        assertEquals("field0 int, field1 long @", first.components().stream()
                .map(c -> c.name() + " " + c.type().text() + (c.type().ambiguous() ? " @" : ""))
                .reduce((a, b) -> a + ", " + b).orElseThrow());
    }

    @Test
    void recordNamesAvoidImportedAndJavaLangNames() {
        assertEquals("List2", mapper.map(Type.of("(s)"), "List").text());
        assertEquals("Variant2", mapper.map(Type.of("(s)"), "Variant").text());
        assertEquals("String2", mapper.map(Type.of("(s)"), "String").text());
    }
}
