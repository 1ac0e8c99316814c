package dev.deltascope.view.cost;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * A log–log line chart of a cost against the width n: the x axis holds log₂ n and the y axis
 * log₁₀ of the cost, both labelled in plain values. Two curves, the Jacobian chain and the VJP,
 * and a dashed vertical line at the chosen n.
 */
final class GrowthChart extends LineChart<Number, Number> {

    static final int LOWEST_EXPONENT = 1;
    static final int HIGHEST_EXPONENT = 10;
    /** The same for both charts, so their plots line up. */
    private static final double AXIS_WIDTH = 96;
    /** A curve that passes a power of ten by less than this (in log₁₀) gets a sliver of room, not another decade. */
    private static final double ROUNDING = 0.05;

    /** A point of a curve: the width and its cost, not transformed. */
    record Point(int width, double value) {
    }

    private final NumberAxis costAxis;
    private final XYChart.Series<Number, Number> jacobian = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> vjp = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> chosen = new XYChart.Series<>();
    private List<Point> jacobianPoints = List.of();
    private List<Point> vjpPoints = List.of();

    /**
     * @param title what the chart shows
     * @param costLabel the y axis's label, with its unit
     * @param tick a y tick label for an exponent of ten
     */
    GrowthChart(String title, String costLabel, DoubleFunction<String> tick) {
        super(new NumberAxis(LOWEST_EXPONENT, HIGHEST_EXPONENT, 1), new NumberAxis());
        costAxis = (NumberAxis) getYAxis();
        NumberAxis widthAxis = (NumberAxis) getXAxis();
        widthAxis.setAutoRanging(false);
        widthAxis.setLabel("width n of the layer (log scale)");
        widthAxis.setTickLabelFormatter(converter(exponent -> Integer.toString(1 << Math.round(exponent))));
        widthAxis.setMinorTickVisible(false);
        costAxis.setAutoRanging(false);
        costAxis.setTickUnit(1);
        costAxis.setMinorTickVisible(false);
        costAxis.setLabel(costLabel);
        costAxis.setPrefWidth(AXIS_WIDTH);
        costAxis.setTickLabelFormatter(converter(tick::apply));
        setTitle(title);
        setAnimated(false);
        setCreateSymbols(true);
        getStyleClass().add("cost-chart");
        getData().addAll(List.of(jacobian, vjp, chosen));
    }

    /** Replaces the curves; points with a value ≤ 0 are left off. */
    void show(String jacobianName, List<Point> jacobianCurve, String vjpName, List<Point> vjpCurve, int chosenWidth) {
        jacobianPoints = List.copyOf(jacobianCurve);
        vjpPoints = List.copyOf(vjpCurve);
        jacobian.setName(jacobianName);
        vjp.setName(vjpName);
        chosen.setName("chosen n = " + chosenWidth);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (Point point : concat(jacobianPoints, vjpPoints)) {
            if (point.value() > 0) {
                lowest = Math.min(lowest, Math.log10(point.value()));
                highest = Math.max(highest, Math.log10(point.value()));
            }
        }
        if (lowest > highest) {
            lowest = 0;
            highest = 1;
        }
        double bottom = Math.floor(lowest);
        double top = Math.max(bottom + 1, Math.max(Math.ceil(highest - ROUNDING), highest + ROUNDING / 2));
        costAxis.setLowerBound(bottom);
        costAxis.setUpperBound(top);
        jacobian.getData().setAll(data(jacobianPoints));
        vjp.getData().setAll(data(vjpPoints));
        double x = log2(chosenWidth);
        chosen.getData().setAll(List.of(new XYChart.Data<>(x, bottom), new XYChart.Data<>(x, top)));
    }

    List<Point> jacobianPoints() {
        return jacobianPoints;
    }

    List<Point> vjpPoints() {
        return vjpPoints;
    }

    private static List<XYChart.Data<Number, Number>> data(List<Point> points) {
        return points.stream()
                .filter(point -> point.value() > 0)
                .map(point -> new XYChart.Data<Number, Number>(log2(point.width()), Math.log10(point.value())))
                .toList();
    }

    private static List<Point> concat(List<Point> first, List<Point> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static double log2(int width) {
        return Math.log(width) / Math.log(2);
    }

    private static StringConverter<Number> converter(DoubleFunction<String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return label.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("tick labels are not parsed");
            }
        };
    }
}
