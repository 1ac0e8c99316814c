package dev.deltascope.code;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import java.util.ArrayList;
import java.util.List;

/** Finds the window's steps and views in a derivation, so the code names them as the window does. */
final class DerivationSteps {

    private final Derivation derivation;

    DerivationSteps(Derivation derivation) {
        this.derivation = derivation;
    }

    /** The step of this kind about layer l. */
    Step step(StepKind kind, int l) {
        for (Step step : derivation.steps()) {
            if (step.kind() == kind && step.layer() == l) {
                return step;
            }
        }
        throw new IllegalArgumentException("the derivation has no " + kind + " step for layer " + l);
    }

    /** "Step 7: Backward: δ¹ from δ²", the step's number from 1 and its title. */
    String heading(StepKind kind, int l) {
        Step step = step(kind, l);
        return "Step " + (step.index() + 1) + ": " + step.title();
    }

    /** The title the window gives the view of the step, or the fallback when the step has no such view. */
    String viewTitle(StepKind kind, int l, ViewKind viewKind, String fallback) {
        View view = step(kind, l).view(viewKind);
        return view == null ? fallback : view.title();
    }

    /** The step's section: its heading, its symbolic formula, those of the listed views it has (titled), and the code. */
    CodeSection section(StepKind kind, int l, String code, ViewKind... views) {
        Step step = step(kind, l);
        List<String> formulas = new ArrayList<>();
        formulas.add(display(step.symbolic()));
        for (ViewKind viewKind : views) {
            View view = step.view(viewKind);
            if (view != null && !view.symbolic().equals(step.symbolic())) {
                formulas.add("*" + view.title() + "*\n\n" + display(view.symbolic()));
            }
        }
        return new CodeSection(heading(kind, l), formulas, code);
    }

    private static String display(String latex) {
        return "$$" + latex + "$$";
    }
}
