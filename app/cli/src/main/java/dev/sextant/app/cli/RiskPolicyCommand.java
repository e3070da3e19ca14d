package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.engine.rules.RiskPolicy;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "risk-policy", mixinStandardHelpOptions = true,
        description = {"Saved risk policies: named limits checked at every entry of a backtest, optimizer trial or",
                "walk-forward fold that names one with --risk-policy NAME. Fractions are of the equity at the signal",
                "close, in (0, 1]; a limit not given is off. See docs/user/rules-and-risk.md."},
        subcommands = {RiskPolicyCommand.ListPolicies.class, RiskPolicyCommand.Show.class, RiskPolicyCommand.Create.class,
                RiskPolicyCommand.Delete.class})
final class RiskPolicyCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Table table() {
        return new Table("name", "max gross", "max position", "max sector", "new per day", "daily loss stop", "drawdown stop");
    }

    private static void row(Table t, RiskPolicy p) {
        t.add(p.name(), text(p.maxGrossExposure()), text(p.maxPositionWeight()), text(p.maxSectorWeight()),
                p.maxNewPerDay() == 0 ? "-" : String.valueOf(p.maxNewPerDay()), text(p.dailyLossStop()), text(p.drawdownStop()));
    }

    private static String text(double limit) {
        return RiskPolicy.on(limit) ? BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString() : "-";
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every saved risk policy with its limits.")
    static final class ListPolicies implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                List<RiskPolicy> policies = ctx.research().rules().policies().list();
                if (!json.toStdout()) {
                    Table t = table();
                    policies.forEach(p -> row(t, p));
                    t.print(out);
                    out.printf("%d risk polic%s%n", policies.size(), policies.size() == 1 ? "y" : "ies");
                    out.flush();
                }
                json.write(policies.stream().map(RiskPolicy::asMap).toList(), out);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One risk policy's limits.")
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
                RiskPolicy p = ctx.research().rules().policies().find(name)
                        .orElseThrow(() -> new UserError("no risk policy named '" + name + "' (see ./sextant risk-policy list)"));
                if (!json.toStdout()) {
                    Table t = table();
                    row(t, p);
                    t.print(out);
                    out.flush();
                }
                json.write(p.asMap(), out);
            }
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Save a risk policy; at least one limit must be given.")
    static final class Create implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--max-gross", paramLabel = "F", description = "Most value held, as a fraction of equity (new orders are cut to fit).")
        Double maxGross;

        @Option(names = "--max-position", paramLabel = "F", description = "Largest new position, as a fraction of equity (cut to fit).")
        Double maxPosition;

        @Option(names = "--max-sector", paramLabel = "F",
                description = "Most value held in one sector, as a fraction of equity (cut to fit; needs sectors for the traded symbols).")
        Double maxSector;

        @Option(names = "--max-new-per-day", paramLabel = "N", description = "Most entries filled on one trading day.")
        Integer maxNewPerDay;

        @Option(names = "--daily-loss-stop", paramLabel = "F", description = "No entries after a close at which equity fell by F or more in one day.")
        Double dailyLossStop;

        @Option(names = "--drawdown-stop", paramLabel = "F", description = "No entries while equity is F or more below its highest close.")
        Double drawdownStop;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            if (maxNewPerDay != null && maxNewPerDay < 1) {
                throw new UserError("--max-new-per-day must be >= 1, got " + maxNewPerDay);
            }
            RiskPolicy p;
            try {
                p = new RiskPolicy(name, limit(maxGross), limit(maxPosition), limit(maxSector),
                        maxNewPerDay == null ? 0 : maxNewPerDay, limit(dailyLossStop), limit(drawdownStop));
            } catch (IllegalArgumentException e) {
                throw new UserError(flags(e.getMessage()));
            }
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                ctx.research().rules().policies().create(p);
                if (!json.toStdout()) {
                    out.printf("risk policy %s created%n", p.name());
                    out.flush();
                }
                json.write(p.asMap(), out);
            }
            return 0;
        }

        private static double limit(Double v) {
            return v == null ? Double.NaN : v;
        }

        /** Names the options in a validation message: {@code max gross exposure} → {@code --max-gross}. */
        private static String flags(String message) {
            return message.replace("max gross exposure", "--max-gross").replace("max position weight", "--max-position")
                    .replace("max sector weight", "--max-sector").replace("daily loss stop", "--daily-loss-stop")
                    .replace("drawdown stop", "--drawdown-stop").replace("sets no limit",
                            "sets no limit; give at least one of --max-gross, --max-position, --max-sector, --max-new-per-day,"
                                    + " --daily-loss-stop, --drawdown-stop");
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved risk policy (runs that used it keep their copy).")
    static final class Delete implements Callable<Integer> {
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
                ctx.research().rules().policies().delete(name);
                if (!json.toStdout()) {
                    out.printf("risk policy %s deleted%n", name);
                    out.flush();
                }
                json.write(java.util.Map.of("deleted", name), out);
            }
            return 0;
        }
    }
}
