package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.SymbolGuide;
import dev.deltascope.derivation.SymbolGuideNetworks;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Every symbol the "What am I looking at?" guide shows, for every step and view of every network, typesets with ink. */
class SymbolGuideFormulasParseTest {

    @BeforeAll
    static void runHeadless() {
        System.setProperty("java.awt.headless", "true");
    }

    @TestFactory
    Stream<DynamicTest> everySymbolOfTheGuideParsesAndRenders() {
        Set<String> symbols = new LinkedHashSet<>();
        for (Map.Entry<String, Network> named : SymbolGuideNetworks.all().entrySet()) {
            Derivation derivation = DerivationBuilder.build(Trace.of(named.getValue()), NumberStyle.DEFAULT);
            for (Step step : derivation.steps()) {
                List<ViewKind> views = step.views().isEmpty() ? Collections.singletonList(null)
                        : step.views().stream().map(View::kind).toList();
                for (ViewKind view : views) {
                    SymbolGuide.entries(named.getValue(), step, view).forEach(entry -> symbols.add(entry.latex()));
                }
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String latex : symbols) {
            tests.add(DynamicTest.dynamicTest(latex, () -> render(latex)));
        }
        return tests.stream();
    }

    private static void render(String latex) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 20);
        } catch (RuntimeException e) {
            fail(latex + " does not parse: " + e.getMessage());
            return;
        }
        assertTrue(icon.getIconWidth() > 0 && icon.getIconHeight() > 0, latex + " has no size");
        BufferedImage image = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        icon.setForeground(Color.BLACK);
        icon.paintIcon(null, graphics, 0, 0);
        graphics.dispose();
        assertTrue(Ink.count(image, Ink.OPAQUE) > 0, latex + " renders blank");
    }
}
