package dev.deltascope.view.training;

import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.view.paint.ThemeSwatch;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The cost after each training step as a line, with the latest step and cost written above it.
 * Costs that are NaN or ±∞ are left off the line and named in the summary. Long runs are thinned
 * to at most {@value #MAX_POINTS} points, always keeping the first and the latest.
 */
public final class LossChart extends Region {

    static final int MAX_POINTS = 2000;

    private final ObservableList<Double> losses;
    private final Label summary = new Label();
    private final NumberAxis steps = new NumberAxis();
    private final NumberAxis costs = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(steps, costs);
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final VBox content = new VBox(6, summary, chart);
    /** How many entries of the list the chart has taken in. */
    private int taken;
    /** The first step whose cost is NaN or ±∞, or −1. */
    private int firstNotFinite = -1;

    /** A chart of {@code losses}, element k being the cost after k training steps; change the list on the FX thread. */
    public LossChart(ObservableList<Double> losses) {
        this.losses = losses;
        getStyleClass().add("loss-chart");
        getStylesheets().add(ThemeSwatch.STYLESHEET);
        summary.getStyleClass().add("loss-summary");
        steps.setLabel("training step");
        steps.setForceZeroInRange(true);
        costs.setLabel("cost C");
        costs.setForceZeroInRange(false);
        series.setName("cost");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.getData().add(series);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().add(content);
        losses.addListener((ListChangeListener<Double>) this::changed);
        rebuild();
    }

    /** The points on the line now, as (step, cost). */
    List<XYChart.Data<Number, Number>> points() {
        return List.copyOf(series.getData());
    }

    String summary() {
        return summary.getText();
    }

    private void changed(ListChangeListener.Change<? extends Double> change) {
        boolean appendedAtEnd = true;
        while (change.next()) {
            if (change.wasRemoved() || change.wasPermutated() || change.wasUpdated() || change.getFrom() < taken) {
                appendedAtEnd = false;
            }
        }
        if (appendedAtEnd && losses.size() <= MAX_POINTS) {
            for (int k = taken; k < losses.size(); k++) {
                take(k, true);
            }
            taken = losses.size();
            updateSummary();
        } else {
            rebuild();
        }
    }

    private void rebuild() {
        series.getData().clear();
        firstNotFinite = -1;
        int stride = Math.max(1, (losses.size() + MAX_POINTS - 1) / MAX_POINTS);
        for (int k = 0; k < losses.size(); k++) {
            take(k, k % stride == 0 || k == losses.size() - 1);
        }
        taken = losses.size();
        updateSummary();
    }

    /** Notes whether cost k is finite and, when {@code plotted} and it is, puts it on the line. */
    private void take(int k, boolean plotted) {
        double cost = losses.get(k);
        if (!Double.isFinite(cost)) {
            if (firstNotFinite < 0) {
                firstNotFinite = k;
            }
        } else if (plotted) {
            series.getData().add(new XYChart.Data<>(k, cost));
        }
    }

    private void updateSummary() {
        summary.getStyleClass().remove("blown-up");
        if (losses.isEmpty()) {
            summary.setText("No training steps yet");
        } else if (firstNotFinite >= 0) {
            summary.setText("The cost became " + new NumberFormatter(4).text(losses.get(firstNotFinite)) + " at step "
                    + firstNotFinite + ": the numbers blew up");
            summary.getStyleClass().add("blown-up");
        } else {
            int latest = losses.size() - 1;
            summary.setText("Step " + latest + " · cost " + new NumberFormatter(4).text(losses.get(latest)));
        }
    }

    @Override
    protected void layoutChildren() {
        layoutInArea(content, snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.LEFT, VPos.TOP);
    }
}
