package dev.deltascope.render;

import java.awt.Color;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A thread-safe least-recently-used cache of rendered formulas, keyed by (LaTeX, point size,
 * colour, scale), bounded by a number of entries and by bytes of pixel memory. A miss renders
 * outside the lock; when two threads miss on the same key at once, both get the first result stored.
 *
 * @param <V> what a formula renders to: an AWT {@link FormulaImage}, a JavaFX image, …
 */
public final class FormulaCache<V> {

    /** What a cached rendering depends on. The colour is 0xAARRGGBB. */
    public record Key(String latex, double pointSize, int argb, double scale) {

        public Key {
            Objects.requireNonNull(latex, "latex");
        }

        public Color colour() {
            return new Color(argb, true);
        }
    }

    private final int maxEntries;
    private final long maxBytes;
    private final Function<Key, V> renderer;
    private final ToLongFunction<V> bytesOf;
    private final LinkedHashMap<Key, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong evictions = new AtomicLong();

    /** A cache holding at most maxEntries renderings and maxBytes of them (as bytesOf counts). */
    public FormulaCache(int maxEntries, long maxBytes, Function<Key, V> renderer, ToLongFunction<V> bytesOf) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries: must be at least 1, was " + maxEntries);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes: must be at least 1, was " + maxBytes);
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.bytesOf = Objects.requireNonNull(bytesOf, "bytesOf");
    }

    /** A cache of transparent AWT images drawn by {@link FormulaRenderer}. */
    public static FormulaCache<FormulaImage> ofImages(int maxEntries, long maxBytes) {
        return new FormulaCache<>(maxEntries, maxBytes,
                key -> FormulaRenderer.image(key.latex(), key.pointSize(), key.scale(), key.colour(), null),
                FormulaImage::bytes);
    }

    /** The rendering for these arguments: the cached instance on a hit, a fresh one on a miss. */
    public V get(String latex, double pointSize, Color colour, double scale) {
        return get(new Key(latex, pointSize, colour.getRGB(), scale));
    }

    public V get(Key key) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                hits.incrementAndGet();
                return cached;
            }
        }
        misses.incrementAndGet();
        V rendered = Objects.requireNonNull(renderer.apply(key), "renderer returned null");
        synchronized (entries) {
            V raced = entries.get(key);
            if (raced != null) {
                return raced;
            }
            entries.put(key, rendered);
            bytes += bytesOf.applyAsLong(rendered);
            evictBeyondBounds(key);
            return rendered;
        }
    }

    /** Drops least recently used entries until within bounds, keeping the one just added. */
    private void evictBeyondBounds(Key added) {
        Iterator<Map.Entry<Key, V>> oldestFirst = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && oldestFirst.hasNext()) {
            Map.Entry<Key, V> oldest = oldestFirst.next();
            if (!oldest.getKey().equals(added)) {
                bytes -= bytesOf.applyAsLong(oldest.getValue());
                oldestFirst.remove();
                evictions.incrementAndGet();
            }
        }
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    public long evictions() {
        return evictions.get();
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Bytes held, as bytesOf counts them. */
    public long bytes() {
        synchronized (entries) {
            return bytes;
        }
    }

    public boolean contains(Key key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
            bytes = 0;
        }
    }
}
