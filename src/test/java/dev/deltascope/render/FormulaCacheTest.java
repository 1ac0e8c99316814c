package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FormulaCacheTest {

    /** A stand-in rendering: a fresh object per call, its size in bytes = the length of the LaTeX. */
    private record Rendering(String latex) {
    }

    private final AtomicInteger renders = new AtomicInteger();

    private FormulaCache<Rendering> cache(int maxEntries, long maxBytes) {
        return new FormulaCache<>(maxEntries, maxBytes, key -> {
            renders.incrementAndGet();
            return new Rendering(key.latex());
        }, rendering -> rendering.latex().length());
    }

    @Test
    void aHitReturnsTheSameImageInstanceAndCountsAsAHit() {
        FormulaCache<FormulaImage> images = FormulaCache.ofImages(10, 1 << 24);

        FormulaImage first = images.get("x^2", 20, Color.BLACK, 2);
        FormulaImage second = images.get("x^2", 20, Color.BLACK, 2);

        assertSame(first, second);
        assertEquals(1, images.hits());
        assertEquals(1, images.misses());
        assertEquals(first.bytes(), images.bytes());
    }

    @Test
    void sizeColourAndScaleArePartOfTheKey() {
        FormulaCache<FormulaImage> images = FormulaCache.ofImages(10, 1 << 24);

        FormulaImage base = images.get("x", 20, Color.BLACK, 1);

        assertNotSame(base, images.get("x", 21, Color.BLACK, 1));
        assertNotSame(base, images.get("x", 20, Color.RED, 1));
        assertNotSame(base, images.get("x", 20, Color.BLACK, 2));
        assertEquals(4, images.misses());
        assertEquals(2 * base.pixels().getWidth(), images.get("x", 20, Color.BLACK, 2).pixels().getWidth(), 2);
    }

    @Test
    void theLeastRecentlyUsedEntryIsEvictedWhenFull() {
        FormulaCache<Rendering> cache = cache(2, 1000);
        FormulaCache.Key a = new FormulaCache.Key("a", 12, 0xFF000000, 1);
        FormulaCache.Key b = new FormulaCache.Key("b", 12, 0xFF000000, 1);
        FormulaCache.Key c = new FormulaCache.Key("c", 12, 0xFF000000, 1);

        cache.get(a);
        cache.get(b);
        cache.get(a);
        cache.get(c);

        assertTrue(cache.contains(a), "a was used after b");
        assertFalse(cache.contains(b), "b was the least recently used");
        assertTrue(cache.contains(c));
        assertEquals(2, cache.size());
        assertEquals(1, cache.evictions());
    }

    @Test
    void theByteBoundEvictsEvenBelowTheEntryBound() {
        FormulaCache<Rendering> cache = cache(100, 10);

        cache.get(new FormulaCache.Key("aaaa", 12, 0, 1));
        cache.get(new FormulaCache.Key("bbbb", 12, 0, 1));
        cache.get(new FormulaCache.Key("cccc", 12, 0, 1));

        assertEquals(2, cache.size());
        assertEquals(8, cache.bytes());
    }

    @Test
    void anEntryLargerThanTheByteBoundIsStillReturnedAndAloneInTheCache() {
        FormulaCache<Rendering> cache = cache(100, 10);
        cache.get(new FormulaCache.Key("small", 12, 0, 1));
        FormulaCache.Key huge = new FormulaCache.Key("x".repeat(50), 12, 0, 1);

        Rendering rendering = cache.get(huge);

        assertEquals("x".repeat(50), rendering.latex());
        assertEquals(1, cache.size());
        assertTrue(cache.contains(huge));
    }

    @Test
    void concurrentUseGivesOneInstancePerKeyAndConsistentCounts() throws Exception {
        FormulaCache<Rendering> cache = cache(1000, 1 << 20);
        int threads = 8;
        int callsPerThread = 2000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Map<FormulaCache.Key, Rendering> firstSeen = new ConcurrentHashMap<>();
        AtomicInteger differentInstances = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(17 + t);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < callsPerThread; i++) {
                    FormulaCache.Key key = new FormulaCache.Key("k" + random.nextInt(50), 12, 0, 1);
                    Rendering got = cache.get(key);
                    if (firstSeen.putIfAbsent(key, got) != null && firstSeen.get(key) != got) {
                        differentInstances.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(0, differentInstances.get(), "a key never maps to two instances while it stays cached");
        assertEquals(threads * callsPerThread, cache.hits() + cache.misses());
        assertEquals(50, cache.size());
        assertTrue(renders.get() >= 50 && renders.get() <= cache.misses(), "renders " + renders.get());
    }

    @Test
    void clearEmptiesTheCache() {
        FormulaCache<Rendering> cache = cache(10, 100);
        cache.get(new FormulaCache.Key("a", 12, 0, 1));

        cache.clear();

        assertEquals(0, cache.size());
        assertEquals(0, cache.bytes());
    }
}
