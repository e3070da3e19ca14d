package dev.sextant.app.plugins;

import dev.sextant.app.api.MarketStreamFactory;
import dev.sextant.app.api.PluginContext;
import dev.sextant.engine.spi.Signal;
import dev.sextant.engine.spi.IndicatorProvider;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.PluginDescriptor;
import dev.sextant.engine.spi.SextantApi;
import dev.sextant.engine.spi.StrategyProvider;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins of one workstation start: found by {@link PluginDiscovery}, checked (unique id,
 * supported API version, enabled in the settings), registered, and their contributions guarded so
 * that a plugin that throws is reported and disabled while the workstation keeps working. Every
 * plugin that was found gets a {@link PluginStatus}, also those that failed.
 *
 * <p>User jars are opened only once the user enabled their content (by SHA-256), never in safe mode,
 * and each with a time limit and a marker file that names the jar should its code end the process.
 *
 * <p>The built-in strategies are the bundled plugin {@value #CORE_ID}: registered the same way, but
 * they cannot be disabled (the scanner's momentum ranking needs them) and their failures are bugs of
 * the workstation, so they are not guarded.
 */
public final class PluginHost {

    public static final String CORE_ID = "sextant-builtin";

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    /** Makes the context a plugin gets in {@code register}. */
    @FunctionalInterface
    public interface Contexts {
        PluginContext create(PluginDescriptor plugin, ClassLoader loader);
    }

    /** Says what the trusted-code decision means; shown wherever jars are listed or enabled. */
    public static final String TRUSTED_CODE_NOTICE = "Plugins run as trusted code, with the same access to your files,"
            + " network and data as Sextant itself: enable only jars from people you trust.";

    /** The file, in the plugin folder, that is present while a user jar's start-up code runs ({@link LoadingMarker}). */
    public static final String LOADING_MARKER = ".loading";

    private final Map<String, PluginStatus> statuses = new LinkedHashMap<>();
    private final Map<String, PluginJarFile> jarsByRowId = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final Contributions contributions = new Contributions();
    private final PluginStateStore store;
    private final PluginFailures failures;

    private PluginHost(PluginStateStore store) {
        this.store = store;
        this.failures = new PluginFailures(store, this::markDisabled);
    }

    /**
     * Discovers and registers the bundled plugins, then the user jars in {@code pluginFolder} that the
     * user enabled: each jar's code runs with a time limit and under a {@link LoadingMarker}, and a
     * marker left by the last process disables the jar it names first. In safe mode no jar is opened.
     */
    public static PluginHost start(Path pluginFolder, ClassLoader appLoader, PluginStateStore store, Contexts contexts,
                                   PluginPolicy policy) {
        PluginHost host = new PluginHost(store);
        LoadingMarker marker = new LoadingMarker(pluginFolder.resolve(LOADING_MARKER));
        host.disableJarThatEndedTheLastProcess(marker);
        PluginDiscovery.Result bundled = PluginDiscovery.bundled(appLoader);
        bundled.failures().forEach(f -> host.report(PluginStatus.unloadable(f)));
        for (LoadedPlugin p : bundled.loaded()) {
            if (host.admit(p)) {
                host.register(p, host.collect(p, contexts));
            }
        }
        TimedPluginCode timed = new TimedPluginCode(marker, policy.loadTimeout());
        for (Path path : PluginDiscovery.jars(pluginFolder)) {
            PluginJarFile jar;
            try {
                jar = PluginJarFile.of(path);
            } catch (UncheckedIOException e) {
                host.report(PluginStatus.unloadable(new LoadFailure(path.getFileName().toString(),
                        "not a readable file: " + Problems.describe(e.getCause()))));
                continue;
            }
            if (policy.safeMode()) {
                host.skip(jar);
            } else if (host.openable(jar)) {
                host.open(jar, appLoader, contexts, timed);
            }
        }
        return host;
    }

    private void disableJarThatEndedTheLastProcess(LoadingMarker marker) {
        marker.leftover().ifPresent(m -> {
            String reason = "the process ended while " + m.phase() + " (started " + m.startedAt()
                    + "): System.exit or a crash in the plugin";
            store.disableJar(m.sha256(), reason);
            marker.clear();
            String notice = "plugin jar " + m.jarFileName() + " ended the last start while " + m.phase()
                    + "; it is disabled now (./sextant plugins enable " + m.jarFileName() + " to try it again)";
            LOG.warn(notice);
            notices.add(notice);
        });
    }

    private void skip(PluginJarFile jar) {
        List<String> ids = store.idsFromJar(jar.fileName());
        String problem = "safe mode: user plugins are not loaded";
        if (ids.isEmpty()) {
            addJarRow(jar.fileName(), jar, PluginState.SKIPPED, problem);
        }
        for (String id : ids) {
            addJarRow(id, jar, PluginState.SKIPPED, problem);
        }
    }

    /** Whether the user enabled this jar's content; a row saying why not otherwise. */
    private boolean openable(PluginJarFile jar) {
        Optional<Boolean> enabled = store.jarEnabled(jar.sha256());
        if (enabled.isEmpty()) {
            addJarRow(jar.fileName(), jar, PluginState.NEW, "new or changed jar (sha256 " + jar.shortHash()
                    + "), not enabled: ./sextant plugins enable " + jar.fileName() + " loads it from the next start on");
            return false;
        }
        if (!enabled.get()) {
            addJarRow(jar.fileName(), jar, PluginState.DISABLED, store.jarFailure(jar.sha256()).orElse("disabled by the user"));
            return false;
        }
        return true;
    }

    private void addJarRow(String id, PluginJarFile jar, PluginState state, String problem) {
        statuses.put(id, PluginStatus.ofJar(id, jar, state, problem));
        jarsByRowId.put(id, jar);
    }

    private void open(PluginJarFile jar, ClassLoader appLoader, Contexts contexts, TimedPluginCode timed) {
        try {
            PluginDiscovery.Result found = timed.run(jar, "loading " + jar.fileName(),
                    () -> PluginDiscovery.jar(jar.path(), appLoader));
            found.failures().forEach(f -> report(PluginStatus.unloadable(f)));
            for (LoadedPlugin p : found.loaded()) {
                store.rememberJar(p.descriptor().id(), jar.fileName());
                if (admit(p)) {
                    register(p, timed.run(jar, "registering plugin " + p.descriptor().id(), () -> collect(p, contexts)));
                }
            }
        } catch (TimedPluginCode.TimedOut e) {
            store.disableJar(jar.sha256(), e.getMessage());
            addJarRow(jar.fileName(), jar, PluginState.DISABLED, e.getMessage());
            LOG.warn("plugin jar {} {}; it is disabled", jar.fileName(), e.getMessage());
        }
    }

    /** Whether a constructed plugin may be registered: a unique id, a supported API, enabled; a row saying why not otherwise. */
    private boolean admit(LoadedPlugin p) {
        PluginDescriptor d = p.descriptor();
        if (statuses.containsKey(d.id())) {
            String first = statuses.get(d.id()).source();
            report(PluginStatus.of(d, p.source(), PluginState.FAILED, "plugin id already used by " + first),
                    p.source() + ":" + d.id());
            return false;
        }
        if (!SextantApi.supports(d.apiVersion())) {
            report(PluginStatus.of(d, p.source(), PluginState.INCOMPATIBLE, "built for API " + d.apiVersion()
                    + ", this workstation has API " + SextantApi.VERSION + " (needs the same major version)"));
            return false;
        }
        if (!d.id().equals(CORE_ID) && !store.isEnabled(d.id())) {
            statuses.put(d.id(), PluginStatus.of(d, p.source(), PluginState.DISABLED,
                    store.failure(d.id()).orElse("disabled by the user")));
            return false;
        }
        return true;
    }

    /** What the plugin registers (this runs its code), or why it could not. */
    private Registration collect(LoadedPlugin p, Contexts contexts) {
        try {
            CollectingRegistrar r = new CollectingRegistrar();
            p.plugin().register(r, contexts.create(p.descriptor(), p.loader()));
            return new Registration(r, null);
        } catch (RuntimeException | LinkageError e) {
            return new Registration(null, "cannot register: " + Problems.describe(e));
        }
    }

    private record Registration(CollectingRegistrar registrar, String problem) {
    }

    private void register(LoadedPlugin p, Registration registration) {
        PluginDescriptor d = p.descriptor();
        if (registration.problem() != null) {
            report(PluginStatus.of(d, p.source(), PluginState.FAILED, registration.problem()));
            return;
        }
        CollectingRegistrar r = registration.registrar();
        try {
            boolean core = d.id().equals(CORE_ID);
            contributions.add(d.id(),
                    r.strategies.stream().map(s -> core ? s : GuardedStrategy.of(d.id(), s, failures)).toList(),
                    r.indicators.stream().map(i -> core ? i : (IndicatorProvider) new GuardedIndicator(d.id(), i, failures)).toList(),
                    r.marketData.stream().map(m -> core ? m : (MarketDataProvider) new GuardedMarketDataProvider(d.id(), m, failures)).toList(),
                    r.marketStreams.stream().map(m -> core ? m : (MarketStreamFactory) new GuardedMarketStreamFactory(d.id(), m, failures)).toList(),
                    r.signalSinks.stream().map(s -> new GuardedSignalSink(d.id(), s, failures)).toList(),
                    r.commands.stream().map(c -> new ContributedCommand(d.id(), c, failures)).toList(),
                    r.panels.stream().map(panel -> ContributedPanel.of(d.id(), panel, failures, core)).toList());
            statuses.put(d.id(), PluginStatus.of(d, p.source(), PluginState.ACTIVE, ""));
        } catch (RuntimeException | LinkageError e) {
            report(PluginStatus.of(d, p.source(), PluginState.FAILED, "cannot register: " + Problems.describe(e)));
        }
    }

    /**
     * Turns a plugin, or a user jar that was not opened (listed by its file name), on from the next start.
     *
     * @throws IllegalArgumentException for an id that {@link #statuses()} does not list as switchable
     */
    public void enable(String id) {
        PluginJarFile jar = jarsByRowId.get(requireSwitchable(id));
        if (jar != null) {
            store.enableJar(jar.sha256());
        }
        if (jar == null || !id.equals(jar.fileName())) {
            store.enable(id);
        }
    }

    /** Turns a plugin off from the next start; a jar listed by its file name is turned off as a whole. */
    public void disable(String id) {
        if (CORE_ID.equals(requireSwitchable(id))) {
            throw new IllegalArgumentException("the built-in strategies (" + id + ") cannot be disabled: the scanner needs them");
        }
        PluginJarFile jar = jarsByRowId.get(id);
        if (jar != null && id.equals(jar.fileName())) {
            store.disableJar(jar.sha256(), "disabled by the user");
        } else {
            store.disable(id);
        }
    }

    private String requireSwitchable(String id) {
        if (status(id).filter(PluginStatus::switchable).isEmpty()) {
            throw new IllegalArgumentException("no plugin '" + id + "' (known: " + String.join(", ",
                    statuses().stream().filter(PluginStatus::switchable).map(PluginStatus::id).toList()) + ")");
        }
        return id;
    }

    /** What this start has to tell the user once, e.g. that a jar which ended the last start is disabled now. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    private void report(PluginStatus status) {
        report(status, status.id());
    }

    private void report(PluginStatus status, String key) {
        LOG.warn("plugin {} ({}) is {}: {}", status.id(), status.source(), status.state().label(), status.problem());
        statuses.put(key, status);
    }

    private synchronized void markDisabled(String pluginId, String problem) {
        statuses.computeIfPresent(pluginId, (id, s) -> s.with(PluginState.DISABLED, problem));
    }

    /** Every plugin found, in the order found (bundled first, then the jars by file name). */
    public synchronized List<PluginStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    public Optional<PluginStatus> status(String id) {
        return statuses().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<StrategyProvider> strategies() {
        return List.copyOf(contributions.strategies);
    }

    public List<IndicatorProvider> indicators() {
        return List.copyOf(contributions.indicators);
    }

    public List<MarketDataProvider> marketDataProviders() {
        return List.copyOf(contributions.marketData);
    }

    /** The live bar streams the active plugins registered. */
    public List<MarketStreamFactory> marketStreams() {
        return List.copyOf(contributions.marketStreams);
    }

    /** The panels of active plugins, in the order registered. */
    public List<ContributedPanel> panels() {
        return List.copyOf(contributions.panels);
    }

    /** The commands of active plugins by name, sorted. */
    public Map<String, ContributedCommand> commands() {
        return new TreeMap<>(contributions.commands);
    }

    /**
     * Tells every signal sink about a saved scan.
     *
     * @return the failures of sinks that threw (their plugins are disabled now); the others got the signals
     */
    public List<PluginFailureException> publishSignals(String strategyId, LocalDate date, List<Signal> signals) {
        List<PluginFailureException> failed = new ArrayList<>();
        for (GuardedSignalSink sink : contributions.signalSinks) {
            PluginFailureException f = sink.deliver(strategyId, date, signals);
            if (f != null) {
                failed.add(f);
            }
        }
        return failed;
    }
}
