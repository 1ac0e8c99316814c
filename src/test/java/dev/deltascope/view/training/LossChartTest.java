package dev.deltascope.view.training;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.step.StepViewFixtures;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LossChartTest {

    private final ObservableList<Double> losses = FXCollections.observableArrayList();
    private LossChart chart;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        chart = new LossChart(losses);
        WindowFixture.show(stage, chart, 700, 400);
    }

    private void change(Runnable edit) {
        onFx(() -> {
            edit.run();
            return null;
        });
    }

    @Test
    void addsAPointForEachTrainingStep() {
        Network network = StepViewFixtures.classic();
        for (int k = 0; k < 3; k++) {
            double cost = Trace.of(network).forward().cost();
            change(() -> losses.add(cost));
            network = GradientDescent.step(network);
        }

        List<XYChart.Data<Number, Number>> points = onFx(chart::points);
        assertEquals(3, points.size());
        assertEquals(0.298371109, points.get(0).getYValue().doubleValue(), 1e-9);
        assertEquals(losses.get(1), points.get(1).getYValue().doubleValue());
        assertEquals(2, points.get(2).getXValue().intValue());
        assertTrue(points.get(2).getYValue().doubleValue() < points.get(1).getYValue().doubleValue());
        assertTrue(onFx(chart::summary).startsWith("Step 2 · cost 0.2"), onFx(chart::summary));
    }

    @Test
    void aCostThatBlowsUpIsLeftOffTheLineAndNamed() {
        change(() -> losses.addAll(0.5, 3.0e12, Double.POSITIVE_INFINITY, Double.NaN));

        assertEquals(2, onFx(chart::points).size());
        assertEquals("The cost became ∞ at step 2: the numbers blew up", onFx(chart::summary));
        assertTrue(chart.lookup(".loss-summary").getStyleClass().contains("blown-up"));
    }

    @Test
    void resettingTheListEmptiesTheChart() {
        change(() -> losses.addAll(0.5, 0.4));
        change(losses::clear);

        assertTrue(onFx(chart::points).isEmpty());
        assertEquals("No training steps yet", onFx(chart::summary));
        change(() -> losses.add(0.7));
        assertEquals(1, onFx(chart::points).size());
        assertEquals(0, onFx(chart::points).get(0).getXValue().intValue());
    }

    @Test
    void aLongRunIsThinnedButKeepsItsFirstAndLatestCost() {
        Double[] costs = new Double[10_001];
        for (int k = 0; k < costs.length; k++) {
            costs[k] = 1.0 / (k + 1);
        }
        change(() -> losses.addAll(costs));

        List<XYChart.Data<Number, Number>> points = onFx(chart::points);
        assertTrue(points.size() <= LossChart.MAX_POINTS + 1, points.size() + " points");
        assertEquals(1.0, points.get(0).getYValue().doubleValue());
        assertEquals(10_000, points.get(points.size() - 1).getXValue().intValue());
        assertEquals("Step 10000 · cost 9.999×10⁻⁵", onFx(chart::summary));
    }
}
