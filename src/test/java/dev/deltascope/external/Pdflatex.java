package dev.deltascope.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the real pdflatex (or lualatex) on a document, without shell escape, as a teacher would; the one runner tests share. */
public final class Pdflatex {

    /** What a run produced: its exit code, its log and where its PDF would be. */
    public record Result(int exitCode, String log, Path pdf) {

        /** pdflatex exited 0 and wrote the PDF. */
        public boolean succeeded() {
            return exitCode == 0 && Files.isRegularFile(pdf);
        }

        /** The last 3,000 characters of the log, for a failure message. */
        public String tail() {
            return log.length() <= 3000 ? log : log.substring(log.length() - 3000);
        }
    }

    private Pdflatex() {
    }

    /** Compiles a plain document; the test is skipped (or fails, in CI) when pdflatex is missing. */
    public static Result compile(Path tex) throws IOException, InterruptedException {
        return run(ExternalTools.pdflatex(), tex);
    }

    /** Compiles a Beamer deck; also needs the Beamer class and pgf. */
    public static Result compileBeamer(Path tex) throws IOException, InterruptedException {
        return run(ExternalTools.pdflatexWithBeamer(), tex);
    }

    /**
     * Compiles a document (article or Beamer deck) with lualatex, which typesets the letters pdflatex has no font for;
     * needs texlive-luatex, and for a deck the Beamer class and pgf as well.
     */
    public static Result compileWithLualatex(Path tex) throws IOException, InterruptedException {
        ExternalTools.pdflatexWithBeamer();
        return run(ExternalTools.lualatex(), tex);
    }

    private static Result run(Path pdflatex, Path tex) throws IOException, InterruptedException {
        Path folder = tex.toAbsolutePath().getParent();
        Path output = folder.resolve("pdflatex-output.txt");
        Process process = new ProcessBuilder(pdflatex.toString(), "-interaction=nonstopmode", "-halt-on-error",
                "-no-shell-escape", tex.getFileName().toString())
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(pdflatex.getFileName() + " took over 180 s on " + tex);
        }
        String name = tex.getFileName().toString().replaceFirst("\\.tex$", "");
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.ISO_8859_1),
                folder.resolve(name + ".pdf"));
    }
}
