package dev.deltascope.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.external.ExternalTools;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** derivation_numpy.py runs with NumPy and every one of its checks against Deltascope's numbers passes. */
class NumpyCodeTest {

    @TempDir
    Path folder;

    @Test
    void everyPresetsScriptRunsAndEveryCheckPasses() throws Exception {
        runAll(CodeNetworks.presets());
    }

    @Test
    void randomNetworksOfEveryActivationAndLossPassTheirChecks() throws Exception {
        runAll(CodeNetworks.random());
    }

    @Test
    void saturatedCrossEntropyOutputsPassTheirChecks() throws Exception {
        runAll(CodeNetworks.saturated());
    }

    @Test
    void changingOneWeightMakesACheckFail() throws Exception {
        Path python = ExternalTools.python("numpy");
        Path script = CodeExport.write(CodeFormat.NUMPY, CodeNetworks.derivation(Presets.CLASSIC.load()),
                folder, false);
        String text = Files.readString(script);
        String original = "W1 = np.array([\n    [0.15, 0.2],";
        assertTrue(text.contains(original), text);
        Files.writeString(script, text.replace(original, "W1 = np.array([\n    [0.16, 0.2],"), StandardCharsets.UTF_8);

        PythonRun run = PythonRun.of(python, folder, script.getFileName().toString());

        assertNotEquals(0, run.exitCode(), run.tail());
        assertTrue(run.output().contains("AssertionError"), run.tail());
        assertTrue(run.output().contains("z1"), run.tail());
    }

    /** Runs every network's script in one python process (NumPy imported once); each must print its last line. */
    private void runAll(Map<String, Network> networks) throws Exception {
        Path python = ExternalTools.python("numpy");
        List<Path> scripts = new ArrayList<>();
        for (Map.Entry<String, Network> entry : networks.entrySet()) {
            Path target = folder.resolve(entry.getKey().replace('-', '_') + ".py");
            scripts.add(CodeExport.write(CodeFormat.NUMPY, CodeNetworks.derivation(entry.getValue()), target, false));
        }
        PythonRun run = PythonRun.scripts(python, folder, scripts);
        assertEquals(0, run.exitCode(), run.tail());
        assertEquals(networks.size(), run.output().lines()
                .filter(line -> line.startsWith("finite differences agree with backpropagation")).count(), run.tail());
    }

    @Test
    void everyStepIsNamedWithTheNumberAndTitleTheWindowGivesIt() {
        for (Network network : CodeNetworks.presets().values()) {
            Derivation derivation = CodeNetworks.derivation(network);
            String script = CodeExport.text(CodeFormat.NUMPY, derivation);
            for (Step step : derivation.steps()) {
                assertTrue(script.contains("\n# Step " + (step.index() + 1) + ": " + step.title() + "\n"),
                        network.title() + ": step " + (step.index() + 1) + " " + step.title());
            }
        }
    }

    @Test
    void numbersWrittenIntoTheCodeReadBackInPythonToTheSameDoubles() throws Exception {
        Path python = ExternalTools.python();
        double[] values = {0.1 + 0.2, 1.0 / 3, 0.15, 1, -0.0, 4.3856773447434685E-4, Double.MIN_VALUE,
            Double.MIN_NORMAL, Double.MAX_VALUE, 123456789012345680.0, 2.82879384806159E17, 1e23, -7.5e-300};
        StringBuilder program = new StringBuilder("import struct\nfor x in [");
        for (double value : values) {
            program.append(PythonText.number(value)).append(", ");
        }
        program.append("]:\n    print(struct.pack('>d', float(x)).hex())\n");

        PythonRun run = PythonRun.of(python, folder, "-c", program.toString());

        assertEquals(0, run.exitCode(), run.output());
        String[] bits = run.output().strip().split("\n");
        assertEquals(values.length, bits.length, run.output());
        for (int i = 0; i < values.length; i++) {
            assertEquals(String.format("%016x", Double.doubleToRawLongBits(values[i])), bits[i].strip(),
                    "read back " + values[i]);
        }
    }
}
