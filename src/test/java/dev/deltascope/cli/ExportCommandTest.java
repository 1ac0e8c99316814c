package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportCommandTest {

    @TempDir
    Path folder;

    @Test
    void texWritesOneArticleWithEveryStepTitle() throws IOException {
        Path input = classic();
        Path out = folder.resolve("notes");
        CommandRun run = CommandRun.of("export", input.toString(), "--format", "tex", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path document = out.resolve("derivation.tex");
        assertEquals("wrote " + document + System.lineSeparator(), run.out());
        String tex = Files.readString(document);
        assertTrue(tex.contains("\\documentclass"), tex);
        assertTrue(tex.contains("Backward"), tex);
    }

    @Test
    void pngOfOneStepIsOneImageTwiceAsLargeAtScaleTwo() throws IOException {
        Path input = classic();
        CommandRun one = CommandRun.of("export", input.toString(), "--format", "png", "--step", "7",
                "--out", folder.resolve("x1").toString());
        CommandRun two = CommandRun.of("export", input.toString(), "--format", "png", "--step", "7", "--scale", "2",
                "--out", folder.resolve("x2").toString());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        BufferedImage small = ImageIO.read(folder.resolve("x1/step-07.png").toFile());
        BufferedImage large = ImageIO.read(folder.resolve("x2/step-07.png").toFile());
        assertEquals(2.0 * small.getWidth(), large.getWidth(), 2.0);
        assertEquals(2.0 * small.getHeight(), large.getHeight(), 2.0);
        try (Stream<Path> files = Files.list(folder.resolve("x1"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path input = classic();
        Path out = folder.resolve("notes");
        Files.createDirectories(out);
        Path document = Files.writeString(out.resolve("derivation.tex"), "earlier");
        CommandRun refused = CommandRun.of("export", input.toString(), "--format", "tex", "--out", out.toString());
        assertEquals(2, refused.exitCode());
        assertArrayEquals("earlier".getBytes(), Files.readAllBytes(document));
        CommandRun forced = CommandRun.of("export", input.toString(), "--format", "tex", "--out", out.toString(),
                "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertFalse(Files.readString(document).equals("earlier"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--format|gif|deltascope export: --format: must be png, svg, pdf, tex, beamer, numpy, pytorch, notebook or exercises, was \"gif\"",
        "--step|0|deltascope export: --step: this network's derivation has steps 1 to 13, was 0",
        "--step|last|deltascope export: --step: must be a step number from 1 to 13 or all, was \"last\"",
        "--view|hadamard|deltascope export: --view: must be vjp, jacobian, component, naive or softmax, was \"hadamard\"",
        "--scale|9|deltascope export: --scale: must be greater than 0 and at most 8.0, was 9.0",
        "--digits|13|deltascope export: --digits: must be between 1 and 12, was 13",
        "--theme|blue|deltascope export: --theme: must be light or dark, was \"blue\""})
    void aBadOptionIsOneLineAndExitTwo(String option, String value, String message) throws IOException {
        Path input = classic();
        String format = option.equals("--format") ? value : "png";
        CommandRun run = option.equals("--format")
                ? CommandRun.of("export", input.toString(), "--format", format, "--out", folder.toString())
                : CommandRun.of("export", input.toString(), "--format", format, option, value,
                        "--out", folder.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertEquals(message + System.lineSeparator(), run.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    private Path classic() throws IOException {
        return Files.writeString(folder.resolve("classic.json"), DeriveCommandTest.CLASSIC);
    }
}
