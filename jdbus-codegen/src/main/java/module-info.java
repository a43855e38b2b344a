/**
 * jdbus's code generator: D-Bus introspection XML in, Java source out. {@link io.jdbus.codegen.Generator}
 * is pure (strings in, strings out); {@link io.jdbus.codegen.SourceWriter} puts its result on disk.
 */
module io.jdbus.codegen {
    requires transitive io.jdbus;

    exports io.jdbus.codegen;
}
