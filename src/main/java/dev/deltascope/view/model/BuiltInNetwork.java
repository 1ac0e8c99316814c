package dev.deltascope.view.model;

import dev.deltascope.model.Activation;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import java.util.Collections;
import java.util.List;

/** The network the window opens on while the preset files are not yet part of the build. */
public final class BuiltInNetwork {

    private BuiltInNetwork() {
    }

    /** 3-4-4-2, sigmoid everywhere, half squared error, η = 0.5, weights from seed 7. */
    public static Network create() {
        List<Activation> sigmoid = Collections.nCopies(3, Sigmoid.INSTANCE);
        return new Network("3-4-4-2 sigmoid", 3, Initialisation.layers(3, List.of(4, 4, 2), sigmoid, 7),
                HalfSquaredError.INSTANCE, Matrix.column(0.5, -0.2, 0.1), Matrix.column(1.0, 0.0), 0.5, 7);
    }
}
