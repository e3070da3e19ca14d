package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.market.MembershipRepository.Listing;
import dev.sextant.engine.market.UniverseCsv;
import dev.sextant.engine.market.UniverseMember;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "universe", mixinStandardHelpOptions = true,
        description = {"Named universes: static symbol lists with optional membership dates.",
                "Bundled: sector-etfs, us-large-caps (stored on first use)."},
        subcommands = {UniverseCommand.ListUniverses.class, UniverseCommand.Show.class, UniverseCommand.Import.class})
final class UniverseCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Stored and bundled universes with their member counts.")
    static final class ListUniverses implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                List<Listing> rows = ctx.memberships().listings();
                if (!json.toStdout()) {
                    Table table = new Table("name", "members", "description");
                    rows.forEach(r -> table.add(r.name(), Integer.toString(r.members()), r.description()));
                    table.print(out);
                }
                json.write(rows, out);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Members of a universe with their dates; --on DATE lists only who was a member that day.")
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Only the members on this date.")
        LocalDate on;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                List<UniverseMember> members = ctx.memberships().memberships(name).stream()
                        .filter(m -> on == null || m.isMemberOn(on)).toList();
                if (!json.toStdout()) {
                    Table table = new Table("symbol", "from", "to", "sector");
                    members.forEach(m -> table.add(m.symbol(), m.from() == null ? "" : m.from().toString(),
                            m.to() == null ? "" : m.to().toString(), m.sector() == null ? "" : m.sector()));
                    table.print(out);
                    out.printf("%d members%s%n", members.size(), on == null ? "" : " on " + on);
                    out.flush();
                }
                json.write(members, out);
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Store a universe from a CSV file (replacing its members): one symbol per line,",
                    "or symbol,from,to with ISO dates (empty = unknown/open; 'to' is the last day of membership),",
                    "optionally followed by the member's sector (symbol,from,to,sector), read by a risk policy's sector limit."})
    static final class Import implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE.csv")
        Path file;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<UniverseMember> members = UniverseCsv.parse(file.toString(), read(file));
            try (AppContext ctx = Root.of(spec).open(out)) {
                ctx.memberships().replace(name, "imported from " + file.getFileName(), members);
            }
            long dated = members.stream().filter(m -> m.from() != null || m.to() != null).count();
            long withSector = members.stream().filter(m -> m.sector() != null).count();
            if (!json.toStdout()) {
                out.printf("universe %s: %d members (%d with membership dates, %d with a sector)%n", name, members.size(),
                        dated, withSector);
                out.flush();
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("universe", name);
            doc.put("members", members.size());
            doc.put("with_membership_dates", dated);
            doc.put("with_sector", withSector);
            json.write(doc, out);
            return 0;
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (NoSuchFileException e) {
                throw new UserError("no such file: " + file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
