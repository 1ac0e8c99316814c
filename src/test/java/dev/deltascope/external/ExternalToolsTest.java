package dev.deltascope.external;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing program skips a test with the package to install, or fails it where external tools are required. */
class ExternalToolsTest {

    private String saved;

    @BeforeEach
    void remember() {
        saved = System.getProperty(ExternalTools.REQUIRE_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(ExternalTools.REQUIRE_PROPERTY);
        } else {
            System.setProperty(ExternalTools.REQUIRE_PROPERTY, saved);
        }
    }

    @Test
    void aMissingProgramSkipsTheTestNamingThePackage() {
        System.setProperty(ExternalTools.REQUIRE_PROPERTY, "false");

        TestAbortedException skip = assertThrows(TestAbortedException.class,
                () -> ExternalTools.missing("frobnicate is not on PATH", "frobnicate-tools"));

        assertTrue(skip.getMessage().contains("apt-get install frobnicate-tools"), skip.getMessage());
    }

    @Test
    void aMissingProgramFailsTheTestWhereExternalToolsAreRequired() {
        System.setProperty(ExternalTools.REQUIRE_PROPERTY, "true");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> ExternalTools.missing("frobnicate is not on PATH", "frobnicate-tools"));

        assertTrue(failure.getMessage().contains("frobnicate-tools"), failure.getMessage());
    }

    @Test
    void aPythonThatCannotImportAModuleIsNotChosen() {
        System.setProperty(ExternalTools.REQUIRE_PROPERTY, "false");

        TestAbortedException skip = assertThrows(TestAbortedException.class,
                () -> ExternalTools.python("deltascope_no_such_module"));

        assertTrue(skip.getMessage().contains("python3-deltascope_no_such_module"), skip.getMessage());
    }
}
