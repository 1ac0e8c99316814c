package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.TestNetworks;
import dev.deltascope.external.Pdflatex;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every preset and a 3-8-8-2 network, every step in every view, as an article and as a Beamer deck
 * compiled by pdflatex: no overfull box, no formula or frame shrunk below 0.7 of its size (the
 * documents log each shrink as {@code deltascope-shrink: W into L}), and no frame body taller than
 * the frame's room for it ({@code deltascope-frame: H of M}). One document per network and format.
 */
class LatexLayoutTest {

    /** The smallest scale a formula or a frame may be set at. */
    private static final double SMALLEST_SCALE = 0.7;
    private static final Pattern SHRINK = Pattern.compile("deltascope-shrink: ([0-9.]+)pt into ([0-9.]+)pt");
    private static final Pattern FRAME = Pattern.compile("deltascope-frame: ([0-9.]+)pt of ([0-9.]+)pt");

    @TempDir
    Path folder;

    @Test
    void everyNetworkInEveryViewFitsThePageAndTheSlideAtSevenTenthsOrMore() throws Exception {
        List<String> problems = new ArrayList<>();
        double smallest = 1;
        int frames = 0;
        for (Map.Entry<String, Derivation> entry : derivations().entrySet()) {
            for (Exporter exporter : List.of(Exporter.TEX, Exporter.BEAMER)) {
                String name = entry.getKey() + " " + exporter.name();
                Path tex = folder.resolve(entry.getKey() + "-" + exporter.name() + ".tex");
                exporter.export(entry.getValue(), ExportRequest.allSteps(tex, entry.getValue()), ExportMonitor.NONE);
                Pdflatex.Result result = exporter == Exporter.BEAMER ? Pdflatex.compileBeamer(tex)
                        : Pdflatex.compile(tex);
                assertTrue(result.succeeded(), name + "\n" + result.tail());
                String log = Files.readString(tex.resolveSibling(tex.getFileName().toString()
                        .replace(".tex", ".log")), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (log.contains("Overfull \\hbox") || log.contains("Overfull \\vbox")) {
                    problems.add(name + ": an overfull box");
                }
                Matcher shrink = SHRINK.matcher(log);
                while (shrink.find()) {
                    double scale = Double.parseDouble(shrink.group(2)) / Double.parseDouble(shrink.group(1));
                    smallest = Math.min(smallest, scale);
                    if (scale < SMALLEST_SCALE) {
                        problems.add(name + ": shrunk to " + scale);
                    }
                }
                Matcher frame = FRAME.matcher(log);
                while (frame.find()) {
                    frames++;
                    if (Double.parseDouble(frame.group(1)) > Double.parseDouble(frame.group(2))) {
                        problems.add(name + ": a frame body " + frame.group(1) + " pt tall in " + frame.group(2));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems + ", smallest scale " + smallest);
        assertTrue(frames > 100, "the decks' frames were measured: " + frames);
        assertFalse(smallest < SMALLEST_SCALE);
    }

    private static Map<String, Derivation> derivations() {
        Map<String, Derivation> derivations = new LinkedHashMap<>();
        for (Preset preset : Presets.all()) {
            derivations.put(preset.id(), Derivations.of(preset));
        }
        derivations.put("3-8-8-2", DerivationBuilder.build(Trace.of(TestNetworks.threeEightEightTwo()),
                NumberStyle.DEFAULT));
        return derivations;
    }
}
