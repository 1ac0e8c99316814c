package dev.deltascope.file;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.deltascope.model.Matrix;
import java.io.IOException;

/**
 * The layout Deltascope writes JSON in: two-space indentation, one matrix row per line
 * ({@code [0.15, 0.2]}), and every double in its shortest form that reads back to the same bits.
 * Shared by the network file and the command line's trace output.
 */
public final class JsonLayout {

    private JsonLayout() {
    }

    /** A fresh pretty printer (they hold state: use one per generator). */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
    }

    /**
     * The shortest decimal text that parses back to exactly {@code value} (Schubfach); NaN and
     * ±Infinity, which JSON numbers cannot hold, become the strings "NaN", "Infinity", "-Infinity".
     */
    public static String number(double value) {
        if (Double.isFinite(value)) {
            return NumberOutput.toString(value, true);
        }
        return "\"" + value + "\"";
    }

    /** Writes a number (see {@link #number(double)}) as the next value. */
    public static void writeNumber(JsonGenerator generator, double value) throws IOException {
        generator.writeRawValue(number(value));
    }

    /** Writes a list of numbers on one line, like {@code [0.15, 0.2]}. */
    public static void writeRow(JsonGenerator generator, double[] row) throws IOException {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < row.length; i++) {
            text.append(i == 0 ? "" : ", ").append(number(row[i]));
        }
        generator.writeRawValue(text.append(']').toString());
    }

    /** Writes a matrix as a list of its rows, one row per line. */
    public static void writeMatrix(JsonGenerator generator, Matrix matrix) throws IOException {
        generator.writeStartArray();
        for (double[] row : matrix.toArray()) {
            writeRow(generator, row);
        }
        generator.writeEndArray();
    }
}
