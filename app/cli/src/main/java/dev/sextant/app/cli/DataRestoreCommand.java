package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.data.db.DatabaseFiles;
import dev.sextant.data.db.StoreRestore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
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

    record Result(String restoredFrom, String database, String keptAside) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseFiles files = HomeFiles.of(spec);
        StoreRestore.Result restored = StoreRestore.restore(files, Optional.ofNullable(from), Clock.systemDefaultZone());
        Result result = new Result(restored.restoredFrom().toString(), files.file().toString(),
                restored.keptAside().map(Path::toString).orElse(null));
        if (!json.toStdout()) {
            out.printf("Restored %s into %s%n", result.restoredFrom(), result.database());
            restored.keptAside().ifPresent(p -> out.printf("The replaced file is kept at %s%n", p));
        }
        json.write(result, out);
        out.flush();
        return 0;
    }
}
