package dev.deltascope.bench;

import dev.deltascope.file.EdgeFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code derive} on each file at the edge of the limits ({@link EdgeFile#all()}), each run in a fresh
 * JVM with {@code -Xmx1g} and its output written to a file, as a person runs it. Prints per run the
 * wall time, the CPU time (user + system, from /usr/bin/time), the peak resident memory, the largest
 * heap occupancy G1 saw before a collection and the largest it left after one (what was live, from
 * -Xlog:gc), the heap committed, the output's size and the one-minute load average before the run.
 * Arguments: names of edge files (all when none), {@code --runs N} (1), {@code --heap SIZE} (1g),
 * {@code --jar PATH} (default: this JVM's class path).
 */
public final class DeriveTimings {

    private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private DeriveTimings() {
    }

    public static void main(String[] args) throws Exception {
        List<EdgeFile> files = new ArrayList<>();
        int runs = 1;
        String heap = "1g";
        String classPath = System.getProperty("java.class.path");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jar" -> classPath = args[++i];
                case "--heap" -> heap = args[++i];
                default -> files.add(EdgeFile.named(args[i]));
            }
        }
        if (files.isEmpty()) {
            files = EdgeFile.all();
        }
        Path folder = Files.createTempDirectory("deltascope-derive-timings");
        System.out.println("derive: " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        for (EdgeFile edge : files) {
            Path network = Files.writeString(folder.resolve(edge.name() + ".json"), edge.json());
            for (int run = 0; run < runs; run++) {
                System.out.println(measure(edge, network, folder, classPath, heap));
            }
        }
        try (Stream<Path> left = Files.list(folder)) {
            for (Path file : left.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static String measure(EdgeFile edge, Path network, Path folder, String classPath, String heap)
            throws IOException, InterruptedException {
        Path out = folder.resolve("out.json");
        Path times = folder.resolve("time.txt");
        Path gc = folder.resolve("gc.log");
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M",
                java.toString(), "-Xmx" + heap, "-Xlog:gc:file=" + gc, "-cp", classPath, "dev.deltascope.Launcher",
                "derive", network.toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = process.waitFor();
        List<String> timeLines = Files.readAllLines(times);
        String[] measured = timeLines.get(timeLines.size() - 1).trim().split("\\s+");
        long heapBefore = 0;
        long heapAfter = 0;
        long committed = 0;
        Matcher collection = HEAP.matcher(Files.readString(gc));
        while (collection.find()) {
            heapBefore = Math.max(heapBefore, Long.parseLong(collection.group(1)));
            heapAfter = Math.max(heapAfter, Long.parseLong(collection.group(2)));
            committed = Math.max(committed, Long.parseLong(collection.group(3)));
        }
        return String.format(Locale.ROOT,
                "derive: %-22s %-26s %5.0f KB  exit %d  %5.1f s wall  %5.1f s CPU  %4.0f MB resident"
                        + "  heap %4d MB before a GC, %4d MB after, %4d MB committed  %5.0f MB out  load %s",
                edge.name(), edge.shape(), Files.size(network) / 1024.0, exit, Double.parseDouble(measured[0]),
                Double.parseDouble(measured[1]) + Double.parseDouble(measured[2]), Long.parseLong(measured[3]) / 1024.0,
                heapBefore, heapAfter, committed, Files.size(out) / 1e6, load);
    }
}
