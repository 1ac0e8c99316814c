package dev.deltascope.view.help;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.Translation;
import dev.deltascope.view.step.FormulaView;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The current step in the window's convention beside the same step in another, every transpose that
 * moved in colour, and one sentence saying why; the numbers are the same.
 */
public final class TranslateDialog {

    /** The width of each side, in pixels: a wider formula breaks into lines. */
    private static final double SIDE_WIDTH = 520;

    private TranslateDialog() {
    }

    public static void show(Window owner, Derivation derivation, Step step) {
        Convention current = derivation.convention();
        ChoiceBox<Convention.Named> other = new ChoiceBox<>(FXCollections.observableArrayList(Convention.NAMED));
        other.setId("translate-into");
        other.setConverter(new StringConverter<>() {
            @Override
            public String toString(Convention.Named named) {
                return named == null ? "" : named.label();
            }

            @Override
            public Convention.Named fromString(String text) {
                return null;
            }
        });
        other.getSelectionModel().select(Convention.NAMED.stream()
                .filter(named -> named.convention().vectors() != current.vectors()).findFirst().orElseThrow());
        Label fromName = new Label();
        Label toName = new Label();
        FormulaView from = new FormulaView();
        FormulaView to = new FormulaView();
        from.setId("translate-from");
        to.setId("translate-to");
        from.breakWidthProperty().set(SIDE_WIDTH);
        to.breakWidthProperty().set(SIDE_WIDTH);
        fromName.setMaxWidth(SIDE_WIDTH);
        toName.setMaxWidth(SIDE_WIDTH);
        fromName.setWrapText(true);
        toName.setWrapText(true);
        Label why = new Label();
        why.setId("translate-why");
        why.setWrapText(true);
        Runnable refresh = () -> {
            Convention target = other.getValue().convention();
            Derivation translated = DerivationBuilder.build(derivation.trace(), derivation.style(), target);
            Translation translation = Translation.of(derivation, translated, step.index());
            fromName.setText(current.name().orElse("this window") + ": " + current.summary());
            toName.setText(other.getValue().name() + ": " + target.summary());
            from.setFormula(translation.fromLatex());
            to.setFormula(translation.toLatex());
            why.setText(translation.why() + " Transposes that moved are in orange.");
        };
        other.valueProperty().addListener((observable, old, value) -> refresh.run());
        refresh.run();
        VBox left = new VBox(8, fromName, from);
        VBox right = new VBox(8, toName, to);
        left.setPrefWidth(SIDE_WIDTH);
        right.setPrefWidth(SIDE_WIDTH);
        left.setMinWidth(SIDE_WIDTH);
        right.setMinWidth(SIDE_WIDTH);
        HBox sides = new HBox(32, left, right);
        VBox content = new VBox(12, new HBox(8, new Label("Translate into"), other), sides, why);
        content.setPrefWidth(2 * SIDE_WIDTH + 40);
        content.setMinWidth(2 * SIDE_WIDTH + 40);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Translate step " + (step.index() + 1));
        alert.setHeaderText("Step " + (step.index() + 1) + ": " + step.title());
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("translate-dialog");
        alert.getDialogPane().setPrefWidth(2 * SIDE_WIDTH + 80);
        alert.getDialogPane().setMinWidth(2 * SIDE_WIDTH + 80);
        alert.setResizable(true);
        alert.show();
    }
}
