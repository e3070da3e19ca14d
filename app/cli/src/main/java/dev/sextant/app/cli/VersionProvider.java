package dev.sextant.app.cli;

import dev.sextant.engine.EngineInfo;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Sextant " + EngineInfo.build(), "Java " + Runtime.version()};
    }
}
