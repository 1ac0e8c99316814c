package dev.deltascope.cli;

import dev.deltascope.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code deltascope <version>}, the version the build wrote from the pom. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"deltascope " + Version.number()};
    }
}
