package dev.sextant.app.cli;

import dev.sextant.plugin.testkit.PluginJar;
import java.nio.file.Path;
import java.util.Map;

/** Third-party plugins for the tests, as source, each built into its own jar in a plugin folder. */
final class FixturePlugins {

    private FixturePlugins() {
    }

    private static final String IMPORTS = """
            import dev.sextant.app.api.*;
            import dev.sextant.engine.market.PriceColumns;
            import dev.sextant.engine.spi.Signal;
            import dev.sextant.engine.spi.*;
            import java.time.LocalDate;
            import java.util.List;
            """;

    /** A strategy with the given id and body of {@code computeSignals}. */
    private static String strategy(String className, String id, String body) {
        return """
                public static final class %s implements StrategyProvider {
                    public String id() { return "%s"; }
                    public String version() { return "1"; }
                    public String description() { return "test strategy %s"; }
                    public ParamSpace paramSpace() { return ParamSpace.of(ParamSpec.ofInt("from", 1, 100, 5, "first entry bar")); }
                    public SignalColumns computeSignals(PriceColumns bars, Params params) { %s }
                }
                """.formatted(className, id, id, body);
    }

    private static final String ALWAYS_IN = """
            SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), bars.size());
            b.firstTradable = params.getInt("from");
            for (int i = b.firstTradable; i < bars.size(); i++) { b.entry[i] = true; }
            return b.build();
            """;

    /**
     * {@code jar-demo} 2.3.4: strategy {@code always-in}; a signal sink writing the last scan to its
     * setting {@code last-scan}; command {@code notes [TEXT...]} adding to or listing its own table.
     */
    static Path demo(Path folder) {
        String source = "package fixture.demo;\n" + IMPORTS + """
                import java.sql.*;
                import java.util.concurrent.Callable;
                import picocli.CommandLine.Command;
                import picocli.CommandLine.Parameters;

                public final class DemoPlugin implements SextantPlugin {
                    public PluginDescriptor descriptor() { return PluginDescriptor.of("jar-demo", "Jar demo", "2.3.4"); }

                    public void register(PluginRegistrar registrar, PluginContext context) {
                        context.database().migrate();
                        registrar.strategy(new AlwaysIn());
                        registrar.signalSink(new LastScan(context));
                        registrar.command(new CommandProvider() {
                            public String name() { return "notes"; }
                            public Object newCommand() { return new Notes(context); }
                        });
                    }
                """ + strategy("AlwaysIn", "always-in", ALWAYS_IN) + """
                    public static final class LastScan implements SignalSink {
                        private final PluginContext context;
                        LastScan(PluginContext context) { this.context = context; }
                        public String id() { return "last-scan"; }
                        public void signalsSaved(String strategyId, LocalDate date, List<Signal> signals) {
                            context.settings().set("last-scan", strategyId + " " + date + " " + signals.size());
                        }
                    }

                    @Command(name = "notes", mixinStandardHelpOptions = true, description = "Add a note, or list them")
                    public static final class Notes implements Callable<Integer> {
                        private final PluginContext context;
                        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
                        @Parameters(arity = "0..*") List<String> words;
                        Notes(PluginContext context) { this.context = context; }
                        public Integer call() {
                            if (words != null && words.equals(List.of("fail"))) {
                                throw new IllegalStateException("notes failed on purpose");
                            }
                            List<String> lines = context.database().inTransaction(c -> {
                                if (words != null) {
                                    try (PreparedStatement p = c.prepareStatement("INSERT INTO note(text) VALUES (?)")) {
                                        p.setString(1, String.join(" ", words));
                                        p.executeUpdate();
                                    }
                                }
                                List<String> out = new java.util.ArrayList<>();
                                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, text FROM note ORDER BY id")) {
                                    while (r.next()) { out.add(r.getInt(1) + ": " + r.getString(2)); }
                                }
                                return out;
                            });
                            lines.forEach(spec.commandLine().getOut()::println);
                            spec.commandLine().getOut().flush();
                            return 0;
                        }
                    }
                }
                """;
        return PluginJar.build(folder, "demo.jar", "fixture.demo.DemoPlugin", Map.of("fixture.demo.DemoPlugin", source),
                Map.of("db/plugin/jar-demo/V1__notes.sql",
                        "CREATE TABLE note (id INT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(200) NOT NULL);\n"));
    }

    /** {@code boom}: strategy {@code boom} whose computeSignals throws. */
    static Path throwingStrategy(Path folder) {
        return simple(folder, "boom", "registrar.strategy(new Boom());",
                strategy("Boom", "boom", "throw new IllegalStateException(\"no signals for \" + bars.symbol());"));
    }

    /** {@code leaky-sink}: a signal sink that throws. */
    static Path throwingSink(Path folder) {
        return simple(folder, "leaky-sink", "registrar.signalSink(new Leaky());", """
                public static final class Leaky implements SignalSink {
                    public String id() { return "leaky"; }
                    public void signalsSaved(String strategyId, LocalDate date, List<Signal> signals) {
                        throw new UnsupportedOperationException("mail server down");
                    }
                }
                """);
    }

    /** {@code flaky-feed}: a live bar stream {@code flaky} that cannot be opened. */
    static Path throwingStream(Path folder) {
        return simple(folder, "flaky-feed", "registrar.marketStream(new Feed());", """
                public static final class Feed implements MarketStreamFactory {
                    public String id() { return "flaky"; }
                    public String description() { return "a feed that cannot connect"; }
                    public MarketDataStream open() { throw new IllegalStateException("no route to the feed"); }
                }
                """);
    }

    /** {@code bad-register}: throws while registering (after registering a strategy that must not be used). */
    static Path throwingRegister(Path folder) {
        return simple(folder, "bad-register",
                "registrar.strategy(new Half()); throw new IllegalStateException(\"missing licence file\");",
                strategy("Half", "half-registered", ALWAYS_IN));
    }

    /** {@code future}: built for API 2.0. */
    static Path incompatible(Path folder) {
        String source = "package fixture.future;\n" + IMPORTS + """
                public final class FuturePlugin implements SextantPlugin {
                    public PluginDescriptor descriptor() { return new PluginDescriptor("future", "From the future", "9.0", "2.0"); }
                    public void register(PluginRegistrar registrar, PluginContext context) {
                        throw new AssertionError("an incompatible plugin must not be registered");
                    }
                }
                """;
        return PluginJar.build(folder, "future.jar", "fixture.future.FuturePlugin", Map.of("fixture.future.FuturePlugin", source), Map.of());
    }

    /** A plugin whose constructor throws. */
    static Path throwingConstructor(Path folder) {
        String source = "package fixture.ctor;\n" + IMPORTS + """
                public final class CtorPlugin implements SextantPlugin {
                    public CtorPlugin() { throw new IllegalStateException("cannot start"); }
                    public PluginDescriptor descriptor() { return PluginDescriptor.of("ctor", "Ctor", "1"); }
                    public void register(PluginRegistrar registrar, PluginContext context) { }
                }
                """;
        return PluginJar.build(folder, "ctor.jar", "fixture.ctor.CtorPlugin", Map.of("fixture.ctor.CtorPlugin", source), Map.of());
    }

    /** {@code clash}: registers a strategy with the id of a built-in one. */
    static Path clashingStrategy(Path folder) {
        return simple(folder, "clash", "registrar.strategy(new Clash());", strategy("Clash", "sma-cross", ALWAYS_IN));
    }

    /**
     * {@code sleepy}: hangs for 20 s while registering, deaf to interrupts, then registers strategy
     * {@code too-late} (which must never be used).
     */
    static Path hanging(Path folder) {
        return simple(folder, "sleepy", """
                long end = System.nanoTime() + 20_000_000_000L;
                while (System.nanoTime() < end) {
                    try { Thread.sleep(50); } catch (InterruptedException ignoredOnPurpose) { }
                }
                registrar.strategy(new TooLate());
                """, strategy("TooLate", "too-late", ALWAYS_IN));
    }

    /** {@code quitter}: calls {@code System.exit(3)} while registering. */
    static Path exiting(Path folder) {
        return simple(folder, "quitter", "System.exit(3);", "");
    }

    private static Path simple(Path folder, String id, String registration, String members) {
        String pkg = "fixture." + id.replace("-", "");
        String source = "package " + pkg + ";\n" + IMPORTS + """
                public final class P implements SextantPlugin {
                    public PluginDescriptor descriptor() { return PluginDescriptor.of("%s", "Plugin %s", "1.0"); }
                    public void register(PluginRegistrar registrar, PluginContext context) { %s }
                %s
                }
                """.formatted(id, id, registration, members);
        return PluginJar.build(folder, id + ".jar", pkg + ".P", Map.of(pkg + ".P", source), Map.of());
    }
}
