package dev.sextant.app.ui.regime;

import dev.sextant.app.research.report.RegimeMetric;
import dev.sextant.app.research.report.StrategyRegimeCells;
import dev.sextant.app.api.PanelContext;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.app.research.RegimeRun;
import dev.sextant.app.research.RegimeService;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.form.ValidatedField;
import java.util.List;
import java.util.Locale;
import dev.sextant.app.research.RegimeSplit;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and commands of the regime panel: the index, volatility index and breadth universe (empty =
 * the defaults of {@code ./sextant regime}), how many days the heatmap shows, and the model run as a
 * cancellable job that saves its days like the command does.
 */
public final class RegimeViewModel {

    public static final List<Integer> DAY_CHOICES = List.of(20, 60, 120, 250);
    static final String NO_UNIVERSE = "(no breadth)";

    private final ResearchServices services;
    private final PanelContext context;
    private final ValidatedField index;
    private final ValidatedField volatility;
    private final ObjectProperty<String> universe = new SimpleObjectProperty<>(this, "universe", NO_UNIVERSE);
    private final ObjectProperty<Integer> shownDays = new SimpleObjectProperty<>(this, "shownDays", 60);
    private final ReadOnlyObjectWrapper<RegimeRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ObjectProperty<RegimeMetric> metric = new SimpleObjectProperty<>(this, "metric", RegimeMetric.ANNUAL_RETURN);
    private final ObjectProperty<List<RegimeSplit>> splits = new SimpleObjectProperty<>(this, "splits", List.of());
    private final ReadOnlyObjectWrapper<StrategyRegimeCells> strategyCells = new ReadOnlyObjectWrapper<>(this, "strategyCells");
    private final ReadOnlyStringWrapper splitsStatus = new ReadOnlyStringWrapper(this, "splitsStatus", "");
    private final PanelJob job;
    private final ObservableList<String> universes = FXCollections.observableArrayList(NO_UNIVERSE);
    private java.util.Set<String> stored; // symbols with daily bars; null until read

    public RegimeViewModel(ResearchServices services, PanelContext context) {
        this.services = services;
        this.context = context;
        this.job = new PanelJob(context.tasks());
        this.index = new ValidatedField("Index", "", this::checkSymbol);
        this.volatility = new ValidatedField("Volatility", "",
                t -> "none".equalsIgnoreCase(t.trim()) ? "" : checkSymbol(t));
        strategyCells.bind(Bindings.createObjectBinding(() -> StrategyRegimeCells.of(splits.get(),
                metric.get() == null ? RegimeMetric.ANNUAL_RETURN : metric.get()), splits, metric));
        // the stored universes and symbols are read through the task runner, never on the FX thread
        context.tasks().submit("Read universes and stored symbols",
                (p, c) -> java.util.Map.entry(services.universes(), services.dailySymbols()), read -> {
                    universes.setAll(NO_UNIVERSE);
                    universes.addAll(read.getKey());
                    stored = read.getValue();
                    index.revalidate();
                    volatility.revalidate();
                }, error -> { });
    }

    private String checkSymbol(String text) {
        String symbol = text.trim();
        return symbol.isEmpty() || stored == null || stored.contains(symbol) ? "" : "no daily bars for " + symbol;
    }

    /** The index; empty = the setting regime.index, else SPY, else IDX.SX. */
    public ValidatedField index() {
        return index;
    }

    /** The volatility index or {@code none}; empty = the setting regime.vol, else the index's partner. */
    public ValidatedField volatility() {
        return volatility;
    }

    /** {@link #NO_UNIVERSE} and the stored universes; the latter once read (see the constructor). */
    public ObservableList<String> universes() {
        return FXCollections.unmodifiableObservableList(universes);
    }

    /** The breadth universe, {@link #NO_UNIVERSE} for none. */
    public ObjectProperty<String> universe() {
        return universe;
    }

    /** How many of the latest classified days the heatmap shows. */
    public ObjectProperty<Integer> shownDays() {
        return shownDays;
    }

    /** The latest run, null before the first one finished. */
    public ReadOnlyObjectProperty<RegimeRun> run() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return job.status();
    }

    public ReadOnlyBooleanProperty busy() {
        return job.busy();
    }

    public ReadOnlyDoubleProperty progress() {
        return job.progress();
    }

    /** What the strategy × regime heatmap shows per cell. */
    public ObjectProperty<RegimeMetric> metric() {
        return metric;
    }

    /** The strategy × regime heatmap: the latest saved split of each strategy under {@link #metric()}. */
    public ReadOnlyObjectProperty<StrategyRegimeCells> strategyCells() {
        return strategyCells.getReadOnlyProperty();
    }

    /** Where the heatmap's rows come from, or why there are none. */
    public ReadOnlyStringProperty splitsStatus() {
        return splitsStatus.getReadOnlyProperty();
    }

    /**
     * Reads the latest saved backtest of each strategy with its split by regime, as stored when it
     * ran (a background job: it reads the database).
     */
    public void loadSplits() {
        splitsStatus.set("Reading saved backtests ...");
        context.tasks().submit("Strategy x regime table", (p, c) -> services.backtests().latestRegimeSplits(),
                (List<RegimeSplit> found) -> {
                    splits.set(found);
                    splitsStatus.set(found.isEmpty()
                            ? "No saved backtest has a split by regime yet: run one in the Backtest panel (or ./sextant backtest),"
                                    + " then Reload."
                            : String.format(Locale.ROOT, "The latest saved backtest of each of %d strateg%s, as stored; hover a cell"
                                    + " for its days and trades.",
                                    found.size(), found.size() == 1 ? "y" : "ies"));
                },
                error -> splitsStatus.set("Could not read saved backtests: " + error.getMessage()));
    }

    /** Runs the model as a background job over the whole history and saves its days. */
    public void refresh() {
        if (job.busy().get()) {
            return;
        }
        index.revalidate();
        volatility.revalidate();
        if (!index.valid() || !volatility.valid()) {
            job.status().set("Fix the fields marked in red first.");
            return;
        }
        RegimeService.Request request = new RegimeService.Request(symbol(index), symbol(volatility),
                NO_UNIVERSE.equals(universe.get()) ? null : universe.get(), null, null);
        job.start("Regime model", "Classifying market regimes ...", (p, c) -> {
            RegimeRun r = services.regimes().analyse(request, p, c);
            c.throwIfCancelled();
            return new Outcome(r, services.regimes().save(r));
        }, this::finished, "Regime model failed");
    }

    private record Outcome(RegimeRun run, int saved) {
    }

    private static String symbol(ValidatedField field) {
        String text = field.value().trim();
        return text.isEmpty() ? null : text;
    }

    private void finished(Outcome outcome) {
        RegimeRun r = outcome.run();
        run.set(r);
        String vol = r.symbols().volatility() == null ? "realised volatility" : r.symbols().volatility();
        job.status().set(String.format(Locale.ROOT, "%s with %s: %,d classified days %s .. %s; saved %,d.", r.symbols().index(),
                vol, r.days().size(), r.days().getFirst().date(), r.latest().date(), outcome.saved()));
    }

    public void cancel() {
        job.cancel("Regime model cancelled; nothing was saved.");
    }
}
