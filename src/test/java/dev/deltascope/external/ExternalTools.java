package dev.deltascope.external;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the programs outside the JDK that some tests run (pdflatex with Beamer and pgf; lualatex; pdftotext;
 * python3 with NumPy or PyTorch). A test that needs a missing program is skipped with a message naming the Debian
 * package to install, unless external tools are required ({@code ./mvnw verify -Ddeltascope.requireExternalTools=true}, as
 * {@code .ci/run} runs it): then it fails with the same message.
 */
public final class ExternalTools {

    /** The system property that turns a missing program from a skip into a failure. */
    public static final String REQUIRE_PROPERTY = "deltascope.requireExternalTools";
    /** The system property naming a python3 to use before any other. */
    public static final String PYTHON_PROPERTY = "deltascope.python";

    private ExternalTools() {
    }

    /** Whether a missing program fails the test instead of skipping it. */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRE_PROPERTY, "false"));
    }

    /** pdflatex, for the LaTeX article; skips or fails naming texlive-latex-base and texlive-latex-recommended. */
    public static Path pdflatex() {
        return onPath("pdflatex").orElseGet(() -> missing("pdflatex is not on PATH",
                "texlive-latex-base texlive-latex-recommended"));
    }

    /** pdflatex with the Beamer class and pgf, for slide decks; names texlive-latex-recommended and texlive-pictures. */
    public static Path pdflatexWithBeamer() {
        Path pdflatex = pdflatex();
        for (String[] file : new String[][] {{"beamer.cls", "texlive-latex-recommended"},
            {"pgfcore.sty", "texlive-pictures"}}) {
            if (!texFileExists(pdflatex, file[0])) {
                missing("the LaTeX file " + file[0] + " is not installed", file[1]);
            }
        }
        return pdflatex;
    }

    /**
     * lualatex with luaotfload and fontspec, for documents whose titles hold letters pdflatex has no font for; skips or
     * fails naming texlive-luatex (the lualatex program alone, in texlive-latex-base, cannot load fontspec).
     */
    public static Path lualatex() {
        Path lualatex = onPath("lualatex").orElseGet(() -> missing("lualatex is not on PATH", "texlive-luatex"));
        if (!texFileExists(lualatex, "luaotfload.sty")) {
            missing("the LaTeX file luaotfload.sty is not installed", "texlive-luatex");
        }
        return lualatex;
    }

    /** pdftotext, to read a PDF's text as a reader's viewer extracts it; names poppler-utils. */
    public static Path pdftotext() {
        return onPath("pdftotext").orElseGet(() -> missing("pdftotext is not on PATH", "poppler-utils"));
    }

    /** A FIFO made at {@code path} by mkfifo (coreutils, on every Linux machine); fails the test when none is made. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        Assertions.assertEquals(0, mkfifo.waitFor(), "mkfifo (coreutils) made no FIFO at " + path);
        return path;
    }

    /**
     * A python3 that imports every one of {@code modules}: the one named by {@value #PYTHON_PROPERTY}, else
     * python3 on PATH, else /usr/bin/python3 (where Debian's python3-numpy and python3-torch install).
     */
    public static Path python(String... modules) {
        Set<Path> candidates = new LinkedHashSet<>();
        String chosen = System.getProperty(PYTHON_PROPERTY, "");
        if (!chosen.isBlank()) {
            candidates.add(Path.of(chosen));
        }
        onPath("python3").ifPresent(candidates::add);
        candidates.add(Path.of("/usr/bin/python3"));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate) && imports(candidate, modules)) {
                return candidate;
            }
        }
        List<String> packages = new ArrayList<>(List.of("python3"));
        for (String module : modules) {
            packages.add("python3-" + module);
        }
        return missing("no python3 imports " + String.join(", ", modules) + " (tried " + candidates + ")",
                String.join(" ", packages));
    }

    private static boolean imports(Path python, String... modules) {
        return modules.length == 0 || succeeds(120, python.toString(), "-c", "import " + String.join(", ", modules));
    }

    private static boolean texFileExists(Path pdflatex, String name) {
        Path kpsewhich = pdflatex.resolveSibling("kpsewhich");
        return Files.isExecutable(kpsewhich) && succeeds(60, kpsewhich.toString(), name);
    }

    /** Whether the command exits with 0 within the given seconds; its output is discarded. */
    private static boolean succeeds(int seconds, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Optional<Path> onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Skips the test, or fails it when external tools are required; never returns normally. */
    static <T> T missing(String what, String packages) {
        String message = what + "; install " + packages + " (Debian: apt-get install " + packages
                + ") to run this test";
        if (required()) {
            Assertions.fail(message + " [" + REQUIRE_PROPERTY + " is set, so this is a failure]");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }
}
