package io.jdbus.codegen;

import java.util.stream.Collectors;

/** Renders a generated record: one component per struct field or out argument, annotated where ambiguous. */
final class RecordWriter {
    private RecordWriter() {
    }

    static String render(RecordPlan r) {
        Javadoc doc = new Javadoc().raw(r.doc());
        r.components().forEach(c -> doc.param(c.name(), c.doc()));
        String components = r.components().stream()
                .map(c -> c.type().signatureAnnotation() + c.type().text() + " " + c.name())
                .collect(Collectors.joining(", "));
        return doc.render("") + "public record " + r.name() + "(" + components + ") {\n}\n";
    }
}
