package dev.deltascope.view.cost;

import dev.deltascope.derivation.LayerIndex;
import dev.deltascope.cost.CostModel;
import dev.deltascope.cost.MethodCosts;
import dev.deltascope.cost.Timing;
import dev.deltascope.model.Activation;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The width experiment: which layer to widen, a log-scale slider for its width n (2 … 1024), the
 * measuring progress, and two log–log charts of the activation node's cost against n, counted and
 * measured, the Jacobian chain against the VJP.
 */
final class Widening extends VBox {

    private final Runnable widthChosen;
    private final Runnable layerChosen;
    private final ComboBox<Integer> layers = new ComboBox<>();
    private final Slider slider = new Slider(GrowthChart.LOWEST_EXPONENT, GrowthChart.HIGHEST_EXPONENT, 4);
    private final Label widthLabel = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final Label readout = new Label();
    private final GrowthChart counted = new GrowthChart("Counted: multiply-adds",
            "multiply-adds", CostText::powerOfTen);
    private final GrowthChart measured = new GrowthChart("Measured: time per example",
            "time", CostText::powerOfTenNanos);
    private Network network;
    private Map<Integer, Timing> nodeTimes = Map.of();
    private boolean updating;

    Widening(Measurer measurer, Runnable widthChosen, Runnable layerChosen) {
        super(10);
        this.widthChosen = widthChosen;
        this.layerChosen = layerChosen;
        getStyleClass().add("cost-widening");
        Label heading = new Label("Widen one layer: the activation node's cost");
        heading.getStyleClass().add("cost-heading");
        Label layerName = new Label("Layer to widen");
        layers.setId("cost-layer");
        layers.setAccessibleText("Layer to widen");
        layers.setCellFactory(list -> new LayerCell());
        layers.setButtonCell(new LayerCell());
        HBox layerRow = new HBox(10, layerName, layers);
        layerRow.setAlignment(Pos.CENTER_LEFT);
        slider.setId("cost-width");
        slider.setAccessibleText("Width n of the widened layer");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double exponent) {
                return Integer.toString(1 << Math.round(exponent));
            }

            @Override
            public Double fromString(String text) {
                return Math.log(Double.parseDouble(text)) / Math.log(2);
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        widthLabel.setId("cost-width-label");
        widthLabel.getStyleClass().add("cost-width-label");
        widthLabel.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("cost-progress");
        progress.setPrefSize(28, 28);
        progress.progressProperty().bind(measurer.progressProperty());
        progress.visibleProperty().bind(measurer.runningProperty());
        HBox sliderRow = new HBox(10, widthLabel, slider, progress);
        sliderRow.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("cost-note");
        status.setWrapText(true);
        status.textProperty().bind(measurer.problemProperty());
        status.visibleProperty().bind(measurer.problemProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        readout.setId("cost-readout");
        readout.getStyleClass().add("cost-readout");
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        Label note = new Label("Each width is a copy of this network with only the chosen layer resized (weights drawn"
                + " from the seed); times are medians of many runs on this machine, measured in the background.");
        note.getStyleClass().add("cost-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        for (GrowthChart chart : List.of(counted, measured)) {
            chart.setPrefHeight(320);
            chart.setMinHeight(260);
        }
        getChildren().addAll(heading, layerRow, sliderRow, status, readout, new ChartRow(counted, measured), note);
        layers.valueProperty().addListener((observable, before, after) -> {
            if (!updating && after != null) {
                fitSliderToLayer();
                layerChosen.run();
            }
        });
        slider.valueProperty().addListener((observable, before, after) -> {
            widthLabel.setText("n = " + width());
            if (!updating) {
                showCurves(nodeTimes);
                if (!slider.isValueChanging()) {
                    widthChosen.run();
                }
            }
        });
        slider.valueChangingProperty().addListener((observable, before, changing) -> {
            if (!changing && !updating) {
                widthChosen.run();
            }
        });
        widthLabel.setText("n = " + width());
    }

    /** The layer being widened, 1..L. */
    int layer() {
        return layers.getValue() == null ? 1 : layers.getValue();
    }

    /** The chosen width n, 2..1024. */
    int width() {
        long n = Math.round(Math.pow(2, slider.getValue()));
        return (int) Math.max(2, Math.min(Limits.MAX_WIDTH, n));
    }

    Slider slider() {
        return slider;
    }

    GrowthChart countedChart() {
        return counted;
    }

    GrowthChart measuredChart() {
        return measured;
    }

    /** Offers the layers of a new network, choosing the current step's layer, else the last hidden one. */
    void showNetwork(Network changed, int currentLayer) {
        network = changed;
        Integer before = layers.getValue();
        List<Integer> choices = new ArrayList<>();
        for (int l = 1; l <= network.depth(); l++) {
            choices.add(l);
        }
        int chosen = currentLayer > 0 ? currentLayer
                : before != null && before <= network.depth() ? before : Math.max(1, network.depth() - 1);
        updating = true;
        layers.getItems().setAll(choices);
        layers.setValue(chosen);
        updating = false;
        if (before == null || before != chosen) {
            fitSliderToLayer();
        }
    }

    /** Widens layer l from now on (the slider moves to its width). */
    void chooseLayer(int l) {
        if (network != null && l >= 1 && l <= network.depth() && layer() != l) {
            layers.setValue(l);
        }
    }

    /** Redraws both charts and the readout for the chosen width, with these measured node times. */
    void showCurves(Map<Integer, Timing> times) {
        nodeTimes = times;
        if (network == null) {
            return;
        }
        Activation activation = network.layer(layer()).activation();
        int n = width();
        TreeSet<Integer> widths = new TreeSet<>(CostPanel.SWEEP);
        widths.add(n);
        List<GrowthChart.Point> jacobianCount = new ArrayList<>();
        List<GrowthChart.Point> vjpCount = new ArrayList<>();
        for (int width : widths) {
            MethodCosts node = CostModel.node(activation, width);
            jacobianCount.add(new GrowthChart.Point(width, node.jacobian().multiplyAdds()));
            vjpCount.add(new GrowthChart.Point(width, node.vjp().multiplyAdds()));
        }
        String square = activation.isElementwise() ? "n²" : "2n²";
        String linear = activation.isElementwise() ? "n" : "2n";
        counted.show("Jacobian chain: " + square, jacobianCount, "VJP: " + linear, vjpCount, n);
        List<GrowthChart.Point> jacobianTime = new ArrayList<>();
        List<GrowthChart.Point> vjpTime = new ArrayList<>();
        times.forEach((width, timing) -> {
            jacobianTime.add(new GrowthChart.Point(width, timing.jacobianNanos()));
            vjpTime.add(new GrowthChart.Point(width, timing.vjpNanos()));
        });
        measured.show("Jacobian chain", jacobianTime, "VJP", vjpTime, n);
        MethodCosts node = CostModel.node(activation, n);
        Timing timing = times.get(n);
        readout.setText("At n = " + n + ", the activation node of layer " + layer() + " (" + activation.name()
                + "): the Jacobian chain does " + CostText.count(node.jacobian().multiplyAdds())
                + " multiply-adds and stores " + CostText.count(node.jacobian().doubles()) + " numbers; the VJP "
                + CostText.count(node.vjp().multiplyAdds()) + " and " + CostText.count(node.vjp().doubles())
                + ". " + (timing == null ? "Measuring…" : "Measured: " + CostText.time(timing.jacobianNanos())
                        + " against " + CostText.time(timing.vjpNanos()) + " ("
                        + CostText.ratio(timing.ratio()) + ")."));
    }

    private void fitSliderToLayer() {
        int current = network == null ? 16 : network.size(layer());
        updating = true;
        slider.setValue(Math.max(GrowthChart.LOWEST_EXPONENT, Math.log(current) / Math.log(2)));
        updating = false;
        widthLabel.setText("n = " + width());
    }

    /** "layer 2 · n = 4". */
    private final class LayerCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer l, boolean empty) {
            super.updateItem(l, empty);
            setText(empty || l == null || network == null || l > network.depth() ? null
                    : "layer " + l + " · δ" + LayerIndex.plain(l) + " · n = " + network.size(l));
        }
    }
}
