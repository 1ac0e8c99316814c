package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Relu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkFileWritingTest {

    @TempDir
    Path folder;

    @Test
    void writingReplacesAnEarlierFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("net.json");
        Files.writeString(file, "earlier content");
        NetworkFile.write(Presets.CLASSIC.load(), file);
        assertEquals(NetworkFile.toJson(Presets.CLASSIC.load()), Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void aNetworkThatCannotBeWrittenLeavesTheEarlierFileUntouched() throws IOException {
        Path file = folder.resolve("net.json");
        Files.writeString(file, "earlier content");
        Network classic = Presets.CLASSIC.load();
        Network broken = classic.withLayer(2, classic.layer(2).withWeights(
                Matrix.of(new double[][] {{0.4, 0.45}, {Double.NaN, 0.55}})));
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.write(broken, file));
        assertEquals(file + ": weights[1][1][0]: must be a finite number to be written, was NaN", e.getMessage());
        assertEquals("earlier content", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void aFolderInTheWayIsNotReplaced() throws IOException {
        Path target = folder.resolve("occupied");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "kept");
        NetworkFileException e = assertThrows(NetworkFileException.class,
                () -> NetworkFile.write(Presets.CLASSIC.load(), target));
        assertEquals(target + ": is a folder; give a file name to write to", e.getMessage());
        assertEquals("kept", Files.readString(target.resolve("keep.txt")));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void writingIntoAMissingFolderIsOneClearMessage() {
        Path file = folder.resolve("absent").resolve("net.json");
        NetworkFileException e = assertThrows(NetworkFileException.class,
                () -> NetworkFile.write(Presets.CLASSIC.load(), file));
        assertEquals(file + ": cannot be written: the folder " + file.getParent() + " does not exist", e.getMessage());
    }

    @Test
    void aNetworkTheReaderWouldRejectIsNotWritten() throws IOException {
        Network classic = Presets.CLASSIC.load();
        Network tooWide = classic.withLayers(Initialisation.layers(2, List.of(1025, 2),
                List.of(Relu.INSTANCE, classic.layer(2).activation()), 1));
        Path file = folder.resolve("wide.json");
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.write(tooWide, file));
        assertEquals(file + ": cannot be saved: layers[1].size: must be between 1 and 1024, was 1025", e.getMessage());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void toJsonNamesTheFirstNumberThatIsNotFinite() {
        Network classic = Presets.CLASSIC.load();
        Network broken = classic.withLayer(1, new DenseLayer(classic.layer(1).weights(),
                Matrix.column(0.35, Double.NEGATIVE_INFINITY), classic.layer(1).activation()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkFile.toJson(broken));
        assertEquals("biases[0][1]: must be a finite number to be written, was -Infinity", e.getMessage());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
