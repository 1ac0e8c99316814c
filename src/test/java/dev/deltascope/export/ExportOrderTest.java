package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps drawn on several threads end up in the same files, in the same order, as drawing each step alone. */
class ExportOrderTest {

    private static Derivation derivation;

    @TempDir
    Path folder;

    @BeforeAll
    static void build() {
        derivation = Derivations.of(Presets.DEFAULT);
    }

    @Test
    void eachPngFileHoldsExactlyItsOwnStepDrawnAlone() throws Exception {
        ExportRequest request = ExportRequest.allSteps(folder.resolve("png"), derivation).withView(ViewKind.VJP);
        RecordingMonitor monitor = new RecordingMonitor();

        List<Path> files = Exporter.PNG.export(derivation, request, monitor);

        assertEquals(derivation.steps().size(), files.size());
        for (int index = 0; index < files.size(); index++) {
            ByteArrayOutputStream alone = new ByteArrayOutputStream();
            PngExporter.encode(PngExporter.image(picture(index), 1), alone);
            assertEquals(request.target().resolve(ExportTargets.stepFileName(index, files.size(), "png")), files.get(index));
            assertArrayEquals(alone.toByteArray(), Files.readAllBytes(files.get(index)), "step " + (index + 1));
        }
        assertEquals(inOrder(files.size()), monitor.progress());
    }

    @Test
    void eachSvgFileHoldsExactlyItsOwnStepDrawnAlone() throws Exception {
        ExportRequest request = ExportRequest.allSteps(folder.resolve("svg"), derivation).withView(ViewKind.VJP);
        RecordingMonitor monitor = new RecordingMonitor();

        List<Path> files = Exporter.SVG.export(derivation, request, monitor);

        for (int index = 0; index < files.size(); index++) {
            assertEquals(SvgExporter.document(picture(index)), Files.readString(files.get(index), StandardCharsets.UTF_8),
                    "step " + (index + 1));
        }
        assertEquals(inOrder(derivation.steps().size()), monitor.progress());
    }

    private static StepPicture picture(int index) {
        return new StepPicture(derivation, derivation.steps().get(index), ViewKind.VJP, PictureTheme.LIGHT);
    }

    private static List<String> inOrder(int count) {
        List<String> expected = new ArrayList<>();
        for (int done = 1; done <= count; done++) {
            expected.add(done + "/" + count);
        }
        return expected;
    }
}
