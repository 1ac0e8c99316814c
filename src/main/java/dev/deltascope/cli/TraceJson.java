package dev.deltascope.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
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
 * "Infinity" and "-Infinity".
 */
final class TraceJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private TraceJson() {
    }

    static void write(Trace trace, Writer out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(JsonLayout.prettyPrinter());
            generator.writeStartObject();
            generator.writeFieldName("loss");
            JsonLayout.writeNumber(generator, trace.forward().cost());
            generator.writeArrayFieldStart("layers");
            Gradients gradients = trace.gradients();
            for (int l = 1; l <= trace.network().depth(); l++) {
                generator.writeStartObject();
                generator.writeFieldName("z");
                JsonLayout.writeMatrix(generator, trace.forward().z(l));
                generator.writeFieldName("a");
                JsonLayout.writeMatrix(generator, trace.forward().a(l));
                generator.writeFieldName("delta");
                JsonLayout.writeMatrix(generator, gradients.delta(l));
                generator.writeFieldName("weightGradient");
                JsonLayout.writeMatrix(generator, gradients.weightGradient(l));
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
