package dev.deltascope.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A {@link Network} to the network format (version 1). Writes {@code input}/{@code target} for
 * one example and {@code inputs}/{@code targets} for a mini-batch; always writes the weights
 * and biases.
 */
final class NetworkEncoder {

    private static final JsonFactory FACTORY = new JsonFactory();

    private NetworkEncoder() {
    }

    /** The document text, ending with a newline; non-finite numbers are refused with their JSON path. */
    static String encode(Network network) {
        requireFinite(network);
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.setPrettyPrinter(JsonLayout.prettyPrinter());
            write(network, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static void write(Network network, JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("format", NetworkDecoder.FORMAT);
        generator.writeNumberField("version", NetworkDecoder.VERSION);
        generator.writeStringField("title", network.title());
        generator.writeArrayFieldStart("layers");
        generator.writeRawValue("{\"size\": " + network.inputSize() + "}");
        for (DenseLayer layer : network.layers()) {
            generator.writeRawValue("{\"size\": " + layer.size() + ", \"activation\": \""
                    + layer.activation().name() + "\"}");
        }
        generator.writeEndArray();
        generator.writeStringField("loss", network.loss().name());
        if (network.batchSize() == 1) {
            generator.writeFieldName("input");
            JsonLayout.writeRow(generator, network.inputs().column(0));
            generator.writeFieldName("target");
            JsonLayout.writeRow(generator, network.targets().column(0));
        } else {
            generator.writeFieldName("inputs");
            JsonLayout.writeMatrix(generator, network.inputs().transpose());
            generator.writeFieldName("targets");
            JsonLayout.writeMatrix(generator, network.targets().transpose());
        }
        generator.writeArrayFieldStart("weights");
        for (DenseLayer layer : network.layers()) {
            JsonLayout.writeMatrix(generator, layer.weights());
        }
        generator.writeEndArray();
        generator.writeArrayFieldStart("biases");
        for (DenseLayer layer : network.layers()) {
            JsonLayout.writeRow(generator, layer.biases().column(0));
        }
        generator.writeEndArray();
        generator.writeFieldName("learningRate");
        JsonLayout.writeNumber(generator, network.learningRate());
        generator.writeNumberField("seed", network.seed());
        generator.writeEndObject();
    }

    private static void requireFinite(Network network) {
        boolean batch = network.batchSize() > 1;
        requireFinite(network.inputs().transpose(), batch ? "inputs" : "input", batch);
        requireFinite(network.targets().transpose(), batch ? "targets" : "target", batch);
        for (int l = 1; l <= network.depth(); l++) {
            requireFinite(network.layer(l).weights(), JsonPath.index("weights", l - 1), true);
            requireFinite(network.layer(l).biases().transpose(), JsonPath.index("biases", l - 1), false);
        }
    }

    /** Each row of {@code values} is a JSON list at path[r] (or at path itself when not {@code nested}). */
    private static void requireFinite(Matrix values, String path, boolean nested) {
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.columns(); c++) {
                double v = values.get(r, c);
                if (!Double.isFinite(v)) {
                    String row = nested ? JsonPath.index(path, r) : path;
                    throw new IllegalArgumentException(JsonPath.index(row, c)
                            + ": must be a finite number to be written, was " + v);
                }
            }
        }
    }
}
