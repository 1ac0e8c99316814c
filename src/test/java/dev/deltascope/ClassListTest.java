package dev.deltascope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The class list the dist build archives into the runtime and the .deb's post-install script into
 * the installed app's archive (src/main/resources/dev/deltascope/classes.list) names only classes that exist, its JDK and
 * JavaFX classes in modules the trimmed runtime holds, so the archives are whole and an upgrade or
 * a move of the app's own classes is noticed here rather than as a slower start.
 */
class ClassListTest {

    private static final Path LIST = Path.of("src/main/resources/dev/deltascope/classes.list");
    private static final String CLASS_PATH = "the class path";
    private static final Pattern OPENJFX_JAR = Pattern.compile("/org/openjfx/javafx-(\\w+)/");

    @Test
    void everyListedClassExistsInAModuleOfTheRuntime() throws IOException {
        Set<String> modules = distModules();
        List<String> problems = new ArrayList<>();
        List<String> classes = listedClasses();
        for (String name : classes) {
            try {
                Class<?> type = Class.forName(name.replace('/', '.'), false, ClassLoader.getSystemClassLoader());
                String module = moduleOf(type);
                if (!module.startsWith(CLASS_PATH) && !modules.contains(module)) {
                    problems.add(name + " is in " + module + ", which the runtime does not hold");
                }
            } catch (ClassNotFoundException | LinkageError missing) {
                problems.add(name + " does not exist (" + missing + ")");
            }
        }
        assertEquals(List.of(), problems, "remake src/main/resources/dev/deltascope/classes.list as its header says");
        assertTrue(classes.size() > 3000, "only " + classes.size() + " classes listed");
    }

    @Test
    void theListCoversTheWindowNotOnlyTheJdk() throws IOException {
        List<String> classes = listedClasses();
        for (String needed : List.of("javafx/scene/Scene", "javafx/scene/control/TableView",
                "com/sun/javafx/tk/quantum/QuantumToolkit", "javafx/scene/canvas/Canvas",
                "org/scilab/forge/jlatexmath/TeXFormula", "atlantafx/base/theme/PrimerLight")) {
            assertTrue(classes.contains(needed), needed + " is not listed");
        }
        assertTrue(classes.stream().filter(name -> name.startsWith("dev/deltascope/")).count() > 150,
                "the app's own classes are not listed");
        assertTrue(Files.readAllLines(LIST).stream().filter(line -> line.startsWith("@lambda-proxy dev/deltascope/")).count() > 100,
                "the app's lambdas are not listed");
    }

    private static List<String> listedClasses() throws IOException {
        return Files.readAllLines(LIST).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("@"))
                .map(line -> line.split(" ")[0])
                .toList();
    }

    private static String moduleOf(Class<?> type) {
        if (type.getModule().isNamed()) {
            return type.getModule().getName();
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        Matcher jar = OPENJFX_JAR.matcher(location == null ? "" : location.toString());
        return jar.find() ? "javafx." + jar.group(1) : CLASS_PATH + " (" + location + ")";
    }

    /** The dist profile's module list in pom.xml, with what those modules require. */
    private static Set<String> distModules() throws IOException {
        Matcher property = Pattern.compile("<dist\\.modules>([^<]+)</dist\\.modules>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(property.find(), "no dist.modules in pom.xml");
        Set<String> named = Set.of(property.group(1).split(","));
        Set<String> closure = new TreeSet<>(named);
        for (String module : named) {
            ModuleLayer.boot().findModule(module).ifPresent(found -> addRequired(found.getDescriptor(), closure));
        }
        closure.addAll(Set.of("javafx.base", "javafx.graphics"));
        return closure;
    }

    private static void addRequired(ModuleDescriptor descriptor, Set<String> closure) {
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            if (closure.add(requires.name())) {
                ModuleLayer.boot().findModule(requires.name())
                        .ifPresent(found -> addRequired(found.getDescriptor(), closure));
            }
        }
    }
}
