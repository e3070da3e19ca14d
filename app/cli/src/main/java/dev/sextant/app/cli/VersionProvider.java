package dev.sextant.app.cli;

import dev.sextant.engine.EngineVersion;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Sextant " + EngineVersion.get(), "Java " + Runtime.version()};
    }
}
