package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.market.imports.FileOutcome;
import dev.sextant.engine.market.imports.ImportOptions;
import dev.sextant.engine.market.imports.ImportReport;
import dev.sextant.engine.job.Cancellation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import CSV / CSV.gz / Stooq .txt bar files and folders.",
                "Each file is one transaction: a file with a malformed row is rejected whole (file:line: reason),",
                "the other files are imported, and the command exits 1. Re-importing the same file changes nothing."})
final class DataImportCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
    List<Path> paths;

    @Option(names = "--skip-bad-rows", description = "Import the good rows of a file and list the skipped ones.")
    boolean skipBadRows;

    @Option(names = "--universe", paramLabel = "NAME",
            description = "Also record the imported symbols in this named universe ('all' is every instrument).")
    String universe;

    @Option(names = {"--tz", "--zone"}, paramLabel = "ZONE", defaultValue = "America/New_York",
            description = "Time zone of intraday timestamps written without a zone or offset (default: exchange time,"
                    + " ${DEFAULT-VALUE}). Epoch stamps and stamps with an offset are UTC instants and ignore it.")
    ZoneId zone;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            ImportOptions options = new ImportOptions(zone, skipBadRows, universe, false);
            ImportReport report = ctx.data().importFiles(paths, options, TerminalProgress.onStderr(), Cancellation.NEVER);
            if (!json.toStdout()) {
                print(report, out, spec.commandLine().getErr());
            }
            json.write(report, out);
            return report.rejected().isEmpty() ? 0 : 1;
        }
    }


    private static void print(ImportReport report, PrintWriter out, PrintWriter err) {
        for (FileOutcome file : report.files()) {
            if (file.layout() != null) {
                out.println(file.file() + ": layout " + file.layout());
            }
            file.skipped().forEach(row -> out.println("skipped " + file.file() + ":" + row.line() + ": " + row.reason()));
        }
        long added = report.files().stream().flatMap(f -> f.series().stream()).mapToLong(s -> s.added()).sum();
        long changed = report.files().stream().flatMap(f -> f.series().stream()).mapToLong(s -> s.changed()).sum();
        out.printf("imported %d of %d files: %,d bars read, %,d new, %,d changed, %,d unchanged in %.1f s (%,.0f bars/s)%n",
                report.files().size() - report.rejected().size(), report.files().size(), report.barsRead(),
                added, changed, report.barsRead() - added - changed, report.elapsedNanos() / 1e9,
                report.barsPerSecond());
        out.flush();
        for (FileOutcome file : report.rejected()) {
            err.println("rejected " + file.error());
        }
        err.flush();
    }
}
