package dev.sextant.app.plugins;

import dev.sextant.engine.spi.Signal;
import dev.sextant.engine.spi.SignalSink;
import java.time.LocalDate;
import java.util.List;

/**
 * A plugin's signal sink. The scan it is told about is already saved, so a sink that throws does
 * not fail the scan: the failure is logged, the plugin disabled (see {@link PluginFailures}) and
 * the exception returned to the caller to report.
 */
final class GuardedSignalSink {

    private final String pluginId;
    private final SignalSink delegate;
    private final PluginFailures failures;

    GuardedSignalSink(String pluginId, SignalSink delegate, PluginFailures failures) {
        this.pluginId = pluginId;
        this.delegate = delegate;
        this.failures = failures;
    }

    /** Hands the signals over; returns the failure when the sink threw, else {@code null}. */
    PluginFailureException deliver(String strategyId, LocalDate date, List<Signal> signals) {
        try {
            delegate.signalsSaved(strategyId, date, List.copyOf(signals));
            return null;
        } catch (RuntimeException | LinkageError e) {
            return failures.failed(pluginId, "signal sink '" + delegate.id() + "'", e);
        }
    }
}
