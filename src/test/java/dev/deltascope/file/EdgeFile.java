package dev.deltascope.file;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A network file at the edge of the limits the format sets, written from a fixed pattern: sigmoid
 * layers (softmax at the output when asked, with cross-entropy and one-hot targets; half squared
 * error otherwise), inputs ((k + i) × 0.37) mod 1 with three decimals (or (k + i) mod 2 with no
 * spaces where three decimals would pass the 4 MiB file limit), targets ((k + i) × 0.61) mod 1,
 * weights from seed 3.
 *
 * @param name a short name for tables
 * @param edge the limit or limits the file is at
 * @param sizes n_0..n_L
 * @param examples m
 * @param softmax whether the output layer is softmax with cross-entropy
 * @param digitInputs whether the inputs are single digits
 */
public record EdgeFile(String name, String edge, List<Integer> sizes, int examples, boolean softmax,
        boolean digitInputs) {

    public EdgeFile {
        sizes = List.copyOf(sizes);
    }

    /** The edge of every limit: the files whose derivation costs most in time or memory within each. */
    public static List<EdgeFile> all() {
        List<Integer> alternating = new ArrayList<>(List.of(1));
        for (int i = 0; i < 8; i++) {
            alternating.addAll(List.of(1024, 1));
        }
        return List.of(
                new EdgeFile("issue-23", "both work rules (Σ n_l m = 2,149,875; Σ n_l² m = 1,073,631,195)",
                        List.of(2, 3, 3, 3, 512, 3, 1), 4095, false, false),
                new EdgeFile("activations", "Σ n_l m = 2,200,000", List.of(2, 250, 250, 50), 4000, false, false),
                new EdgeFile("jacobians", "Σ n_l² m = 2^30 − 1,047,553; width 1,024", List.of(1, 1024, 1), 1023, false,
                        false),
                new EdgeFile("alternating", "Σ n_l² m = 1,065,354,232 over 16 layers", alternating, 127, false, false),
                new EdgeFile("deepest", "16 layers, 4,096 examples", Collections.nCopies(17, 3), 4096, false, false),
                new EdgeFile("parameters", "99,329 parameters; Σ n_l² m", List.of(95, 1024, 1), 1023, false, false),
                new EdgeFile("parameters-by-examples", "99,899 parameters × 4,096 examples; 4 MiB file",
                        List.of(500, 199, 1), 4096, false, true),
                new EdgeFile("softmax", "a 1,024-wide softmax; Σ n_l² m", List.of(1, 1024), 1023, true, false),
                new EdgeFile("wide-hidden", "Σ n_l m = 2,199,552 with 73,165 parameters", List.of(2, 268, 268, 1), 4096,
                        false, false));
    }

    /** The edge file of this name. */
    public static EdgeFile named(String name) {
        return all().stream().filter(file -> file.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no edge file named " + name));
    }

    /** "2-3-3-3-512-3-1 × 4,095". */
    public String shape() {
        StringBuilder text = new StringBuilder();
        for (int size : sizes) {
            text.append(text.length() == 0 ? "" : "-").append(size);
        }
        return text.append(String.format(Locale.ROOT, " × %,d", examples)).toString();
    }

    /** The file's text. */
    public String json() {
        return json(sizes, examples, softmax, digitInputs);
    }

    /** A sigmoid network file with half squared error, these layer sizes and m examples, as {@link EdgeFile} writes them. */
    public static String json(List<Integer> sizes, int examples) {
        return json(sizes, examples, false, false);
    }

    private static String json(List<Integer> sizes, int examples, boolean softmax, boolean digitInputs) {
        StringBuilder json = new StringBuilder("{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [");
        int depth = sizes.size() - 1;
        for (int l = 0; l <= depth; l++) {
            json.append(l == 0 ? "" : ", ").append("{\"size\": ").append(sizes.get(l));
            json.append(l == 0 ? "}" : ", \"activation\": \"" + (softmax && l == depth ? "softmax" : "sigmoid") + "\"}");
        }
        json.append("], \"loss\": \"").append(softmax ? "cross_entropy" : "half_squared_error").append("\", \"inputs\": [");
        String separator = digitInputs ? "," : ", ";
        for (int k = 0; k < examples; k++) {
            json.append(k == 0 ? "[" : separator + "[");
            for (int i = 0; i < sizes.get(0); i++) {
                json.append(i == 0 ? "" : separator).append(digitInputs ? String.valueOf((k + i) % 2) : pattern(k + i, 0.37));
            }
            json.append(']');
        }
        json.append("], \"targets\": [");
        int outputs = sizes.get(depth);
        for (int k = 0; k < examples; k++) {
            json.append(k == 0 ? "[" : ", [");
            for (int i = 0; i < outputs; i++) {
                json.append(i == 0 ? "" : ", ").append(softmax ? (i == k % outputs ? "1" : "0") : pattern(k + i, 0.61));
            }
            json.append(']');
        }
        return json.append("], \"seed\": 3}").toString();
    }

    private static String pattern(int index, double step) {
        return String.format(Locale.ROOT, "%.3f", (index * step) % 1);
    }
}
