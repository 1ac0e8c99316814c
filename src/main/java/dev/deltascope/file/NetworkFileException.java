package dev.deltascope.file;

/**
 * A network file that cannot be read, parsed, validated or written. The message is one line
 * naming the file, the place and the rule, e.g.
 * {@code net.json: layers[2].size: must be between 1 and 1024, was 0}; for malformed JSON the
 * place is the line and column, e.g. {@code net.json: line 4, column 9: malformed JSON: ...}.
 */
public final class NetworkFileException extends RuntimeException {

    private final String source;
    private final String jsonPath;
    private final int line;
    private final int column;
    private final String problem;

    /** A problem at a JSON path ("" for the whole file). */
    public NetworkFileException(String source, String jsonPath, String problem) {
        this(source, jsonPath, 0, 0, problem);
    }

    /** A problem at a line and column (1-based) of the text, inside the given JSON path. */
    public NetworkFileException(String source, String jsonPath, int line, int column, String problem) {
        super(message(source, jsonPath, line, column, problem));
        this.source = source;
        this.jsonPath = jsonPath;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String message(String source, String jsonPath, int line, int column, String problem) {
        StringBuilder text = new StringBuilder(source).append(": ");
        if (line > 0) {
            text.append("line ").append(line).append(", column ").append(column).append(": ");
        } else if (!jsonPath.isEmpty()) {
            text.append(jsonPath).append(": ");
        }
        return text.append(problem).toString();
    }

    /** The file name (or resource name) as the caller gave it. */
    public String source() {
        return source;
    }

    /** Where in the document, like {@code layers[2].size}; "" for the file as a whole. */
    public String jsonPath() {
        return jsonPath;
    }

    /** The 1-based line of a syntax error; 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** The 1-based column of a syntax error; 0 when the problem is not tied to a line. */
    public int column() {
        return column;
    }

    /** The rule that was broken, without the file name and place. */
    public String problem() {
        return problem;
    }
}
