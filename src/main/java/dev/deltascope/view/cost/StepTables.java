package dev.deltascope.view.cost;

import dev.deltascope.derivation.LayerIndex;
import dev.deltascope.cost.MethodCosts;
import dev.deltascope.cost.StepCost;
import dev.deltascope.cost.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One small table per backward step, δ^L first: multiply-adds, memory and measured time of the
 * Jacobian chain against the VJP, with their ratio, side by side where the width allows. The
 * current step's table is highlighted.
 */
final class StepTables extends FlowPane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** Wide enough for seven-digit counts; wider panels put several side by side. */
    private static final double CARD_WIDTH = 360;

    private List<StepCost> steps = List.of();
    private List<Card> cards = List.of();

    StepTables() {
        super(10, 10);
        getStyleClass().add("cost-steps");
    }

    /** The steps shown, in order. */
    List<StepCost> steps() {
        return steps;
    }

    /**
     * Shows these steps. The same steps as before (an edit of a value, another step, a measured
     * time) keep their tables: only the times and the highlight change, so no node is made again.
     *
     * @param times measured time of each layer's step, by layer; missing ones are shown as "…"
     * @param currentLayer the layer of the step the person is on, or 0 when it is not a backward step
     */
    void show(List<StepCost> shown, Map<Integer, Timing> times, int currentLayer) {
        if (!shown.equals(steps)) {
            steps = List.copyOf(shown);
            List<Card> made = new ArrayList<>();
            for (StepCost step : steps) {
                made.add(card(step));
            }
            cards = List.copyOf(made);
            getChildren().setAll(cards.stream().map(Card::node).toList());
        }
        for (Card card : cards) {
            card.show(times.get(card.layer()), card.layer() == currentLayer);
        }
    }

    /** One step's table and the labels of its measured times. */
    private record Card(int layer, VBox node, Label jacobianTime, Label vjpTime, Label timeRatio) {

        void show(Timing time, boolean current) {
            jacobianTime.setText(time == null ? "…" : CostText.time(time.jacobianNanos()));
            vjpTime.setText(time == null ? "…" : CostText.time(time.vjpNanos()));
            timeRatio.setText(time == null ? "…" : CostText.ratio(time.ratio()));
            node.pseudoClassStateChanged(CURRENT, current);
        }
    }

    private static Card card(StepCost step) {
        int l = step.layer();
        Label title = new Label("δ" + LayerIndex.plain(l) + " · " + (step.isOutput() ? "output layer " : "layer ")
                + l + " · n = " + step.width() + " · " + step.activation().name());
        title.getStyleClass().add("cost-step-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("cost-step-grid");
        grid.setHgap(14);
        grid.setVgap(3);
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(names);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints number = new ColumnConstraints();
            number.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(number);
        }
        grid.addRow(0, header(""), header("Jacobian"), header("VJP"), header("ratio"));
        MethodCosts costs = step.step();
        String prefix = "cost-step-" + l + "-";
        grid.addRow(1, name("multiply-adds"),
                number(prefix + "jacobian-multiply-adds", CostText.count(costs.jacobian().multiplyAdds())),
                number(prefix + "vjp-multiply-adds", CostText.count(costs.vjp().multiplyAdds())),
                number(prefix + "multiply-add-ratio", CostText.ratio(costs.multiplyAddRatio())));
        grid.addRow(2, name("memory"),
                number(prefix + "jacobian-memory", CostText.count(costs.jacobian().doubles())),
                number(prefix + "vjp-memory", CostText.count(costs.vjp().doubles())),
                number(prefix + "memory-ratio", CostText.ratio(costs.memoryRatio())));
        Label jacobianTime = number(prefix + "jacobian-time", "…");
        Label vjpTime = number(prefix + "vjp-time", "…");
        Label timeRatio = number(prefix + "time-ratio", "…");
        grid.addRow(3, name("time"), jacobianTime, vjpTime, timeRatio);
        VBox card = new VBox(4, title, grid);
        if (!step.isOutput()) {
            long shared = (long) step.nextWidth() * step.width();
            Label note = new Label("Both include (W" + LayerIndex.plain(l + 1) + ")ᵀδ"
                    + LayerIndex.plain(l + 1) + ": " + CostText.count(shared) + " multiply-adds.");
            note.getStyleClass().add("cost-note");
            note.setWrapText(true);
            card.getChildren().add(note);
        }
        card.getStyleClass().add("cost-step");
        card.setPrefWidth(CARD_WIDTH);
        card.setId("cost-step-" + l);
        return new Card(l, card, jacobianTime, vjpTime, timeRatio);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("cost-header");
        return label;
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("cost-row-name");
        return label;
    }

    private static Label number(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("cost-number");
        return label;
    }
}
