package dev.deltascope.code;

import java.util.List;
import java.util.Objects;

/**
 * One part of an exported derivation: a heading (for a step, its number and title as the window shows them),
 * the step's formulas as Markdown paragraphs with LaTeX displays (empty for parts that are not steps) and the
 * Python code.
 *
 * @param heading one line, e.g. "Step 7: Backward: δ¹ from δ²"
 * @param formulas Markdown paragraphs, each holding a {@code $$…$$} display; the notebook shows them above the code
 * @param code Python source, ending with a newline
 */
record CodeSection(String heading, List<String> formulas, String code) {

    CodeSection {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(code, "code");
        formulas = List.copyOf(formulas);
    }

    /** A part that is not a step of the derivation. */
    static CodeSection plain(String heading, String code) {
        return new CodeSection(heading, List.of(), code);
    }
}
