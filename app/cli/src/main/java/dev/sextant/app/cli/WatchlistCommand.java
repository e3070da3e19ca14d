package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.WatchlistService;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.watchlist.Watchlist;
import dev.sextant.engine.watchlist.WatchlistRow;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watchlist", mixinStandardHelpOptions = true,
        description = {"Named lists of symbols, the ones the workstation's Watchlist panel shows.",
                "show prints each symbol's last daily close, change from the previous close and volume."},
        subcommands = {WatchlistCommand.ListLists.class, WatchlistCommand.Show.class, WatchlistCommand.Create.class,
                WatchlistCommand.Add.class, WatchlistCommand.Remove.class, WatchlistCommand.Delete.class})
final class WatchlistCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the home, applies {@code action} to its watchlists, and prints and writes the list it returns. */
    private static int edit(picocli.CommandLine.Model.CommandSpec spec, JsonOutput json, String verb,
                            Function<WatchlistService, Watchlist> action) {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            Watchlist list = action.apply(ctx.watchlists());
            if (!json.toStdout()) {
                out.printf("watchlist %s %s: %d symbols%s%n", list.name(), verb, list.symbols().size(),
                        list.symbols().isEmpty() ? "" : " (" + String.join(" ", list.symbols()) + ")");
                out.flush();
            }
            json.write(document(list), out);
        }
        return 0;
    }

    /** The list and the symbols that {@code add} and {@code remove} take. */
    static final class ListAndSymbols {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SYMBOL")
        List<String> symbols;
    }

    private static Map<String, Object> document(Watchlist list) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", list.name());
        doc.put("symbols", list.symbols());
        return doc;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every watchlist with its symbol count.")
    static final class ListLists implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                List<Watchlist> lists = ctx.watchlists().lists();
                if (!json.toStdout()) {
                    Table table = new Table("name", "symbols", "first symbols");
                    lists.forEach(w -> table.add(w.name(), Integer.toString(w.symbols().size()),
                            String.join(" ", w.symbols().subList(0, Math.min(8, w.symbols().size())))));
                    table.print(out);
                }
                json.write(lists.stream().map(WatchlistCommand::document).toList(), out);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "A watchlist's symbols in order, each with its last daily close, change, change %% and volume.")
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                Watchlist list = ctx.watchlists().show(name);
                List<WatchlistRow> rows = ctx.watchlists().rows(list);
                if (!json.toStdout()) {
                    Table table = new Table("symbol", "date", "last", "change", "change %", "volume");
                    rows.forEach(r -> table.add(r.symbol(), r.hasBars() ? LocalDate.ofEpochDay(r.lastTime()).toString() : "no bars",
                            number("%.2f", r.last()), number("%.2f", r.change()), number("%.2f", r.changePct()),
                            number("%,.0f", r.volume())));
                    table.print(out);
                    out.printf("%s: %d symbols%n", list.name(), rows.size());
                    out.flush();
                }
                Map<String, Object> doc = document(list);
                List<Map<String, Object>> quotes = new ArrayList<>();
                for (WatchlistRow r : rows) {
                    Map<String, Object> q = new LinkedHashMap<>();
                    q.put("symbol", r.symbol());
                    q.put("timeframe", Timeframe.DAILY.code());
                    q.put("date", r.hasBars() ? LocalDate.ofEpochDay(r.lastTime()).toString() : null);
                    q.put("last", finite(r.last()));
                    q.put("change", finite(r.change()));
                    q.put("change_pct", finite(r.changePct()));
                    q.put("volume", finite(r.volume()));
                    quotes.add(q);
                }
                doc.put("rows", quotes);
                json.write(doc, out);
            }
            return 0;
        }

        private static String number(String format, double v) {
            return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v);
        }

        private static Double finite(double v) {
            return Double.isNaN(v) ? null : v;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a watchlist from the given symbols, or from a universe's members with --universe.")
    static final class Create implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "SYMBOL")
        List<String> symbols = new ArrayList<>();

        @Option(names = "--universe", paramLabel = "NAME", description = "Take the symbols from this universe ('all' = every stored instrument).")
        String universe;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            if (universe != null && !symbols.isEmpty()) {
                throw new UserError("give either SYMBOLs or --universe, not both");
            }
            return edit(spec, json, "created", s -> universe == null ? s.create(name, symbols) : s.saveUniverse(universe, name));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Append symbols to a watchlist (those it holds already stay where they are).")
    static final class Add implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        ListAndSymbols target;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            return edit(spec, json, "now", s -> s.add(target.name, target.symbols));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove symbols from a watchlist.")
    static final class Remove implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        ListAndSymbols target;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            return edit(spec, json, "now", s -> s.remove(target.name, target.symbols));
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a watchlist.")
    static final class Delete implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            return edit(spec, json, "deleted", s -> {
                Watchlist gone = s.show(name);
                s.delete(name);
                return gone;
            });
        }
    }
}
