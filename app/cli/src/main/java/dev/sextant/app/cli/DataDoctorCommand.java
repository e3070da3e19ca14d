package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.data.db.Backup;
import dev.sextant.data.db.DatabaseFiles;
import dev.sextant.data.db.DoctorReport;
import dev.sextant.data.db.StoreDoctor;
import dev.sextant.data.db.StoreSalvage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the database without changing it: it opens, its schema matches this version, every row "
                + "can be read. Says what to do when it is damaged.",
                "Exits 0 when it is healthy (or there is none yet), 1 when it is damaged."})
final class DataDoctorCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Option(names = "--export", paramLabel = "DIR",
            description = "Copy what H2 can still read into a new data directory DIR (the database is not changed).")
    Path export;

    record BackupRow(String file, String made, String kind) {
    }

    record Report(String file, String verdict, String reason, long sizeBytes, Map<String, Long> tableRows,
                  int pendingMigrations, List<BackupRow> backups, String exportedTo) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseFiles files = HomeFiles.of(spec);
        DoctorReport report = StoreDoctor.examine(files);
        if (!json.toStdout()) {
            report.lines().forEach(out::println);
        }
        String exportedTo = null;
        if (export != null) {
            StoreSalvage.Result result = salvage(files);
            exportedTo = result.newHome().toString();
            if (!json.toStdout()) {
                out.printf("Exported what H2 could read (%d tables) into %s; check it with ./sextant --home %s data doctor%n",
                        result.tables(), result.newHome(), result.newHome());
            }
        }
        json.write(new Report(report.file().toString(), report.verdict().name().toLowerCase(Locale.ROOT),
                report.reason().orElse(null), report.sizeBytes(), report.tableRows(), report.pendingMigrations(),
                report.backups().stream().map(DataDoctorCommand::row).toList(), exportedTo), out);
        out.flush();
        return report.verdict() == DoctorReport.Verdict.DAMAGED ? 1 : 0;
    }


    private StoreSalvage.Result salvage(DatabaseFiles files) {
        try {
            return StoreSalvage.export(files, export.toAbsolutePath());
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static BackupRow row(Backup b) {
        return new BackupRow(b.file().toString(), b.made().toString(), b.kind().label());
    }
}
