package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import dev.deltascope.render.Formula;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.paint.PresentationMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;

class StepPrefetchTest {

    private record Request(String latex, double fontSize, double zoom) {
    }

    private final StepperModel stepper =
            new StepperModel(new NetworkEditorModel(Presets.defaultNetwork()).networkProperty(), Runnable::run, Runnable::run);
    private final List<Runnable> queued = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();

    private StepPrefetch recording() {
        return new StepPrefetch(stepper, stepper.zoomProperty(), queued::add,
                (latex, fontSize, zoom) -> requests.add(new Request(latex, fontSize, zoom)));
    }

    private void runQueued() {
        List<Runnable> tasks = List.copyOf(queued);
        queued.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void aForwardStepsNeighboursAreLaidOutNextThenPrevious() {
        recording();
        int index = firstIndexOf(StepKind.FORWARD_ACTIVATION);
        stepper.goTo(index);
        runQueued();

        Step next = stepper.steps().get(index + 1);
        Step previous = stepper.steps().get(index - 1);
        assertEquals(List.of(
                new Request(next.symbolic(), StepPane.SYMBOLIC_SIZE, 1), new Request(next.numeric(), StepPane.NUMERIC_SIZE, 1),
                new Request(previous.symbolic(), StepPane.SYMBOLIC_SIZE, 1),
                new Request(previous.numeric(), StepPane.NUMERIC_SIZE, 1)), requests);
    }

    @Test
    void backwardNeighboursAreLaidOutInTheChosenViewAtTheChosenZoom() {
        recording();
        int index = IntStream.range(1, stepper.steps().size() - 1)
                .filter(i -> stepper.steps().get(i - 1).kind() == StepKind.OUTPUT_ERROR
                        && stepper.steps().get(i + 1).kind() == StepKind.BACKWARD)
                .findFirst().orElseThrow();
        stepper.viewProperty().set(ViewKind.JACOBIAN);
        stepper.zoomProperty().set(1.5);
        stepper.goTo(index);
        runQueued();

        List<Request> expected = new ArrayList<>();
        for (int neighbour : new int[] {index + 1, index - 1}) {
            var view = stepper.steps().get(neighbour).view(ViewKind.JACOBIAN);
            expected.add(new Request(view.symbolic(), StepPane.SYMBOLIC_SIZE, 1.5));
            expected.add(new Request(view.numeric(), StepPane.NUMERIC_SIZE, 1.5));
        }
        assertEquals(expected, requests);
    }

    @Test
    void theFirstStepHasOnlyTheNextToLayOut() {
        recording();
        stepper.goTo(1);
        stepper.goTo(0);
        runQueued();

        Step next = stepper.steps().get(1);
        assertEquals(List.of(new Request(next.symbolic(), StepPane.SYMBOLIC_SIZE, 1),
                new Request(next.numeric(), StepPane.NUMERIC_SIZE, 1)), requests);
    }

    @Test
    void workForStepsAlreadyLeftIsSkipped() {
        recording();
        stepper.goTo(3);
        stepper.goTo(4);
        stepper.goTo(5);
        runQueued();

        List<String> latex = requests.stream().map(Request::latex).toList();
        assertEquals(List.of(stepper.steps().get(6).symbolic(), stepper.steps().get(6).numeric(),
                stepper.steps().get(4).symbolic(), stepper.steps().get(4).numeric()), latex);
    }

    @Test
    void theZoomTheStepPaneShowsIsTheOneLaidOut() {
        DoubleProperty shown = new SimpleDoubleProperty(2);
        new StepPrefetch(stepper, shown, queued::add,
                (latex, fontSize, zoom) -> requests.add(new Request(latex, fontSize, zoom)));
        runQueued();
        assertEquals(List.of(2.0), requests.stream().map(Request::zoom).distinct().toList());

        requests.clear();
        shown.set(PresentationMode.TYPE_SCALE);
        runQueued();
        assertFalse(requests.isEmpty(), "a new zoom lays the neighbours out again");
        assertEquals(List.of(PresentationMode.TYPE_SCALE), requests.stream().map(Request::zoom).distinct().toList());
    }

    @Test
    void theFormulaViewThenFindsTheLayoutTheBackgroundMade() {
        double zoom = 1.0 + 1.0 / 7;
        stepper.zoomProperty().set(zoom);
        new StepPrefetch(stepper, stepper.zoomProperty(), queued::add, FormulaView::layout);
        stepper.goTo(2);
        String next = stepper.steps().get(3).numeric();
        double points = StepPane.NUMERIC_SIZE * zoom;
        assertFalse(FormulaViewLayouts.contains(next, points), "laid out before the prefetch ran");

        runQueued();

        assertTrue(FormulaViewLayouts.contains(next, points));
        Formula prefetched = FormulaViewLayouts.layout(next, points);
        assertSame(prefetched, FormulaView.layout(next, StepPane.NUMERIC_SIZE, zoom));
    }

    @Test
    void aLayoutThatFailsInTheBackgroundDoesNotStopTheOthers() {
        new StepPrefetch(stepper, stepper.zoomProperty(), queued::add, (latex, fontSize, zoom) -> {
            requests.add(new Request(latex, fontSize, zoom));
            if (requests.size() == 1) {
                throw new IllegalStateException("layout failed");
            }
        });
        int index = firstIndexOf(StepKind.FORWARD_ACTIVATION);
        stepper.goTo(index);

        runQueued();

        Step previous = stepper.steps().get(index - 1);
        assertEquals(4, requests.size(), "the next step's numeric formula and the previous step's are still laid out");
        assertEquals(new Request(previous.numeric(), StepPane.NUMERIC_SIZE, 1), requests.get(3));
    }

    private int firstIndexOf(StepKind kind) {
        return IntStream.range(1, stepper.steps().size()).filter(i -> stepper.steps().get(i).kind() == kind)
                .findFirst().orElseThrow();
    }
}
