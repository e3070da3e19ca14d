package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.engine.walkforward.SavedWalkForward;
import dev.sextant.engine.walkforward.WalkForwardMaps;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Saved walk-forward runs, newest first.")
final class WalkForwardListCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<SavedWalkForward> runs = ctx.walkForwards().list();
            json.write(runs.stream().map(WalkForwardListCommand::document).toList(), out);
            if (json.toStdout()) {
                return 0;
            }
            if (runs.isEmpty()) {
                out.println("no saved walk-forward runs (./sextant walkforward --help)");
                out.flush();
                return 0;
            }
            Table table = new Table("id", "name", "strategy", "finished", "OOS CAGR", "OOS sharpe", "WFE", "DSR", "PBO");
            for (SavedWalkForward r : runs) {
                SavedWalkForward.Summary s = r.summary();
                table.add(String.valueOf(r.id()), r.name(), r.strategyId(), r.finishedAt().toString(),
                        num(s.oosCagr()), num(s.oosSharpe()),
                        num(s.wfe().value()), num(s.dsr().value()), num(s.pbo().value()));
            }
            table.print(out);
        }
        return 0;
    }

    private static Map<String, Object> document(SavedWalkForward r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("strategy", r.strategyId());
        m.put("finished_at", r.finishedAt().toString());
        m.put("summary", WalkForwardMaps.document(r.summary()));
        return m;
    }

    private static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}
