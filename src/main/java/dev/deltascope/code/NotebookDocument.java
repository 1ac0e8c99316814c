package dev.deltascope.code;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.file.JsonLayout;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * derivation.ipynb: the NumPy derivation as a Jupyter notebook (nbformat 4), a handout a student can run. Each
 * step is a Markdown cell with its title and formulas above a code cell with its code.
 */
final class NotebookDocument {

    private NotebookDocument() {
    }

    static String text(Derivation derivation) {
        NumpyDerivation numpy = new NumpyDerivation(derivation);
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.setPrettyPrinter(JsonLayout.prettyPrinter());
            json.writeStartObject();
            json.writeArrayFieldStart("cells");
            markdown(json, introduction(numpy.header(CodeFormat.NOTEBOOK.fileName())));
            for (CodeSection section : numpy.sections()) {
                List<String> paragraphs = new ArrayList<>();
                paragraphs.add("## " + section.heading());
                paragraphs.addAll(section.formulas());
                markdown(json, String.join("\n\n", paragraphs));
                code(json, section.code());
            }
            json.writeEndArray();
            json.writeObjectFieldStart("metadata");
            json.writeObjectFieldStart("kernelspec");
            json.writeStringField("display_name", "Python 3");
            json.writeStringField("language", "python");
            json.writeStringField("name", "python3");
            json.writeEndObject();
            json.writeObjectFieldStart("language_info");
            json.writeStringField("name", "python");
            json.writeEndObject();
            json.writeEndObject();
            json.writeNumberField("nbformat", 4);
            json.writeNumberField("nbformat_minor", 4);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /** The script's opening comment as Markdown: its first line a title, the rest paragraphs. */
    private static String introduction(String header) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String commentLine : header.split("\n")) {
            String line = commentLine.replaceFirst("^# ?", "");
            if (line.startsWith("Written by")) {
                continue;
            }
            if (line.isEmpty() || paragraphs.isEmpty() && paragraph.isEmpty()) {
                if (paragraphs.isEmpty() && paragraph.isEmpty()) {
                    paragraph.append("# ").append(line);
                }
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph.toString());
                }
                paragraph.setLength(0);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    private static void markdown(JsonGenerator json, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("cell_type", "markdown");
        json.writeObjectFieldStart("metadata");
        json.writeEndObject();
        source(json, text);
        json.writeEndObject();
    }

    private static void code(JsonGenerator json, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("cell_type", "code");
        json.writeNullField("execution_count");
        json.writeObjectFieldStart("metadata");
        json.writeEndObject();
        json.writeArrayFieldStart("outputs");
        json.writeEndArray();
        source(json, text.stripTrailing());
        json.writeEndObject();
    }

    /** The source as a list of lines, each but the last ending in a newline, as Jupyter writes it. */
    private static void source(JsonGenerator json, String text) throws IOException {
        json.writeArrayFieldStart("source");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            json.writeString(i < lines.length - 1 ? lines[i] + "\n" : lines[i]);
        }
        json.writeEndArray();
    }
}
