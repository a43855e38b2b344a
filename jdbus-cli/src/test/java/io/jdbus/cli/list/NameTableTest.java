package io.jdbus.cli.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.cli.format.JsonStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected layouts are busctl 252's for the same names. */
class NameTableTest {
    private static final List<NameRow> ROWS = List.of(
            new NameRow(":1.14", 22085L, "python3", "root", ":1.14", null, null, null),
            new NameRow("org.freedesktop.DBus", 21678L, "dbus-daemon", "root", null, null, null, null),
            new NameRow("org.jdbus.Echo", 22085L, "python3", "root", ":1.14", null, null, null));

    @Test
    void columnsAreAsWideAsTheirWidestCellPidAlignsRightAndTheLastIsNotPadded() {
        assertEquals("""
                NAME                   PID PROCESS     USER CONNECTION UNIT SESSION DESCRIPTION
                :1.14                22085 python3     root :1.14      -    -       -
                org.freedesktop.DBus 21678 dbus-daemon root -          -    -       -
                org.jdbus.Echo       22085 python3     root :1.14      -    -       -
                """, NameTable.text(ROWS, true));
    }

    @Test
    void withoutTheLegendTheHeaderDoesNotWidenColumns() {
        assertEquals("""
                org.freedesktop.DBus 21678 dbus-daemon root - - - -
                """, NameTable.text(List.of(ROWS.get(1)), false));
    }

    @Test
    void activatableNamesShowOnlyThatInTheConnectionColumn() {
        assertEquals("org.example.X - - - (activatable) - - -\n",
                NameTable.text(List.of(NameRow.activatable("org.example.X")), false));
    }

    @Test
    void jsonIsAnArrayOfObjectsWithUnknownsAsNull() {
        assertEquals("[{\"name\":\":1.14\",\"pid\":22085,\"process\":\"python3\",\"user\":\"root\",\"connection\":\":1.14\","
                + "\"unit\":null,\"session\":null,\"description\":null},{\"name\":\"org.example.X\",\"pid\":null,"
                + "\"process\":null,\"user\":null,\"connection\":\"(activatable)\",\"unit\":null,\"session\":null,"
                + "\"description\":null}]",
                NameTable.json(List.of(ROWS.get(0), NameRow.activatable("org.example.X")), JsonStyle.SHORT));
    }
}
