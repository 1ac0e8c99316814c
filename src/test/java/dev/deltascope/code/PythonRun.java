package dev.deltascope.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of a python3 on exported code: its exit code and everything it printed. */
record PythonRun(int exitCode, String output) {

    /** Runs {@code python arguments…} in folder, waiting at most ten minutes. */
    static PythonRun of(Path python, Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("python did not finish in ten minutes: " + command);
        }
        return new PythonRun(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Runs every script in one process (importing NumPy or PyTorch once), stopping at the first that fails. */
    static PythonRun scripts(Path python, Path folder, List<Path> scripts) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("-c", """
                import runpy, sys
                for script in sys.argv[1:]:
                    print("running", script, flush=True)
                    runpy.run_path(script, run_name="__main__")
                """));
        scripts.forEach(script -> arguments.add(script.toString()));
        return of(python, folder, arguments.toArray(String[]::new));
    }

    /** The last lines of the output, enough to show which check failed. */
    String tail() {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }
}
