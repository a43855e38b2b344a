/**
 * The code generator: {@link io.jdbus.codegen.Generator} turns D-Bus introspection XML into typed client
 * interfaces, service skeletons and records ({@code docs/CODEGEN.md}); {@link io.jdbus.codegen.SourceWriter}
 * writes them to disk.
 */
package io.jdbus.codegen;
