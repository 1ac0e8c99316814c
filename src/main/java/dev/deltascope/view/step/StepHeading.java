package dev.deltascope.view.step;

import dev.deltascope.derivation.Agreement.Verdict;
import dev.deltascope.derivation.Agreement;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.numbers.NumberFormatter;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The words above a step's formulas: its title and explanation and, on a step with views, the view
 * switch, the line saying how well the views and finite differences agree, and the chosen view's
 * title and explanation. A fitted step keeps the first sentence of its explanation (the rest on
 * hover) and leaves the view's title and explanation out.
 */
final class StepHeading {

    private final Label title = new Label();
    private final Label explanation = new Label();
    private final ViewSwitch viewSwitch;
    private final Label agreement = new Label();
    private final Label viewTitle = new Label();
    private final Label viewExplanation = new Label();

    /** {@code view} and {@code unit} (j, from 0) are the view and component-wise unit the switch chooses. */
    StepHeading(ObjectProperty<ViewKind> view, IntegerProperty unit) {
        viewSwitch = new ViewSwitch(view, unit);
        title.getStyleClass().add("step-title");
        explanation.getStyleClass().add("step-explanation");
        viewTitle.getStyleClass().add("view-title");
        viewExplanation.getStyleClass().add("view-explanation");
        agreement.getStyleClass().add("step-agreement");
        for (Label label : List.of(title, explanation, viewTitle, viewExplanation, agreement)) {
            label.setWrapText(true);
        }
    }

    /** The heading's parts, top to bottom. */
    List<Node> nodes() {
        return List.of(title, explanation, viewSwitch, agreement, viewTitle, viewExplanation);
    }

    /** Says there is no step to show. */
    void showNone() {
        title.setText("No step to show");
        explanation.setText("Build or open a network to step through its derivation.");
        showSwitch(false);
    }

    /**
     * Shows the heading of {@code current}, whose view {@code shown} (null for a step without views)
     * shows unit {@code unit}; {@code fitted}: the step is fitted to its pane.
     */
    void show(Step current, View shown, int unit, boolean fitted) {
        title.setText(current.title());
        String fullExplanation = String.join(" ", current.explanation());
        explanation.setText(fitted && !current.explanation().isEmpty() ? current.explanation().get(0) : fullExplanation);
        explanation.setTooltip(fitted ? new Tooltip(fullExplanation) : null);
        showSwitch(shown != null);
        if (shown == null) {
            return;
        }
        Agreement confirmed = current.agreement();
        agreement.setText(confirmed == null ? "" : confirmed.line(new NumberFormatter(2)::text));
        setAgreementState(confirmed == null ? Verdict.AGREES : confirmed.verdict());
        viewTitle.setText(shown.title());
        viewExplanation.setText(String.join(" ", shown.explanation()));
        StepPane.setShown(viewTitle, !fitted);
        StepPane.setShown(viewExplanation, !fitted);
        viewSwitch.show(current.views().stream().map(View::kind).toList(), shown.kind(), ShownView.unitCount(shown),
                ShownView.shownUnit(shown, unit));
    }

    ViewSwitch viewSwitch() {
        return viewSwitch;
    }

    String title() {
        return title.getText();
    }

    Label agreement() {
        return agreement;
    }

    /** Changes the agreement line's style class only when its state changes: a change re-applies its CSS. */
    private void setAgreementState(Verdict verdict) {
        if (agreement.getStyleClass().contains(verdict.styleClass())) {
            return;
        }
        for (Verdict other : Verdict.values()) {
            agreement.getStyleClass().remove(other.styleClass());
        }
        agreement.getStyleClass().add(verdict.styleClass());
    }

    private void showSwitch(boolean visible) {
        StepPane.setShown(viewSwitch, visible);
        StepPane.setShown(agreement, visible);
        StepPane.setShown(viewTitle, visible);
        StepPane.setShown(viewExplanation, visible);
    }
}
