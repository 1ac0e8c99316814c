package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PngExporterTest {

    @TempDir
    Path folder;

    private final Derivation classic = Derivations.classic();

    private static int opaquePixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) >>> 24) > 64 ? 1 : 0;
            }
        }
        return count;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aStepPngDecodesWithThePixelSizeOfItsScaleAndIsNotBlank(int scale) throws Exception {
        Path file = folder.resolve("step.png");
        StepPicture picture = new StepPicture(classic, classic.steps().get(6), null, PictureTheme.LIGHT.transparent());

        List<Path> written = Exporter.PNG.export(classic,
                ExportRequest.of(file, 6, 6).withScale(scale).withTheme(PictureTheme.LIGHT.transparent()),
                ExportMonitor.NONE);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(List.of(file), written);
        assertEquals((int) Math.ceil(picture.width() * scale), image.getWidth());
        assertEquals((int) Math.ceil(picture.height() * scale), image.getHeight());
        assertTrue(opaquePixels(image) > 2000 * scale * scale, "ink pixels " + opaquePixels(image));
        assertEquals(0, image.getRGB(0, 0) >>> 24, "transparent background");
    }

    @Test
    void aThemeBackgroundFillsTheWholeImage() throws Exception {
        Path file = folder.resolve("dark.png");

        Exporter.PNG.export(classic, ExportRequest.of(file, 0, 0).withTheme(PictureTheme.DARK), ExportMonitor.NONE);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(PictureTheme.DARK.background().getRGB(), image.getRGB(0, 0));
        assertEquals(image.getWidth() * image.getHeight(), opaquePixels(image));
    }

    @Test
    void aRangeOfStepsGoesToAFolderOfNumberedFilesWithProgress() throws Exception {
        Path out = folder.resolve("slides");
        RecordingMonitor monitor = new RecordingMonitor();

        List<Path> written = Exporter.PNG.export(classic, ExportRequest.of(out, 4, 6), monitor);

        assertEquals(List.of(out.resolve("step-05.png"), out.resolve("step-06.png"), out.resolve("step-07.png")),
                written);
        assertEquals(List.of("1/3", "2/3", "3/3"), monitor.progress());
        for (Path file : written) {
            assertTrue(ImageIO.read(file.toFile()).getWidth() > 100);
        }
    }

    @Test
    void manyStepsIntoOnePngFileIsRefusedWithAClearError() {
        ExportException failure = assertThrows(ExportException.class, () -> Exporter.PNG.export(classic,
                ExportRequest.of(folder.resolve("all.png"), 0, 3), ExportMonitor.NONE));

        assertTrue(failure.getMessage().contains("holds one step, but 4 were asked for"), failure.getMessage());
    }

    @Test
    void cancellingStopsAfterTheCurrentStepAndLeavesTheEarlierSetWhole() throws Exception {
        Path out = Files.createDirectory(folder.resolve("cancelled"));
        Files.writeString(out.resolve("step-01.png"), "earlier 1");
        Files.writeString(out.resolve("step-02.png"), "earlier 2");
        ExportMonitor cancelAfterTwo = new ExportMonitor() {
            private int done;

            @Override
            public void progress(int doneSoFar, int total) {
                done = doneSoFar;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };

        assertThrows(java.util.concurrent.CancellationException.class,
                () -> Exporter.PNG.export(classic, ExportRequest.of(out, 0, 5).withReplaceExisting(true),
                        cancelAfterTwo));

        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("step-01.png", "step-02.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no new or temporary file");
        }
        assertEquals("earlier 1", Files.readString(out.resolve("step-01.png")));
        assertEquals("earlier 2", Files.readString(out.resolve("step-02.png")));
    }

    @Test
    void aStepOutsideTheDerivationIsRejectedNamingTheValidRange() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> Exporter.PNG.export(
                classic, ExportRequest.of(folder, 0, classic.steps().size()), ExportMonitor.NONE));

        assertEquals("steps 1..15: must lie within 1..14 with the first not after the last", failure.getMessage());
    }
}
