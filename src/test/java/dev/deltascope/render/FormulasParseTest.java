package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.Term;
import dev.deltascope.derivation.TestNetworks;
import dev.deltascope.derivation.View;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Every formula of every step and view, for networks covering every activation, both losses,
 * softmax at the output and hidden, a batch and a width over the display limit, parses in
 * JLaTeXMath and renders to an image with ink on it.
 */
class FormulasParseTest {

    @BeforeAll
    static void runHeadless() {
        System.setProperty("java.awt.headless", "true");
    }

    @TestFactory
    Stream<DynamicTest> everyFormulaOfEveryStepParsesAndRenders() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Network> entry : TestNetworks.variety().entrySet()) {
            for (NumberStyle style : List.of(NumberStyle.DEFAULT, new NumberStyle(12, 3, 2))) {
                Derivation derivation = DerivationBuilder.build(Trace.of(entry.getValue()), style);
                for (Step step : derivation.steps()) {
                    String name = entry.getKey() + ", " + style.significantDigits() + " digits, step "
                            + step.index() + " " + step.title();
                    tests.add(DynamicTest.dynamicTest(name, () -> formulas(step).forEach(FormulasParseTest::render)));
                }
            }
        }
        return tests.stream();
    }

    /** Every LaTeX string a step carries, labelled by where it comes from. */
    private static Map<String, String> formulas(Step step) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("symbolic", step.symbolic());
        out.put("numeric", step.numeric());
        for (Term term : step.terms()) {
            out.put("term " + term.latex(), term.latex());
        }
        for (NamedMatrix matrix : step.matrices()) {
            out.put("matrix " + matrix.name(), matrix.latex());
        }
        for (View view : step.views()) {
            out.put(view.kind() + " symbolic", view.symbolic());
            out.put(view.kind() + " numeric", view.numeric());
            for (int j = 0; j < view.unitFormulas().size(); j++) {
                out.put(view.kind() + " unit " + j, view.unitFormulas().get(j));
            }
            for (NamedMatrix matrix : view.matrices()) {
                out.put(view.kind() + " matrix " + matrix.name(), matrix.latex());
            }
        }
        return out;
    }

    private static void render(String label, String latex) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 20);
        } catch (RuntimeException e) {
            fail(label + " does not parse: " + e.getMessage() + "\n" + latex);
            return;
        }
        assertTrue(icon.getIconWidth() > 0 && icon.getIconHeight() > 0, label + " has no size: " + latex);
        BufferedImage image = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        icon.setForeground(Color.BLACK);
        icon.paintIcon(null, graphics, 0, 0);
        graphics.dispose();
        assertTrue(inked(image), label + " renders blank: " + latex);
    }

    private static boolean inked(BufferedImage image) {
        int background = Color.WHITE.getRGB();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    return true;
                }
            }
        }
        return false;
    }
}
