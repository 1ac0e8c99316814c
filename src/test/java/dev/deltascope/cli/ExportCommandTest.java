package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.DesignExample;
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
        "--step|0|deltascope export: --step: this network's derivation has steps 1 to 14, was 0",
        "--step|last|deltascope export: --step: must be a step number from 1 to 14 or all, was \"last\"",
        "--view|hadamard|deltascope export: --view: must be all, vjp, jacobian, component, naive or softmax, was \"hadamard\"",
        "--scale|9|deltascope export: --scale: must be greater than 0 and at most 8.0, was 9.0",
        "--digits|13|deltascope export: --digits: must be between 1 and 12, was 13",
        "--theme|blue|deltascope export: --theme: must be light or dark, was \"blue\"",
        "--background|grey|deltascope export: --background: must be theme or transparent, was \"grey\"",
        "--view|softmax|deltascope export: --view: softmax does not apply to this network (it has no softmax layer);"
                + " use all or one of vjp, jacobian, component, naive"})
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pdf|--scale|2|deltascope export: --scale: does not apply to --format pdf (only to png)",
        "svg|--scale|2|deltascope export: --scale: does not apply to --format svg (only to png)",
        "tex|--theme|dark|deltascope export: --theme: does not apply to --format tex (only to png, svg and pdf)",
        "beamer|--background|transparent|deltascope export: --background: does not apply to --format beamer"
                + " (only to png and svg)"})
    void anOptionThatDoesNotApplyToTheFormatIsRefused(String format, String option, String value, String message)
            throws IOException {
        CommandRun run = CommandRun.of("export", classic().toString(), "--format", format, option, value,
                "--out", folder.resolve("out").toString());

        assertEquals(2, run.exitCode());
        assertEquals(message + System.lineSeparator(), run.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void aTransparentBackgroundLeavesThePngsCornersClear() throws IOException {
        CommandRun run = CommandRun.of("export", classic().toString(), "--format", "png", "--step", "1",
                "--background", "transparent", "--out", folder.resolve("clear").toString());
        CommandRun themed = CommandRun.of("export", classic().toString(), "--format", "png", "--step", "1",
                "--out", folder.resolve("themed").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, themed.exitCode(), themed.err());
        assertEquals(0, ImageIO.read(folder.resolve("clear/step-01.png").toFile()).getRGB(0, 0) >>> 24);
        assertEquals(0xFF, ImageIO.read(folder.resolve("themed/step-01.png").toFile()).getRGB(0, 0) >>> 24);
    }

    @Test
    void texHoldsEveryViewByDefaultAndOneViewWhenNamed() throws IOException {
        Path input = classic();
        CommandRun all = CommandRun.of("export", input.toString(), "--format", "tex", "--out",
                folder.resolve("all").toString());
        CommandRun one = CommandRun.of("export", input.toString(), "--format", "tex", "--view", "jacobian", "--out",
                folder.resolve("one").toString());

        assertEquals(0, all.exitCode(), all.err());
        assertEquals(0, one.exitCode(), one.err());
        String every = Files.readString(folder.resolve("all/derivation.tex"));
        String jacobian = Files.readString(folder.resolve("one/derivation.tex"));
        assertTrue(every.contains("subsection*{Component") && every.contains("subsection*{Jacobian"), every);
        assertTrue(jacobian.contains("subsection*{Jacobian") && !jacobian.contains("subsection*{Component"), jacobian);
    }

    private Path classic() throws IOException {
        return Files.writeString(folder.resolve("classic.json"), DesignExample.TEXT);
    }
}
