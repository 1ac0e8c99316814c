package dev.deltascope.view.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TourTest {

    @Test
    void theWindowTourHasThreeToFiveStopsEachAboutADifferentPart() {
        int stops = Tour.STOPS.size();
        assertTrue(stops >= 3 && stops <= 5, "stops: " + stops);
        Set<String> targets = Tour.STOPS.stream().map(Tour.Stop::target).collect(Collectors.toSet());
        assertEquals(stops, targets.size());
        assertTrue(targets.containsAll(Set.of("network-editor", "step-timeline", "step-area", "file-menu")));
    }

    @Test
    void theTourStartsAtTheFirstStopAndSaysWhereItIs() {
        Tour tour = new Tour();
        assertEquals(0, tour.index());
        assertEquals(Tour.STOPS.get(0), tour.current());
        assertEquals("Step 1 of " + Tour.STOPS.size(), tour.position());
        assertTrue(tour.isFirst());
        assertFalse(tour.isLast());
    }

    @Test
    void nextWalksEveryStopInOrderAndStaysOnTheLast() {
        Tour tour = new Tour();
        for (int i = 1; i < Tour.STOPS.size(); i++) {
            tour.next();
            assertEquals(Tour.STOPS.get(i), tour.current());
            assertEquals("Step " + (i + 1) + " of " + Tour.STOPS.size(), tour.position());
        }
        assertTrue(tour.isLast());
        tour.next();
        assertEquals(Tour.STOPS.size() - 1, tour.index());
    }

    @Test
    void backReturnsToThePreviousStopAndStaysOnTheFirst() {
        Tour tour = new Tour();
        tour.next();
        tour.next();
        tour.back();
        assertEquals(1, tour.index());
        tour.back();
        tour.back();
        assertEquals(0, tour.index());
    }

    @Test
    void aTourWithoutStopsIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Tour(List.of()));
        assertTrue(refused.getMessage().contains("at least one stop"));
    }
}
