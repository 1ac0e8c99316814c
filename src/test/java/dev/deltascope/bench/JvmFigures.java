package dev.deltascope.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * The figures only {@code java.management} gives: the JVM's own start and a thread's CPU time. The
 * app image's runtime leaves that module out, so the harness asks {@link #AVAILABLE} first.
 */
final class JvmFigures {

    static final boolean AVAILABLE = ModuleLayer.boot().findModule("java.management").isPresent();

    private JvmFigures() {
    }

    static Instant jvmStart() {
        return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    static long currentThreadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
