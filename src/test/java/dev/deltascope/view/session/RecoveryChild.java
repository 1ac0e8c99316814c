package dev.deltascope.view.session;

import dev.deltascope.file.Presets;
import dev.deltascope.view.editor.NetworkEditorModel;
import java.nio.file.Path;

/** A stand-in for the app in a separate process: edits the network as a person would, then waits to be killed. */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        RecoveryStore recovery = new RecoveryStore(Path.of(args[0]));
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        editor.networkProperty().addListener((observable, old, network) -> recovery.schedule(network));
        editor.setBias(1, 0, 0.625);
        editor.setLearningRate(0.25);
        System.out.println("edited");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
