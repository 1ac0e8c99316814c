package dev.deltascope.view.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path folder;

    @Test
    void anEditIsWrittenShortlyAfterAndReadsBack() throws InterruptedException {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery.json"));
        Network edited = Presets.CLASSIC.load().withLearningRate(0.125);
        store.schedule(edited);
        waitForFile(store.file());
        assertEquals(Optional.of(edited), new RecoveryStore(store.file()).left());
    }

    @Test
    void aNormalExitRemovesTheCopy() throws InterruptedException {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery.json"));
        store.schedule(Presets.defaultNetwork());
        waitForFile(store.file());
        store.discard();
        assertFalse(Files.exists(store.file()));
        assertTrue(store.left().isEmpty());
    }

    @Test
    void aNetworkWithInfiniteWeightsLeavesTheFiniteCopyScheduledBeforeIt() throws InterruptedException {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery.json"));
        Network finite = Presets.defaultNetwork();
        Network blownUp = finite.withLayer(1, finite.layer(1).withWeights(
                finite.layer(1).weights().with(0, 0, Double.POSITIVE_INFINITY)));

        store.schedule(finite);
        store.schedule(blownUp);

        waitForFile(store.file());
        assertEquals(Optional.of(finite), store.left());
        assertEquals("", store.lastProblem());
    }

    @Test
    void aDamagedCopyIsNotOffered() throws IOException {
        Path file = folder.resolve("recovery.json");
        Files.writeString(file, "{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [");
        RecoveryStore store = new RecoveryStore(file);
        assertTrue(store.left().isEmpty());
        assertFalse(store.lastProblem().isEmpty());
    }

    @Test
    void workSurvivesTheProcessBeingKilled() throws IOException, InterruptedException {
        Path file = folder.resolve("recovery.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecoveryChild.class.getName(), file.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile())
                .start();
        try {
            waitForFile(file);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        Network expected = Presets.defaultNetwork();
        expected = expected.withLayer(1, expected.layer(1).withBiases(expected.layer(1).biases().with(0, 0, 0.625)))
                .withLearningRate(0.25);
        Optional<Network> restored = new RecoveryStore(file).left();
        assertTrue(restored.isPresent(), Files.readString(folder.resolve("child.log")));
        assertEquals(expected, restored.get());
        assertEquals(Matrix.column(0.625, -0.2, 0.05, 0.3), restored.get().layer(1).biases());
    }

    private static void waitForFile(Path file) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!Files.exists(file) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(file), file + " was never written");
    }
}
