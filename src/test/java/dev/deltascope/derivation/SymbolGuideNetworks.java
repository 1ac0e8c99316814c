package dev.deltascope.derivation;

import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import java.util.LinkedHashMap;
import java.util.Map;

/** The networks the symbol guide is checked on: every preset, then the derivation tests' variety. */
public final class SymbolGuideNetworks {

    private SymbolGuideNetworks() {
    }

    /** Every preset (the softmax classifier and the mini-batch among them) and every network of {@link TestNetworks#variety()}. */
    public static Map<String, Network> all() {
        Map<String, Network> networks = new LinkedHashMap<>();
        for (Preset preset : Presets.all()) {
            networks.put("preset " + preset.id(), preset.load());
        }
        networks.putAll(TestNetworks.variety());
        return networks;
    }
}
