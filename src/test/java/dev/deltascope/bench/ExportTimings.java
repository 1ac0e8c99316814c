package dev.deltascope.bench;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.ExportMonitor;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.Exporter;
import dev.deltascope.model.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Wall time of exporting the whole derivation of a network (every step, each backward step with
 * its VJP view), per format: the first export in this JVM (which pays class loading, JIT and, for
 * the first picture format, JLaTeXMath's fonts) and the median of the repeats after it. Arguments:
 * a network name as {@link BenchmarkNetworks} knows it ({@code default}), the number of repeats,
 * then the formats (png svg pdf tex beamer when none are given).
 */
public final class ExportTimings {

    private ExportTimings() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        String network = args.length > 0 ? args[0] : "default";
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> formats = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
                : List.of("png", "svg", "pdf", "tex", "beamer");
        System.out.println("export: load average " + Files.readString(Path.of("/proc/loadavg")).trim());
        long start = System.nanoTime();
        Derivation derivation = DerivationBuilder.build(Trace.of(BenchmarkNetworks.named(network)), NumberStyle.DEFAULT);
        System.out.printf(Locale.ROOT, "export: trace and derivation of %s, %d steps: %.0f ms%n", network,
                derivation.steps().size(), (System.nanoTime() - start) / 1e6);
        Path root = Files.createTempDirectory("deltascope-export-timings");
        for (String format : formats) {
            Exporter exporter = Exporter.named(format);
            List<Double> times = new ArrayList<>();
            long bytes = 0;
            for (int run = 0; run <= repeats; run++) {
                Path target = root.resolve(format + "-" + run);
                ExportRequest request = ExportRequest.allSteps(target, derivation).withView(ViewKind.VJP);
                long began = System.nanoTime();
                List<Path> files = exporter.export(derivation, request, ExportMonitor.NONE);
                times.add((System.nanoTime() - began) / 1e6);
                bytes = size(files);
            }
            List<Double> warm = times.subList(1, times.size()).stream().sorted().toList();
            System.out.printf(Locale.ROOT, "export: %-6s first %.0f ms, then median %.0f ms (min %.0f, max %.0f) over %d;"
                            + " %.0f KB written%n", format, times.get(0),
                    warm.isEmpty() ? Double.NaN : warm.get(warm.size() / 2), warm.isEmpty() ? Double.NaN : warm.get(0),
                    warm.isEmpty() ? Double.NaN : warm.get(warm.size() - 1), warm.size(), bytes / 1024.0);
        }
        System.out.println("export: load average " + Files.readString(Path.of("/proc/loadavg")).trim());
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(ExportTimings::delete);
        }
    }

    private static long size(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException failure) {
            System.err.println("export: could not delete " + path + ": " + failure.getMessage());
        }
    }
}
