package dev.deltascope.view.editor;

import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;

/**
 * The editor's preset drop-down. Choosing a preset hands it to {@code chosen}; the box always
 * names the preset the network is now, or shows its prompt when the network is no preset (edited,
 * opened from a file), so undoing a preset load gives back the label shown before it.
 */
public final class PresetBox extends ComboBox<Preset> {

    private final Map<Preset, Network> networks = new LinkedHashMap<>();
    private boolean following;

    public PresetBox(ObservableValue<Network> network, Consumer<Preset> chosen) {
        getItems().setAll(Presets.all());
        setPromptText("Load a preset…");
        setId("preset");
        setAccessibleText("Preset");
        setMaxWidth(Double.MAX_VALUE);
        setOnAction(event -> {
            Preset preset = getValue();
            if (!following && preset != null) {
                chosen.accept(preset);
                follow(network.getValue());
            }
        });
        network.addListener((observable, before, after) -> follow(after));
        follow(network.getValue());
    }

    /** Names the preset equal to {@code network}, or none. */
    private void follow(Network network) {
        Preset named = null;
        for (Preset preset : getItems()) {
            if (network != null && network.equals(networkOf(preset))) {
                named = preset;
                break;
            }
        }
        if (Objects.equals(named, getValue())) {
            return;
        }
        following = true;
        try {
            setValue(named);
        } finally {
            following = false;
        }
    }

    /** The preset's network, read once; null if it cannot be read (then it names nothing). */
    private Network networkOf(Preset preset) {
        return networks.computeIfAbsent(preset, unread -> {
            try {
                return unread.load();
            } catch (RuntimeException unreadable) {
                return null;
            }
        });
    }
}
