package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.HomeStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup back in place of the database: the latest in db/backups/, or --from FILE.",
                "The current database file is not deleted: it is moved into db/backups/ (sextant-<time>-replaced.mv.db)."})
final class DataRestoreCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Option(names = "--from", paramLabel = "FILE", description = "The backup (.zip) to restore; default: the latest.")
    Path from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HomeStore.Restored result = HomeFiles.of(spec).restore(Optional.ofNullable(from));
        if (!json.toStdout()) {
            out.printf("Restored %s into %s%n", result.restoredFrom(), result.database());
            if (result.keptAside() != null) {
                out.printf("The replaced file is kept at %s%n", result.keptAside());
            }
        }
        json.write(result, out);
        out.flush();
        return 0;
    }
}
