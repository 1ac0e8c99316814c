package dev.deltascope.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.deltascope.derivation.Convention;
import dev.deltascope.file.JsonLayout;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.GradientCheck;
import dev.deltascope.model.ParameterCheck;
import dev.deltascope.model.Trace;
import java.io.IOException;
import java.io.Writer;

/**
 * A trace as the JSON that {@code derive --format json} prints: {@code loss} (the mean over the
 * batch); {@code layers}, one per l = 1..L, each with {@code z}, {@code a}, {@code delta} (n_l × m,
 * lists of rows; column k is δ for example k alone), {@code weightGradient} (n_l × n_{l−1}, the
 * batch mean) and {@code biasGradient} (n_l numbers, the batch mean); and {@code checks} with
 * {@code maxViewDisagreement} and {@code maxFiniteDifferenceRelativeError}. Numbers are written
 * so they read back to the same bits; NaN and ±Infinity appear as the strings "NaN",
 * "Infinity" and "-Infinity". Written in a convention, a {@code convention} field comes first and
 * each matrix is laid out as the convention shows it: z, a and delta m × n_l (row i is example i) in a
 * row convention, weightGradient n_{l−1} × n_l where W is stored in × out.
 */
final class TraceJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private TraceJson() {
    }

    /** The trace with its matrices as the trace keeps them, examples as columns. */
    static void write(Trace trace, Writer out) throws IOException {
        write(trace, Convention.DELTASCOPE, false, out);
    }

    /** The trace with its matrices laid out as {@code convention} shows them, after the convention's name. */
    static void write(Trace trace, Convention convention, Writer out) throws IOException {
        write(trace, convention, true, out);
    }

    private static void write(Trace trace, Convention convention, boolean named, Writer out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(JsonLayout.prettyPrinter());
            generator.writeStartObject();
            if (named) {
                generator.writeStringField("convention", convention.name().orElse(convention.summary()));
            }
            generator.writeFieldName("loss");
            JsonLayout.writeNumber(generator, trace.forward().cost());
            generator.writeArrayFieldStart("layers");
            Gradients gradients = trace.gradients();
            for (int l = 1; l <= trace.network().depth(); l++) {
                generator.writeStartObject();
                generator.writeFieldName("z");
                JsonLayout.writeMatrix(generator, convention.perExample(trace.forward().z(l)));
                generator.writeFieldName("a");
                JsonLayout.writeMatrix(generator, convention.perExample(trace.forward().a(l)));
                generator.writeFieldName("delta");
                JsonLayout.writeMatrix(generator, convention.perExample(gradients.delta(l)));
                generator.writeFieldName("weightGradient");
                JsonLayout.writeMatrix(generator, convention.stored(gradients.weightGradient(l)));
                generator.writeFieldName("biasGradient");
                JsonLayout.writeRow(generator, gradients.biasGradient(l).column(0));
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeObjectFieldStart("checks");
            generator.writeFieldName("maxViewDisagreement");
            JsonLayout.writeNumber(generator, trace.maxViewDisagreement());
            generator.writeFieldName("maxFiniteDifferenceRelativeError");
            JsonLayout.writeNumber(generator, trace.check().maxRelativeError());
            GradientCheck check = trace.check();
            generator.writeObjectFieldStart("finiteDifferenceSample");
            generator.writeNumberField("parameters", check.parameters().size());
            generator.writeNumberField("ofParameters", check.totalParameters());
            generator.writeNumberField("examples", check.examples());
            generator.writeNumberField("ofExamples", check.totalExamples());
            generator.writeEndObject();
            generator.writeObjectFieldStart("finiteDifferenceNotJudged");
            generator.writeNumberField("kink", check.notJudged().getOrDefault(ParameterCheck.Verdict.KINK, 0));
            generator.writeNumberField("overflow", check.notJudged().getOrDefault(ParameterCheck.Verdict.OVERFLOW, 0));
            generator.writeNumberField("precisionLost",
                    check.notJudged().getOrDefault(ParameterCheck.Verdict.PRECISION_LOST, 0));
            generator.writeEndObject();
            generator.writeEndObject();
            generator.writeEndObject();
        }
        out.write('\n');
    }
}
