package dev.deltascope.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.file.Presets;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where code export writes, when it refuses, and what it refuses to embed. */
class CodeExportTest {

    @TempDir
    Path folder;

    private final Derivation classic = CodeNetworks.derivation(Presets.CLASSIC.load());

    @Test
    void eachFormatWritesItsFileIntoTheFolderCreatingTheFolderWhenMissing() throws Exception {
        Path target = folder.resolve("new/code");
        for (CodeFormat format : CodeFormat.values()) {
            Path written = CodeExport.write(format, classic, target, false);
            assertEquals(target.resolve(format.fileName()), written);
            assertEquals(CodeExport.text(format, classic), Files.readString(written));
        }
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(List.of("derivation.ipynb", "derivation_numpy.py", "derivation_torch.py"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aTargetEndingInTheFormatsExtensionIsTheFileItself() {
        assertEquals(folder.resolve("mine.py"), CodeExport.plannedFile(CodeFormat.NUMPY, folder.resolve("mine.py")));
        assertEquals(folder.resolve("mine.ipynb"),
                CodeExport.plannedFile(CodeFormat.NOTEBOOK, folder.resolve("mine.ipynb")));
        assertEquals(folder.resolve("mine.py/derivation.ipynb"),
                CodeExport.plannedFile(CodeFormat.NOTEBOOK, folder.resolve("mine.py")));
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingIsAllowed() throws Exception {
        Path existing = folder.resolve(CodeFormat.NUMPY.fileName());
        Files.writeString(existing, "keep me");

        CodeExportException refused = assertThrows(CodeExportException.class,
                () -> CodeExport.write(CodeFormat.NUMPY, classic, folder, false));

        assertEquals(existing + ": already exists; choose to replace it or give another folder",
                refused.getMessage());
        assertEquals("keep me", Files.readString(existing));
        CodeExport.write(CodeFormat.NUMPY, classic, folder, true);
        assertTrue(Files.readString(existing).contains("import numpy as np"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedOnOneLine() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "");
        CodeExportException refused = assertThrows(CodeExportException.class,
                () -> CodeExport.write(CodeFormat.NUMPY, classic, file.resolve("inside"), false));
        assertTrue(refused.getMessage().startsWith(file.resolve("inside").toString()), refused.getMessage());
        assertTrue(!refused.getMessage().contains("\n"), refused.getMessage());
    }

    @Test
    void numbersThatOverflowedAreRefusedNamingTheQuantities() {
        Network network = Presets.CLASSIC.load();
        DenseLayer first = network.layer(1);
        Network huge = network.withLayer(1, first.withWeights(Matrix.of(new double[][] {{1e308, 1e308}, {0.1, 0.1}})))
                .withExamples(Matrix.column(1e10, 1e10), network.targets());
        Derivation derivation = CodeNetworks.derivation(huge);

        CodeExportException refused = assertThrows(CodeExportException.class,
                () -> CodeExport.write(CodeFormat.NUMPY, derivation, folder, false));

        assertTrue(refused.getMessage().startsWith("cannot export code: z1"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("not finite (the numbers overflowed); try smaller weights,"
                + " inputs or learning rate"), refused.getMessage());
        assertEquals(0, folder.toFile().list().length);
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertEquals(List.of("numpy", "pytorch", "notebook"), CodeFormat.formatNames());
        assertEquals(CodeFormat.PYTORCH, CodeFormat.named("PyTorch").orElseThrow());
        assertTrue(CodeFormat.named("png").isEmpty());
    }
}
