package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenderWarmUpTest {

    @Test
    void startingTwiceRunsOneWarmUpOnADaemonThread() throws Exception {
        var first = RenderWarmUp.start();
        var second = RenderWarmUp.start();

        Duration firstTook = first.get(60, TimeUnit.SECONDS);
        Duration secondTook = second.get(60, TimeUnit.SECONDS);

        assertEquals(firstTook, secondTook, "both calls report the one warm-up");
        assertTrue(firstTook.toNanos() > 0);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(RenderWarmUp.THREAD_NAME) && !t.isDaemon()));
    }

    @Test
    void theWarmUpSampleIsValidLatex() {
        assertFalse(FormulaRenderer.image(RenderWarmUp.SAMPLE, 16, 1, Color.BLACK, null).formula().isError());
    }
}
