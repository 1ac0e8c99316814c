package dev.deltascope.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.external.ExternalTools;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** derivation.ipynb is an nbformat 4 notebook: a Markdown cell with each step's formula above its code, all of it runnable. */
class NotebookTest {

    /** Runs a notebook's code cells in order in one namespace, as Jupyter's Run All does. */
    private static final String RUN_ALL = """
            import json, sys
            for path in sys.argv[1:]:
                notebook = json.load(open(path, encoding="utf-8"))
                namespace = {}
                for cell in notebook["cells"]:
                    if cell["cell_type"] == "code":
                        exec(compile("".join(cell["source"]), path, "exec"), namespace)
                print("ran", path, flush=True)
            """;

    @TempDir
    Path folder;

    @Test
    void theNotebookHasNbformat4sRequiredStructure() throws Exception {
        for (Network network : CodeNetworks.presets().values()) {
            JsonNode notebook = new ObjectMapper().readTree(CodeExport.text(CodeFormat.NOTEBOOK,
                    CodeNetworks.derivation(network)));
            assertEquals(4, notebook.get("nbformat").asInt());
            assertTrue(notebook.get("nbformat_minor").isInt());
            assertTrue(notebook.get("metadata").isObject());
            assertEquals(Set.of("cells", "metadata", "nbformat", "nbformat_minor"), fieldNames(notebook));
            for (JsonNode cell : notebook.get("cells")) {
                String type = cell.get("cell_type").asText();
                assertTrue(cell.get("metadata").isObject(), cell.toString());
                assertTrue(cell.get("source").isArray(), cell.toString());
                cell.get("source").forEach(line -> assertTrue(line.isTextual(), cell.toString()));
                if (type.equals("code")) {
                    assertEquals(Set.of("cell_type", "execution_count", "metadata", "outputs", "source"), fieldNames(cell));
                    assertTrue(cell.get("outputs").isArray() && cell.get("outputs").isEmpty(), cell.toString());
                    assertTrue(cell.get("execution_count").isNull(), cell.toString());
                } else {
                    assertEquals("markdown", type);
                    assertEquals(Set.of("cell_type", "metadata", "source"), fieldNames(cell));
                }
            }
        }
    }

    @Test
    void everyStepIsAMarkdownCellWithItsFormulaAboveItsCode() throws Exception {
        Derivation derivation = CodeNetworks.derivation(Presets.SOFTMAX.load());
        JsonNode cells = new ObjectMapper().readTree(CodeExport.text(CodeFormat.NOTEBOOK, derivation)).get("cells");
        List<String> texts = new ArrayList<>();
        List<String> types = new ArrayList<>();
        cells.forEach(cell -> {
            StringBuilder text = new StringBuilder();
            cell.get("source").forEach(line -> text.append(line.asText()));
            texts.add(text.toString());
            types.add(cell.get("cell_type").asText());
        });
        for (Step step : derivation.steps()) {
            String heading = "## Step " + (step.index() + 1) + ": " + step.title();
            int index = texts.indexOf(texts.stream().filter(text -> text.startsWith(heading + "\n")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cell " + heading)));
            assertEquals("markdown", types.get(index));
            assertTrue(texts.get(index).contains("$$" + step.symbolic() + "$$"), texts.get(index));
            assertEquals("code", types.get(index + 1));
            assertTrue(texts.get(index + 1).contains("check("), texts.get(index + 1));
        }
    }

    @Test
    void theCodeCellsRunInOrderAndEveryCheckPasses() throws Exception {
        Path python = ExternalTools.python("numpy");
        Map<String, Network> networks = new LinkedHashMap<>(CodeNetworks.presets());
        networks.putAll(CodeNetworks.saturated());
        List<String> arguments = new ArrayList<>(List.of("-c", RUN_ALL));
        for (Map.Entry<String, Network> entry : networks.entrySet()) {
            Path target = folder.resolve(entry.getKey() + ".ipynb");
            arguments.add(CodeExport.write(CodeFormat.NOTEBOOK, CodeNetworks.derivation(entry.getValue()), target, false)
                    .toString());
        }
        PythonRun run = PythonRun.of(python, folder, arguments.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.tail());
        assertEquals(networks.size(), run.output().lines().filter(line -> line.startsWith("ran ")).count(), run.tail());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
