package dev.deltascope.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, which, unlike the wall-clock score, does not count time spent waiting
 * for a core on a machine shared with other work. Two figures: {@code cpu.worker.norm}, the
 * benchmark threads alone (the cost of the code), and {@code cpu.process.norm}, every thread of
 * the benchmark JVM (adding garbage collection and the JIT compiler). Both in µs/op.
 * Use with {@code -prof dev.deltascope.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** JMH names its benchmark threads "…-jmh-worker-N". */
    private static final String WORKER = "-jmh-worker-";

    private final OperatingSystemMXBean system =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long processStart;
    private Map<Long, Long> workerStart = Map.of();

    @Override
    public String getDescription() {
        return "CPU time per operation: benchmark threads, and the whole JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerStart = workerTimes();
        processStart = system.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long process = system.getProcessCpuTime() - processStart;
        long worker = 0;
        for (Map.Entry<Long, Long> now : workerTimes().entrySet()) {
            worker += now.getValue() - workerStart.getOrDefault(now.getKey(), 0L);
        }
        double operations = Math.max(1, result.getMetadata().getAllOps());
        return List.of(
                new ScalarResult("cpu.worker.norm", worker / 1000.0 / operations, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process.norm", process / 1000.0 / operations, "us/op", AggregationPolicy.AVG));
    }

    /** CPU nanoseconds so far of each live benchmark thread, by thread id. */
    private Map<Long, Long> workerTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains(WORKER)) {
                long nanos = threads.getThreadCpuTime(thread.getId());
                if (nanos >= 0) {
                    times.put(thread.getId(), nanos);
                }
            }
        }
        return times;
    }
}
