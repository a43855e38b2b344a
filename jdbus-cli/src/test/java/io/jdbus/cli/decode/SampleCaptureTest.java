package io.jdbus.cli.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's first command decodes the sample capture shipped in the repository. */
class SampleCaptureTest {
    private static final Path SAMPLE = Path.of("..", "samples", "messages.bin");

    @Test
    void readmeCommandDecodesTheSampleCaptureInBothOutputForms() {
        assertTrue(Files.isRegularFile(SAMPLE), "samples/messages.bin is missing");
        CliRun json = CliRun.run("decode", "--json=short", SAMPLE.toString());
        assertEquals(0, json.status(), json.err());
        assertEquals(5, json.out().lines().count());
        assertTrue(json.out().contains("\"payload\":{\"type\":\"(iiu)\",\"data\":[[-5,5,4000000000]]}"), json.out());
        assertTrue(json.out().contains("\"endian\":\"B\""), json.out());

        CliRun text = CliRun.run("decode", SAMPLE.toString());
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("UINT32 4000000000;"), text.out());
        assertTrue(text.out().contains("ErrorName=org.freedesktop.DBus.Error.InvalidArgs"), text.out());
    }
}
