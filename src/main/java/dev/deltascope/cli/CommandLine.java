package dev.deltascope.cli;

import dev.deltascope.file.NetworkFileException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the headless commands. Every problem a user can fix (a bad file, a bad option) is one
 * line on stderr, {@code deltascope <command>: <file>: <place>: <rule>}, and exit code
 * {@value #BAD_INPUT}; success is 0; an internal error is {@value #INTERNAL_ERROR}. Never a stack trace.
 */
public final class CommandLine {

    /** Exit code for bad input: a file that cannot be read or validated, or a bad option. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a failure that is not the user's: a bug. */
    public static final int INTERNAL_ERROR = 1;

    private CommandLine() {
    }

    /**
     * True when {@code args} ask for the window: none, or one network file to open in it (a name
     * ending in {@code .json}, or a file that exists) that is neither an option nor a command. Anything
     * else goes to {@link #run}, which explains a mistyped command.
     */
    public static boolean opensWindow(String[] args) {
        if (args.length != 1) {
            return args.length == 0;
        }
        String only = args[0];
        if (only.isEmpty() || only.startsWith("-") || isCommand(only)) {
            return false;
        }
        try {
            Path path = Path.of(only);
            return only.toLowerCase(Locale.ROOT).endsWith(".json") || Files.isRegularFile(path);
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }

    /**
     * The line to print instead of opening the window when there is no display to open it on
     * (Linux and other X11 or Wayland systems with neither DISPLAY nor WAYLAND_DISPLAY set, and no
     * headless Monocle glass asked for), or null when the window can open. It names the headless
     * commands, which need no display.
     */
    public static String noDisplay(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        if (!environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            return null;
        }
        String commands = Arrays.stream(DeltascopeCommand.class.getAnnotation(Command.class).subcommands())
                .map(command -> command.getAnnotation(Command.class).name())
                .filter(name -> !name.equals("help"))
                .collect(Collectors.joining(", "));
        return "deltascope: no display to open the window on (DISPLAY is not set); without one, use a command: "
                + commands + " (see deltascope --help)";
    }

    private static boolean isCommand(String word) {
        return Arrays.stream(DeltascopeCommand.class.getAnnotation(Command.class).subcommands())
                .anyMatch(command -> command.getAnnotation(Command.class).name().equals(word));
    }

    /** Runs {@code args} ({@code derive …}, {@code train …}, {@code --help}, …) and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        picocli.CommandLine commandLine = new picocli.CommandLine(new DeltascopeCommand())
                .setOut(outWriter)
                .setErr(errWriter)
                .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
                .setParameterExceptionHandler((problem, arguments) -> {
                    String name = problem.getCommandLine().getCommandSpec().qualifiedName();
                    errWriter.println(name + ": " + oneLine(problem.getMessage()) + suggestion(problem)
                            + " (see " + name + " --help)");
                    return BAD_INPUT;
                })
                .setExecutionExceptionHandler((problem, command, parseResult) -> {
                    String name = command.getCommandSpec().qualifiedName();
                    if (problem instanceof NetworkFileException || problem instanceof CommandFailure) {
                        errWriter.println(name + ": " + oneLine(problem.getMessage()));
                        return BAD_INPUT;
                    }
                    errWriter.println(name + ": internal error, please report it: " + oneLine(problem.getMessage()));
                    return INTERNAL_ERROR;
                });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            errWriter.println("deltascope" + (args.length > 0 && isCommand(args[0]) ? " " + args[0] : "") + ": "
                    + outOfMemory());
            return BAD_INPUT;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * The line for a network too large for this Java's heap: the heap it had and how to give it
     * more. Commands write only after they have computed everything, so nothing was written.
     */
    static String outOfMemory() {
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "out of memory: the network is too large for this Java's heap of " + heap + " MiB;"
                + " run java with a larger -Xmx (such as -Xmx2g), or use fewer examples or narrower layers;"
                + " nothing was written";
    }

    private static String suggestion(picocli.CommandLine.ParameterException problem) {
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        return "";
    }

    /** The text with every line break and other control character turned into a space. */
    static String oneLine(String text) {
        if (text == null) {
            return "no details";
        }
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        return line.toString().strip();
    }
}
