package dev.deltascope.code;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of code Deltascope exports: a NumPy script, a PyTorch script and a Jupyter notebook of the
 * NumPy derivation. Each has one file name, written into the folder the user picks.
 */
public enum CodeFormat {
    /** derivation_numpy.py: the derivation step by step, the backward pass three ways, finite differences. */
    NUMPY("numpy", "derivation_numpy.py", "NumPy script"),
    /** derivation_torch.py: the network as torch.nn.Linear layers, autograd's δ and gradients, one SGD step. */
    PYTORCH("pytorch", "derivation_torch.py", "PyTorch script"),
    /** derivation.ipynb: the NumPy derivation as notebook cells, each step's formula above its code. */
    NOTEBOOK("notebook", "derivation.ipynb", "Jupyter notebook");

    private final String formatName;
    private final String fileName;
    private final String displayName;

    CodeFormat(String formatName, String fileName, String displayName) {
        this.formatName = formatName;
        this.fileName = fileName;
        this.displayName = displayName;
    }

    /** The name the command line uses: numpy, pytorch, notebook. */
    public String formatName() {
        return formatName;
    }

    /** The file written into the export folder. */
    public String fileName() {
        return fileName;
    }

    /** The name a menu or dialog shows. */
    public String displayName() {
        return displayName;
    }

    /** The file name's extension, without the dot: py or ipynb. */
    public String extension() {
        return fileName.substring(fileName.lastIndexOf('.') + 1);
    }

    /**
     * Whether the code keeps each example as a column, as the window does (Nielsen: z = W a + b, a batch is
     * n × m), rather than as a row (PyTorch's own layout: z = a Wᵀ + b, a batch is m × n). The one place
     * the layout of exported code is chosen.
     */
    public boolean examplesAsColumns() {
        return this != PYTORCH;
    }

    /** The format with this command-line name (any case), if there is one. */
    public static Optional<CodeFormat> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (CodeFormat format : values()) {
            if (format.formatName.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** numpy, pytorch, notebook: the command-line names in order. */
    public static List<String> formatNames() {
        return List.of(NUMPY.formatName, PYTORCH.formatName, NOTEBOOK.formatName);
    }
}
