package dev.sextant.app.cli;

import dev.sextant.app.HomeStore;
import dev.sextant.app.SextantHome;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The database files of the home the global options choose, for the commands that work on the store itself (doctor,
 * backup, restore) and so must not open it the usual way: a damaged database refuses to open, and opening a new
 * home would create it without the sample market.
 */
final class HomeFiles {

    private HomeFiles() {
    }

    static HomeStore of(CommandSpec spec) {
        return HomeStore.of(SextantHome.resolve(Root.of(spec).home));
    }
}
