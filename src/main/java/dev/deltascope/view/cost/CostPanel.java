package dev.deltascope.view.cost;

import dev.deltascope.cost.BackwardTimer;
import dev.deltascope.cost.CostModel;
import dev.deltascope.cost.MethodCosts;
import dev.deltascope.cost.ScaledCopy;
import dev.deltascope.cost.StepCost;
import dev.deltascope.cost.Timing;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What one backward step costs the Jacobian chain and the VJP: counted multiply-adds and memory
 * and measured times for every step of the current network, and how the activation node's cost
 * grows when one layer is widened, counted and measured on scaled copies in the background.
 */
public final class CostPanel extends Region {

    static final String WHY = "Autodiff frameworks never build diag(σ′(z)): multiplying by it costs n² multiply-adds"
            + " and n² numbers of memory, while the Hadamard product σ′(z) ⊙ v gives the same vector with n of each.";
    /** The widths every sweep measures: 2, 4, …, 1024. */
    static final List<Integer> SWEEP = List.of(2, 4, 8, 16, 32, 64, 128, 256, 512, 1024);

    private final Measurer measurer;
    private final StepTables steps = new StepTables();
    private final Label batchNote = new Label();
    private final Label wholePass = new Label();
    private final Widening widening;
    private final ScrollPane scroller;
    private final Map<Integer, Timing> stepTimes = new HashMap<>();
    private final TreeMap<Integer, Timing> nodeTimes = new TreeMap<>();
    /** The current network and backward step's layer (0 when the step is not a backward one). */
    private Network network;
    private int currentLayer;
    /** What the panel last drew; behind the current ones while the panel is hidden. */
    private Network drawnNetwork;
    private int drawnLayer;
    private Timing wholePassTime;
    private boolean shown;

    /** A panel for the network of whatever trace {@code trace} holds, highlighting the backward step {@code step}. */
    public CostPanel(ObservableValue<Trace> trace, ObservableValue<Step> step) {
        this(trace, step, new Measurer());
    }

    CostPanel(ObservableValue<Trace> trace, ObservableValue<Step> step, Measurer measurer) {
        this.measurer = measurer;
        getStyleClass().add("cost-panel");
        getStylesheets().add(CostPanel.class.getResource("costpanel.css").toExternalForm());
        widening = new Widening(measurer, this::widthChosen, this::layerChosen);
        Label why = wrapped(WHY, "cost-why");
        why.setId("cost-why");
        Label heading = wrapped("One backward step, per example", "cost-heading");
        batchNote.getStyleClass().add("cost-note");
        batchNote.setWrapText(true);
        batchNote.setMinHeight(Region.USE_PREF_SIZE);
        wholePass.getStyleClass().add("cost-whole-pass");
        wholePass.setWrapText(true);
        wholePass.setMinHeight(Region.USE_PREF_SIZE);
        wholePass.setId("cost-whole-pass");
        VBox content = new VBox(10, why, heading, batchNote, steps, wholePass, widening);
        content.getStyleClass().add("cost-content");
        scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("cost-scroller");
        getChildren().add(scroller);
        trace.addListener((observable, before, after) -> showNetwork(after == null ? null : after.network()));
        step.addListener((observable, before, after) -> showStep(after));
        Visibility.watch(this, visible -> {
            shown = visible;
            catchUp();
            remeasure();
        });
        showStep(step.getValue());
        showNetwork(trace.getValue() == null ? null : trace.getValue().network());
    }

    /** The backward steps listed, δ^L first. */
    List<StepCost> rows() {
        return steps.steps();
    }

    /** Widths whose activation node has been measured on a scaled copy of the widened layer. */
    List<Integer> measuredWidths() {
        return List.copyOf(nodeTimes.keySet());
    }

    Widening widening() {
        return widening;
    }

    private void showNetwork(Network changed) {
        if (changed == null || changed.equals(network)) {
            return;
        }
        network = changed;
        catchUp();
    }

    private void showStep(Step step) {
        boolean backward = step != null && (step.kind() == StepKind.OUTPUT_ERROR || step.kind() == StepKind.BACKWARD);
        int layer = backward ? step.layer() : 0;
        if (layer == currentLayer) {
            return;
        }
        currentLayer = layer;
        catchUp();
    }

    /**
     * Brings the panel up to the current network and step when it can be seen. While it is hidden
     * (its tab not selected) a step or an edit costs nothing here; the panel catches up when shown.
     */
    private void catchUp() {
        if (!shown || network == null) {
            return;
        }
        if (!network.equals(drawnNetwork)) {
            drawnNetwork = network;
            drawnLayer = currentLayer;
            drawNetwork();
        } else if (currentLayer != drawnLayer) {
            drawnLayer = currentLayer;
            steps.show(CostModel.backwardSteps(network), stepTimes, currentLayer);
            if (currentLayer > 0) {
                widening.chooseLayer(currentLayer);
            }
        }
    }

    private void drawNetwork() {
        stepTimes.clear();
        nodeTimes.clear();
        wholePassTime = null;
        int m = network.batchSize();
        batchNote.setText("Memory counts the numbers each method writes; the Jacobian alone is n × n. Time is the"
                + " median on this machine." + (m > 1 ? " This batch has m = " + m + " examples: every count is " + m
                + " times larger." : ""));
        widening.showNetwork(network, currentLayer);
        refresh();
    }

    private void layerChosen() {
        nodeTimes.clear();
        refresh();
    }

    private void widthChosen() {
        refresh();
    }

    private void refresh() {
        if (!shown || network == null) {
            return;
        }
        steps.show(CostModel.backwardSteps(network), stepTimes, currentLayer);
        showWholePass();
        widening.showCurves(nodeTimes);
        remeasure();
    }

    private void showWholePass() {
        MethodCosts counted = CostModel.wholePass(network);
        String measured = wholePassTime == null ? "measuring…"
                : "measured " + CostText.time(wholePassTime.jacobianNanos()) + " against "
                        + CostText.time(wholePassTime.vjpNanos()) + " (" + CostText.ratio(wholePassTime.ratio())
                        + ")";
        wholePass.setText("The whole backward pass (every δ, ∂C/∂W and ∂C/∂b), Jacobian chain against VJP: "
                + CostText.count(counted.jacobian().multiplyAdds()) + " against "
                + CostText.count(counted.vjp().multiplyAdds()) + " multiply-adds ("
                + CostText.ratio(counted.multiplyAddRatio()) + "), " + measured
                + ". Both methods multiply by every weight matrix, so over a whole pass the gap is much smaller"
                + " than at one activation node.");
    }

    /** Measures what is missing, the chosen width first; a newer call cancels the one before. */
    private void remeasure() {
        if (!shown || network == null) {
            measurer.cancel();
            return;
        }
        Network measured = network;
        int layer = widening.layer();
        List<Function<BackwardTimer, Runnable>> tasks = new ArrayList<>();
        if (!nodeTimes.containsKey(widening.width())) {
            tasks.add(nodeTask(measured, layer, widening.width()));
        }
        for (int l = measured.depth(); l >= 1; l--) {
            if (!stepTimes.containsKey(l)) {
                int stepLayer = l;
                tasks.add(timer -> {
                    Timing timing = timer.step(measured, stepLayer);
                    return () -> {
                        stepTimes.put(stepLayer, timing);
                        steps.show(CostModel.backwardSteps(network), stepTimes, currentLayer);
                    };
                });
            }
        }
        if (wholePassTime == null) {
            tasks.add(timer -> {
                Timing timing = timer.wholePass(measured);
                return () -> {
                    wholePassTime = timing;
                    showWholePass();
                };
            });
        }
        for (int width : SWEEP) {
            if (!nodeTimes.containsKey(width) && width != widening.width()) {
                tasks.add(nodeTask(measured, layer, width));
            }
        }
        measurer.request(tasks);
    }

    private Function<BackwardTimer, Runnable> nodeTask(Network measured, int layer, int width) {
        return timer -> {
            Timing timing = timer.node(ScaledCopy.of(measured, layer, width), layer);
            return () -> {
                nodeTimes.put(width, timing);
                widening.showCurves(nodeTimes);
            };
        };
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected void layoutChildren() {
        layoutInArea(scroller, snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.LEFT, VPos.TOP);
    }
}
