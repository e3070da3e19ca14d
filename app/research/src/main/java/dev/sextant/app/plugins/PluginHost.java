package dev.sextant.app.plugins;

import dev.sextant.app.api.PluginContext;
import dev.sextant.engine.spi.Signal;
import dev.sextant.engine.spi.IndicatorProvider;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.PluginDescriptor;
import dev.sextant.engine.spi.SextantApi;
import dev.sextant.engine.spi.StrategyProvider;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins of one workstation start: found by {@link PluginDiscovery}, checked (unique id,
 * supported API version, enabled in the settings), registered, and their contributions guarded so
 * that a plugin that throws is reported and disabled while the workstation keeps working. Every
 * plugin that was found gets a {@link PluginStatus}, also those that failed.
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

    private final Map<String, PluginStatus> statuses = new LinkedHashMap<>();
    private final Contributions contributions = new Contributions();
    private final PluginFailures failures;

    private PluginHost(PluginStateStore store) {
        this.failures = new PluginFailures(store, this::markDisabled);
    }

    /** Discovers and registers the bundled plugins and those in {@code pluginFolder}. */
    public static PluginHost start(Path pluginFolder, ClassLoader appLoader, PluginStateStore store, Contexts contexts) {
        PluginHost host = new PluginHost(store);
        PluginDiscovery.Result found = PluginDiscovery.discover(appLoader, pluginFolder);
        for (LoadFailure f : found.failures()) {
            host.report(PluginStatus.unloadable(f));
        }
        Set<String> ids = new HashSet<>();
        for (LoadedPlugin p : found.loaded()) {
            PluginDescriptor d = p.descriptor();
            if (!ids.add(d.id())) {
                String first = host.statuses.get(d.id()).source();
                host.report(PluginStatus.of(d, p.source(), PluginState.FAILED, "plugin id already used by " + first),
                        p.source() + ":" + d.id());
            } else if (!SextantApi.supports(d.apiVersion())) {
                host.report(PluginStatus.of(d, p.source(), PluginState.INCOMPATIBLE, "built for API " + d.apiVersion()
                        + ", this workstation has API " + SextantApi.VERSION + " (needs the same major version)"));
            } else if (!d.id().equals(CORE_ID) && !store.isEnabled(d.id())) {
                host.statuses.put(d.id(), PluginStatus.of(d, p.source(), PluginState.DISABLED,
                        store.failure(d.id()).orElse("disabled by the user")));
            } else {
                host.register(p, contexts);
            }
        }
        return host;
    }

    private void register(LoadedPlugin p, Contexts contexts) {
        PluginDescriptor d = p.descriptor();
        try {
            CollectingRegistrar r = new CollectingRegistrar();
            p.plugin().register(r, contexts.create(d, p.loader()));
            boolean core = d.id().equals(CORE_ID);
            contributions.add(d.id(),
                    r.strategies.stream().map(s -> core ? s : GuardedStrategy.of(d.id(), s, failures)).toList(),
                    r.indicators.stream().map(i -> core ? i : (IndicatorProvider) new GuardedIndicator(d.id(), i, failures)).toList(),
                    r.marketData.stream().map(m -> core ? m : (MarketDataProvider) new GuardedMarketDataProvider(d.id(), m, failures)).toList(),
                    r.signalSinks.stream().map(s -> new GuardedSignalSink(d.id(), s, failures)).toList(),
                    r.commands.stream().map(c -> new ContributedCommand(d.id(), c, failures)).toList(),
                    r.panels.stream().map(panel -> ContributedPanel.of(d.id(), panel, failures, core)).toList());
            statuses.put(d.id(), PluginStatus.of(d, p.source(), PluginState.ACTIVE, ""));
        } catch (RuntimeException | LinkageError e) {
            report(PluginStatus.of(d, p.source(), PluginState.FAILED, "cannot register: " + Problems.describe(e)));
        }
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
