package dev.deltascope.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the real pdflatex on a document, without shell escape, as CI does. */
final class Pdflatex {

    /** What a run produced: its exit code and its log. */
    record Result(int exitCode, String log, Path pdf) {

        boolean succeeded() {
            return exitCode == 0 && Files.isRegularFile(pdf);
        }
    }

    private Pdflatex() {
    }

    static Result compile(Path tex) throws IOException, InterruptedException {
        Path folder = tex.toAbsolutePath().getParent();
        Path output = folder.resolve("pdflatex-output.txt");
        Process process = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                "-no-shell-escape", tex.getFileName().toString())
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pdflatex took over 180 s on " + tex);
        }
        String name = tex.getFileName().toString().replaceFirst("\\.tex$", "");
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.ISO_8859_1),
                folder.resolve(name + ".pdf"));
    }
}
