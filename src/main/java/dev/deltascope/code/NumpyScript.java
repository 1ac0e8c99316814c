package dev.deltascope.code;

import dev.deltascope.derivation.Derivation;
import java.util.List;

/** derivation_numpy.py: the NumPy derivation's sections as one script, each step under a comment naming it. */
final class NumpyScript {

    private static final String RULE = "# " + "-".repeat(98) + "\n";

    private NumpyScript() {
    }

    static String text(Derivation derivation) {
        NumpyDerivation numpy = new NumpyDerivation(derivation);
        List<CodeSection> sections = numpy.sections();
        StringBuilder out = new StringBuilder(numpy.header(CodeFormat.NUMPY.fileName()));
        for (CodeSection section : sections) {
            out.append("\n\n").append(RULE).append("# ").append(section.heading()).append('\n').append(RULE);
            if (!section.formulas().isEmpty()) {
                out.append("print(\"\\n== ").append(stepNumber(section.heading())).append(" ==\")\n");
            }
            out.append(section.code());
        }
        return out.toString();
    }

    /** "Step 7" from "Step 7: Backward: δ¹ from δ²": printed in ASCII, whatever the console's encoding. */
    static String stepNumber(String heading) {
        int colon = heading.indexOf(':');
        return colon < 0 ? heading : heading.substring(0, colon);
    }
}
