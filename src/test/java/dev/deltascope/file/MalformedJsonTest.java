package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedJsonTest {

    static Stream<Arguments> malformedTexts() {
        return Stream.of(
                Arguments.of("a trailing comma in an object",
                        "{\n  \"format\": \"deltascope-network\",\n  \"version\": 1,\n}", 4, 1,
                        "unexpected character ('}'): was expecting double-quote to start field name"),
                Arguments.of("a truncated file", "{\n  \"format\": \"deltascope-network\",\n  \"version\": 1", 3, 15,
                        "unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)"),
                Arguments.of("two documents in one file", "{\"format\": \"deltascope-network\"} {}", 1, 34,
                        "more content after the end of the document"),
                Arguments.of("a comment", "{\n  // a comment\n  \"format\": 1}", 2, 3,
                        "unexpected character ('/'): comments are not allowed in JSON"),
                Arguments.of("single quotes", "{'format': 1}", 1, 2,
                        "unexpected character ('''): was expecting double-quote to start field name"),
                Arguments.of("a missing colon", "{\"format\" \"x\"}", 1, 11,
                        "unexpected character ('\"'): was expecting a colon to separate field name and value"),
                Arguments.of("a trailing comma in an array", "{\"layers\": [1, 2,]}", 1, 18,
                        "unexpected character (']'): expected a JSON value"),
                Arguments.of("a plus sign on a number", "{\"input\": [+1]}", 1, 13,
                        "unexpected character ('+') in numeric value:"
                                + " JSON spec does not allow numbers to have plus signs"),
                Arguments.of("a raw tab inside a string", "{\"title\": \"a\tb\"}", 1, 13,
                        "illegal unquoted character (control character 9): has to be escaped using backslash to be"
                                + " included in string value"),
                Arguments.of("a number of 1200 digits", "{\"input\": [" + "1".repeat(1200) + "]}", 1, 1214,
                        "number value length (1200) exceeds the maximum allowed (1000)"),
                Arguments.of("a misspelled null", "{\"x\": nul}", 1, 10,
                        "unrecognized token 'nul': was expecting a JSON value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedTexts")
    void malformedJsonIsReportedWithLineAndColumn(String name, String json, int line, int column, String reason) {
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.parse(json, "net.json"));
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        assertEquals("net.json: line " + line + ", column " + column + ": malformed JSON: " + reason, e.getMessage());
    }
}
