package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.DesignExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every subcommand, given a file it cannot use or an option it cannot take, prints one line on
 * stderr naming the command and the problem, prints nothing on stdout and exits with 2; never a
 * stack trace. The tests run as root here, where permissions cannot lock a file, so an unreadable
 * file is a path that runs through a regular file; a FIFO is not used, as opening one waits for a
 * writer (as it does for cat).
 */
class RobustCommandLineTest {

    @TempDir
    Path folder;

    private int outputs;

    /** The command with its network file; train also gets the options it needs to run. */
    private String[] command(String name, String network, String... more) {
        List<String> args = new ArrayList<>(List.of(name, network));
        if (name.equals("train")) {
            args.addAll(List.of("--steps", "1", "--out", folder.resolve("out-" + outputs++ + ".json").toString()));
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static void assertRefused(String command, String mentions, String... args) {
        CommandRun run = CommandRun.of(args);
        String err = run.err();
        assertEquals(CommandLine.BAD_INPUT, run.exitCode(), err);
        assertEquals("", run.out());
        assertTrue(err.endsWith(System.lineSeparator()), err);
        String line = err.substring(0, err.length() - System.lineSeparator().length());
        assertFalse(line.contains("\n") || line.contains("\r"), "more than one line: " + err);
        assertFalse(line.contains("Exception") || line.contains("\tat "), err);
        assertTrue(line.startsWith("deltascope " + command + ": "), err);
        assertTrue(line.contains(mentions), () -> "does not mention " + mentions + ": " + err);
    }

    private Path valid() throws IOException {
        return Files.writeString(folder.resolve("valid.json"), DesignExample.TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"derive", "train"})
    void aMissingFile(String name) {
        String file = folder.resolve("absent.json").toString();
        assertRefused(name, file + ": file not found", command(name, file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derive", "train"})
    void aFolderInsteadOfAFile(String name) {
        assertRefused(name, folder + ": is a folder, not a network file", command(name, folder.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derive", "train"})
    void aFileThatCannotBeOpenedBecauseItsPathRunsThroughAFile(String name) throws IOException {
        Path plain = Files.writeString(folder.resolve("plain.json"), DesignExample.TEXT);
        String file = plain.resolve("net.json").toString();
        assertRefused(name, file + ": cannot be read: Not a directory", command(name, file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derive", "train"})
    void anEmptyFile(String name) throws IOException {
        String file = Files.writeString(folder.resolve("empty.json"), "").toString();
        assertRefused(name, file + ": the file is empty; expected a JSON object", command(name, file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derive", "train"})
    void anEndlessSpecialFile(String name) {
        assertTrue(Files.isReadable(Path.of("/dev/zero")), "/dev/zero is readable on every Linux machine");
        assertRefused(name, "/dev/zero: is a device, not a regular file", command(name, "/dev/zero"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derive", "train"})
    void anUnknownOption(String name) throws IOException {
        assertRefused(name, "Unknown option: '--frobnicate'", command(name, valid().toString(), "--frobnicate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derive", "train"})
    void twoNetworkFiles(String name) throws IOException {
        assertRefused(name, "Unmatched argument at index " + (name.equals("train") ? 6 : 2) + ": 'second.json'",
                command(name, valid().toString(), "second.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derive", "train"})
    void noNetworkFile(String name) {
        String[] args = name.equals("train")
                ? new String[] {name, "--steps", "1", "--out", folder.resolve("out.json").toString()}
                : new String[] {name};
        assertRefused(name, "Missing required parameter: 'NET.json'", args);
    }

    @Test
    void deriveWithAFormatItDoesNotKnowOrNoFormatAtAll() throws IOException {
        String file = valid().toString();
        assertRefused("derive", "--format: must be json, was \"tex\"", "derive", file, "--format", "tex");
        assertRefused("derive", "--format: must be json, was \"\"", "derive", file, "--format", "");
        assertRefused("derive", "Missing required parameter for option '--format'", "derive", file, "--format");
    }

    @Test
    void trainWithStepsThatAreNotAPositiveWholeNumber() throws IOException {
        String file = valid().toString();
        String out = folder.resolve("out.json").toString();
        for (String steps : new String[] {"0", "-1", "abc", "", "1.5", "99999999999"}) {
            assertRefused("train", "--steps", "train", file, "--steps", steps, "--out", out);
        }
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void trainWithoutStepsOrWithoutOut() throws IOException {
        String file = valid().toString();
        assertRefused("train", "Missing required option: '--steps=N'",
                "train", file, "--out", folder.resolve("out.json").toString());
        assertRefused("train", "Missing required option: '--out=OUT.json'", "train", file, "--steps", "1");
        assertRefused("train", "Missing required parameter for option '--out'", "train", file, "--steps", "1", "--out");
    }

    @Test
    void trainWithAnOutputInAFolderThatDoesNotExist() throws IOException {
        Path out = folder.resolve("absent").resolve("out.json");
        assertRefused("train", out + ": cannot be written: the folder " + out.getParent() + " does not exist",
                "train", valid().toString(), "--steps", "1", "--out", out.toString());
    }

    @Test
    void trainWithAnOutputThatIsAFolder() throws IOException {
        assertRefused("train", folder + ": is a folder; give a file name to write to",
                "train", valid().toString(), "--steps", "1", "--out", folder.toString());
    }

    @Test
    void trainWithAnOutputWhosePathRunsThroughAFile() throws IOException {
        Path plain = Files.writeString(folder.resolve("plain.json"), "kept");
        Path out = plain.resolve("out.json");
        assertRefused("train", out + ": cannot be written: " + plain + " is a file, not a folder",
                "train", valid().toString(), "--steps", "1", "--out", out.toString());
        assertEquals("kept", Files.readString(plain));
    }
}
