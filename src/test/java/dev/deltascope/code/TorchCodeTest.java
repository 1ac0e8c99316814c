package dev.deltascope.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.external.ExternalTools;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * derivation_torch.py runs with PyTorch, and autograd's δ, ∂C/∂W, ∂C/∂b and one torch.optim.SGD step equal
 * Deltascope's. PyTorch takes seconds to import, so the scripts of a group run in one python process.
 */
class TorchCodeTest {

    @TempDir
    Path folder;

    @Test
    void everyPresetsScriptRunsAndEveryCheckPasses() throws Exception {
        runAll(CodeNetworks.presets());
    }

    @Test
    void randomNetworksOfEveryActivationAndLossAndSaturatedOutputsPassTheirChecks() throws Exception {
        Map<String, Network> networks = new LinkedHashMap<>(CodeNetworks.random());
        networks.putAll(CodeNetworks.saturated());
        runAll(networks);
    }

    @Test
    void changingOneWeightMakesACheckFail() throws Exception {
        Path python = ExternalTools.python("torch");
        Path script = CodeExport.write(CodeFormat.PYTORCH, CodeNetworks.derivation(Presets.CLASSIC.load()), folder,
                false);
        String text = Files.readString(script);
        String original = "layer2.weight.copy_(torch.tensor([\n        [0.4, 0.45],";
        assertTrue(text.contains(original), text);
        Files.writeString(script, text.replace(original, "layer2.weight.copy_(torch.tensor([\n        [0.4, 0.46],"));

        PythonRun run = PythonRun.of(python, folder, script.getFileName().toString());

        assertNotEquals(0, run.exitCode(), run.tail());
        assertTrue(run.output().contains("z2"), run.tail());
    }

    @Test
    void theScriptSaysHowItsLayoutMapsToTheWindowsAndNamesTheSteps() {
        Derivation derivation = CodeNetworks.derivation(Presets.MINI_BATCH.load());
        String script = CodeExport.text(CodeFormat.PYTORCH, derivation);
        assertTrue(script.contains("layer.weight, which is W^l exactly: n_l x n_(l-1) (out x in"), script);
        assertTrue(script.contains("z = a @ W.T + b"), script);
        assertTrue(script.contains("Z1.retain_grad()"), script);
        assertTrue(script.contains("Delta1 = m * Z1.grad"), script);
        assertTrue(script.contains("torch.optim.SGD("), script);
        assertTrue(script.contains("torch.set_default_dtype(torch.float64)"), script);
        for (Step step : derivation.steps()) {
            assertTrue(script.contains("Step " + (step.index() + 1) + ": " + step.title()), step.title());
        }
    }

    private void runAll(Map<String, Network> networks) throws Exception {
        Path python = ExternalTools.python("torch");
        List<Path> scripts = new ArrayList<>();
        for (Map.Entry<String, Network> entry : networks.entrySet()) {
            Path target = folder.resolve(entry.getKey() + ".py");
            scripts.add(CodeExport.write(CodeFormat.PYTORCH, CodeNetworks.derivation(entry.getValue()), target, false));
        }
        PythonRun run = PythonRun.scripts(python, folder, scripts);
        assertEquals(0, run.exitCode(), run.tail());
        assertEquals(networks.size(), run.output().split("autograd and torch.optim.SGD agree with Deltascope", -1).length - 1,
                run.tail());
    }
}
