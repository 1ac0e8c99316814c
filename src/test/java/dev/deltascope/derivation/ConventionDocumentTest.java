package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.external.Pdflatex;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LaTeX article of a derivation compiles with pdflatex in every named convention. */
class ConventionDocumentTest {

    @TempDir
    Path folder;

    @Test
    void theWholeDerivationCompilesInEveryNamedConvention() throws Exception {
        List<Network> networks = List.of(Presets.MINI_BATCH.load(), Presets.SOFTMAX.load(),
                TestNetworks.variety().get("softmax hidden, sigmoid cross-entropy, batch of 3"));
        for (Convention.Named named : Convention.NAMED) {
            for (Network network : networks) {
                Derivation derivation = DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT,
                        named.convention());
                String document = LatexDocument.article(derivation, 0, derivation.steps().size() - 1);
                assertTrue(document.contains("Notation:"), document);
                Path tex = folder.resolve("derivation.tex");
                Files.writeString(tex, document, StandardCharsets.UTF_8);
                Pdflatex.Result result = Pdflatex.compile(tex);
                String where = named.name() + ", " + network.title();
                assertEquals(0, result.exitCode(), where + ": pdflatex failed:\n" + result.tail());
                assertTrue(Files.size(result.pdf()) > 1000, where + ": no PDF written");
                Files.delete(result.pdf());
            }
        }
    }
}
