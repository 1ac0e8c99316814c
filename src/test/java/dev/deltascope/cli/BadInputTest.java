package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.Launcher;
import dev.deltascope.external.Unprivileged;
import dev.deltascope.file.DesignExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input ends in one line on stderr, nothing on stdout, and exit code 2. */
class BadInputTest {

    @TempDir
    Path folder;

    private void assertRejected(String expectedLine, String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(expectedLine + System.lineSeparator(), run.err());
    }

    private String classic() throws IOException {
        return write("classic.json", DesignExample.TEXT);
    }

    private String write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void aMissingFile() {
        String file = folder.resolve("absent.json").toString();
        assertRejected("deltascope derive: " + file + ": file not found", "derive", file);
        assertRejected("deltascope train: " + file + ": file not found",
                "train", file, "--steps", "1", "--out", folder.resolve("out.json").toString());
    }

    @Test
    void aFolderInsteadOfAFile() {
        assertRejected("deltascope derive: " + folder + ": is a folder, not a network file",
                "derive", folder.toString());
    }

    @Test
    void anUnreadableFile() throws IOException, InterruptedException {
        String file = classic();
        Files.setPosixFilePermissions(Path.of(file), PosixFilePermissions.fromString("---------"));

        Unprivileged.Result run = Unprivileged.run(Launcher.class, "derive", file);

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("deltascope derive: " + file + ": cannot be read: permission denied" + System.lineSeparator(),
                run.err());
    }

    @Test
    void aFileThatIsNotUtf8() throws IOException {
        Path file = folder.resolve("binary.json");
        Files.write(file, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        assertRejected("deltascope derive: " + file + ": not UTF-8 text: byte 0xC3 at offset 1 cannot start or"
                + " continue a character", "derive", file.toString());
    }

    @Test
    void malformedJson() throws IOException {
        String file = write("broken.json", "{\"format\": \"deltascope-network\",\n \"version\": 1,,}");
        assertRejected("deltascope derive: " + file + ": line 2, column 15: malformed JSON: unexpected character"
                + " (','): was expecting double-quote to start field name", "derive", file);
    }

    @Test
    void anInvalidNetworkNamesTheJsonPath() throws IOException {
        String file = write("zero.json", DesignExample.TEXT.replace(
                "{\"size\": 2, \"activation\": \"sigmoid\"}, {", "{\"size\": 0, \"activation\": \"sigmoid\"}, {"));
        assertRejected("deltascope derive: " + file + ": layers[1].size: must be between 1 and 1024, was 0",
                "derive", file);
        assertRejected("deltascope train: " + file + ": layers[1].size: must be between 1 and 1024, was 0",
                "train", file, "--steps", "1", "--out", folder.resolve("out.json").toString());
    }

    @Test
    void anUnknownFormat() throws IOException {
        assertRejected("deltascope derive: --format: must be json, was \"tex\"", "derive", classic(), "--format", "tex");
    }

    @Test
    void stepsThatAreNotPositive() throws IOException {
        String out = folder.resolve("out.json").toString();
        assertRejected("deltascope train: --steps: must be at least 1, was 0", "train", classic(), "--steps", "0",
                "--out", out);
        assertRejected("deltascope train: --steps: must be at least 1, was -3", "train", classic(), "--steps", "-3",
                "--out", out);
    }

    @Test
    void stepsThatAreNotANumber() throws IOException {
        assertRejected("deltascope train: Invalid value for option '--steps': 'many' is not an int"
                + " (see deltascope train --help)", "train", classic(), "--steps", "many", "--out", "out.json");
    }

    @Test
    void anOutputFolderThatDoesNotExist() throws IOException {
        Path out = folder.resolve("absent").resolve("out.json");
        assertRejected("deltascope train: " + out + ": cannot be written: the folder " + out.getParent() + " does not exist",
                "train", classic(), "--steps", "1", "--out", out.toString());
    }

    @Test
    void anOutputThatIsAFolder() throws IOException {
        assertRejected("deltascope train: " + folder + ": is a folder; give a file name to write to",
                "train", classic(), "--steps", "1", "--out", folder.toString());
    }

    @Test
    void aMissingOutOption() throws IOException {
        assertRejected("deltascope train: Missing required option: '--out=OUT.json' (see deltascope train --help)",
                "train", classic(), "--steps", "1");
    }

    @Test
    void aMissingNetworkFile() {
        assertRejected("deltascope derive: Missing required parameter: 'NET.json' (see deltascope derive --help)",
                "derive");
    }

    @Test
    void anUnknownOption() throws IOException {
        assertRejected("deltascope derive: Unknown options: '--fromat', 'json' (see deltascope derive --help)",
                "derive", classic(), "--fromat", "json");
    }

    @Test
    void aMisspelledCommand() {
        assertRejected("deltascope: Unmatched argument at index 0: 'derivee'; did you mean derive?"
                + " (see deltascope --help)", "derivee");
    }

    @Test
    void noCommandAtAll() {
        assertRejected("deltascope: missing command; use derive, train or export (see deltascope --help)");
    }

    @Test
    void aFileNameWithALineBreakStaysOnOneLine() {
        String file = folder.resolve("two\nlines.json").toString();
        assertRejected("deltascope derive: " + file.replace('\n', ' ') + ": file not found", "derive", file);
    }

    @Test
    void aNulCharacterInAFileName() {
        assertRejected("deltascope derive: bad\u0000name.json: not a valid file name (Nul character not allowed)"
                .replace('\u0000', ' '), "derive", "bad\u0000name.json");
    }

    @Test
    void bytesThatAreNotJsonAtAll() throws IOException {
        Path file = folder.resolve("image.json");
        Files.write(file, "GIF89a".getBytes(StandardCharsets.US_ASCII));
        assertRejected("deltascope derive: " + file + ": line 1, column 7: malformed JSON: unrecognized token 'GIF89a':"
                + " was expecting a JSON value", "derive", file.toString());
    }
}
