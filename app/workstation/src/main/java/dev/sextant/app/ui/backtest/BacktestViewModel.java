package dev.sextant.app.ui.backtest;

import dev.sextant.app.research.report.Tearsheet;
import dev.sextant.app.api.PanelContext;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.app.research.BacktestService;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.research.SimulationChoices;
import dev.sextant.app.research.Preset;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.app.ui.form.ParamForm;
import dev.sextant.app.ui.form.ResearchChoices;
import dev.sextant.app.ui.form.EntryRuleFields;
import dev.sextant.app.ui.form.PresetChoice;
import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.engine.backtest.ConstraintReport;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.ExitMode;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.RunSummary;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.backtest.ShareCount;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the backtest panel: the request form (strategy, typed parameters, universe
 * or symbols, dates, capital, sizing, positions, fill, costs, benchmark) with a validation message
 * per field; the run as a cancellable job that saves it like {@code ./sextant backtest}; the shown
 * run and a second run to compare; the saved runs to reopen; selecting a round trip charts it.
 */
public final class BacktestViewModel {

    public static final List<String> FILLS = List.of("next-open", "same-close");
    public static final List<String> REENTRIES = List.of("none", "same-close");
    /** Total first: new runs credit dividends. */
    public static final List<String> RETURNS = List.of("total", "price");

    private final ResearchServices services;
    private final PanelContext context;
    private final ObjectProperty<ChartMarks> marks;
    private final ResearchChoices choices;
    private final ParamForm params = new ParamForm();
    private final ValidatedField capital;
    private final ValidatedField sizing;
    private final ValidatedField maxPositions;
    private final ObjectProperty<String> fill = new SimpleObjectProperty<>(this, "fill", FILLS.getFirst());
    private final BooleanProperty closeOnly = new SimpleBooleanProperty(this, "closeOnly");
    private final BooleanProperty fractional = new SimpleBooleanProperty(this, "fractional");
    private final ValidatedField leverage;
    private final ObjectProperty<String> reentry = new SimpleObjectProperty<>(this, "reentry", REENTRIES.getFirst());
    private final ObjectProperty<String> returns = new SimpleObjectProperty<>(this, "returns", RETURNS.getFirst());
    private final ValidatedField commission;
    private final ValidatedField slippage;
    private final ValidatedField benchmark;
    private final ValidatedField riskFree;
    private final ValidatedField seed;
    private final EntryRuleFields rules = new EntryRuleFields();
    private final PresetChoice preset;
    private final ObservableList<ConstraintReport> constraints = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SavedRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<SavedRun> compare = new ReadOnlyObjectWrapper<>(this, "compare");
    private final ObservableList<RoundTrip> trips = FXCollections.observableArrayList();
    private final ObservableList<RunSummary> history = FXCollections.observableArrayList();
    private final PanelJob job;

    public BacktestViewModel(ResearchServices services, PanelContext context, ObjectProperty<ChartMarks> marks) {
        this.services = services;
        this.context = context;
        this.job = new PanelJob(context.tasks());
        this.marks = marks;
        this.choices = new ResearchChoices(services, context.tasks(), "dwap-breakout", "sample-sectors", true, ResearchChoices.Dates.RANGE);
        this.capital = ValidatedField.parsed("Capital", SimulationChoices.DEFAULT_CAPITAL, SimulationChoices::capital);
        this.leverage = ValidatedField.parsed("Leverage", SimulationChoices.DEFAULT_LEVERAGE, SimulationChoices::leverage);
        this.sizing = ValidatedField.parsed("Sizing", SimulationChoices.DEFAULT_SIZING,
                text -> SimulationChoices.sizing(text, leverageOrCash()));
        leverage.text().addListener((obs, old, now) -> sizing.revalidate());
        this.maxPositions = ValidatedField.parsed("Max positions", SimulationChoices.DEFAULT_MAX_POSITIONS,
                SimulationChoices::maxPositions);
        this.commission = ValidatedField.parsed("Commission", SimulationChoices.DEFAULT_COMMISSION,
                SimulationChoices::commission);
        this.slippage = ValidatedField.parsed("Slippage", SimulationChoices.DEFAULT_SLIPPAGE, SimulationChoices::slippage);
        this.riskFree = ValidatedField.parsed("Risk-free rate", SimulationChoices.DEFAULT_RISK_FREE,
                SimulationChoices::riskFree);
        this.seed = ValidatedField.parsed("Seed", SimulationChoices.DEFAULT_SEED, SimulationChoices::seed);
        this.benchmark = new ValidatedField("Benchmark", "", this::checkBenchmark);
        params.load(services.strategies().get(choices.strategy().get()));
        choices.strategy().addListener((obs, old, now) -> {
            if (now != null) {
                params.load(services.strategies().get(now));
            }
        });
        run.addListener((obs, old, now) -> {
            trips.setAll(now == null ? List.of() : now.result().roundTrips());
            constraints.setAll(now == null ? List.of() : now.result().constraints());
        });
        rules.refreshPolicies(context.tasks(), services.rules(), job.status()::set);
        this.preset = new PresetChoice(services, context.tasks(), choices, params, rules, this::fillSimulation,
                job.status()::set);
        refreshHistory(runs -> {
            if (!runs.isEmpty()) {
                open(runs.getFirst().id()); // where the user left off
            }
        });
    }

    /** The leverage typed, or 1 (a cash account) while it is not valid: the bound of the sizing field's fractions. */
    private double leverageOrCash() {
        return leverage == null || !leverage.valid() ? 1 : SimulationChoices.leverage(leverage.value());
    }

    private String checkBenchmark(String text) {
        if (text.isEmpty() || text.equalsIgnoreCase("none") || choices.hasDailyBars(text.toUpperCase(Locale.ROOT))) {
            return "";
        }
        return "no daily bars for " + text;
    }

    /** Strategy, universe or symbols to trade, and the from .. to range. */
    public ResearchChoices choices() {
        return choices;
    }

    public ParamForm params() {
        return params;
    }

    public ValidatedField capital() {
        return capital;
    }

    public ValidatedField sizing() {
        return sizing;
    }

    public ValidatedField maxPositions() {
        return maxPositions;
    }

    public ObjectProperty<String> fill() {
        return fill;
    }

    public BooleanProperty closeOnly() {
        return closeOnly;
    }

    public ValidatedField commission() {
        return commission;
    }

    /** Whether positions hold fractional shares. */
    public BooleanProperty fractional() {
        return fractional;
    }

    /** Gross exposure as a multiple of equity, 1 to 10. */
    public ValidatedField leverage() {
        return leverage;
    }

    /** {@code none} or {@code same-close} (needs same-close fills). */
    public ObjectProperty<String> reentry() {
        return reentry;
    }

    /** {@code total} (dividends credited) or {@code price}. */
    public ObjectProperty<String> returns() {
        return returns;
    }

    public ValidatedField slippage() {
        return slippage;
    }

    /** Benchmark symbol; empty = SPY or the sample index (whichever covers more), {@code none} = none. */
    public ValidatedField benchmark() {
        return benchmark;
    }

    /** Annual risk-free rate for Sharpe and Sortino, e.g. 0.02. */
    public ValidatedField riskFree() {
        return riskFree;
    }

    /** The seed recorded with the run. */
    public ValidatedField seed() {
        return seed;
    }

    /** Entry filters and risk policy: what {@code --market-filter}, {@code --regime-gate}, ... take. */
    public EntryRuleFields rules() {
        return rules;
    }

    /** What each entry filter and limit of the shown run did (empty for runs saved before they were recorded). */
    public ObservableList<ConstraintReport> constraints() {
        return FXCollections.unmodifiableObservableList(constraints);
    }

    /**
     * The Preset choice: choosing one fills the form with its strategy, params, simulation choices and entry rules
     * (fields edited afterwards override it, as options do on the command line); the run records it.
     */
    public PresetChoice preset() {
        return preset;
    }

    /** The simulation fields from the chosen preset. */
    private void fillSimulation(Preset p) {
        SimulationChoices s = p.simulation();
        capital.text().set(s.capital());
        leverage.text().set(s.leverage());
        sizing.text().set(s.sizing());
        maxPositions.text().set(s.maxPositions());
        fill.set(s.fill());
        closeOnly.set(s.closeOnly());
        fractional.set(s.fractional());
        reentry.set(s.reentry());
        returns.set(s.returns());
        commission.text().set(s.commission());
        slippage.text().set(s.slippage());
    }

    /** The simulation fields as typed: what {@code ./sextant backtest} takes as options. */
    public SimulationChoices simulation() {
        return new SimulationChoices(capital.value(), sizing.value(), maxPositions.value(), fill.get(), closeOnly.get(),
                commission.value(), slippage.value(), riskFree.value(), seed.value(), fractional.get(), leverage.value(),
                reentry.get(), returns.get());
    }

    /** The run shown; null before the first run. */
    public ReadOnlyObjectProperty<SavedRun> run() {
        return run.getReadOnlyProperty();
    }

    /** A second saved run shown beside it; null when none. */
    public ReadOnlyObjectProperty<SavedRun> compare() {
        return compare.getReadOnlyProperty();
    }

    public ObservableList<RoundTrip> trips() {
        return trips;
    }

    /** Saved runs, newest first. */
    public ObservableList<RunSummary> history() {
        return FXCollections.unmodifiableObservableList(history);
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

    private List<ValidatedField> fields() {
        return List.of(capital, leverage, sizing, maxPositions, commission, slippage, benchmark, riskFree, seed);
    }

    public boolean formValid() {
        return choices.valid() && params.valid() && fields().stream().allMatch(ValidatedField::valid) && rules.valid();
    }

    /** Lists the saved runs as a background read (never on the FX thread); the list follows when it is done. */
    public void refreshHistory() {
        refreshHistory(runs -> { });
    }

    private void refreshHistory(java.util.function.Consumer<List<RunSummary>> then) {
        context.tasks().submit("List saved runs", (p, c) -> services.runs().list(), runs -> {
            history.setAll(runs);
            then.accept(runs);
        }, error -> job.status().set("Saved runs not listed: " + error.getMessage()));
    }

    /** Runs the backtest as a background job and saves it; the form must be valid. */
    public void runBacktest() {
        if (job.busy().get()) {
            return;
        }
        choices.rereadStoredSymbols(this::startBacktest);
    }

    private void startBacktest() {
        if (job.busy().get()) {
            return;
        }
        if (!formValid()) {
            job.status().set("Fix the fields marked in red first.");
            return;
        }
        var choice = choices.market();
        LocalDate first = choices.fromDate();
        LocalDate last = choices.toDate();
        String benchmarkOption = benchmark.value().isEmpty() ? null : benchmark.value().toUpperCase(Locale.ROOT);
        String id = choices.strategy().get();
        SimulationChoices simulation = simulation();
        try {
            simulation.validate();
        } catch (IllegalArgumentException e) {
            job.status().set(e.getMessage());
            return;
        }
        var overrides = params.overrides();
        var ruleChoices = rules.choices();
        String label = preset.label();
        job.start("Backtest " + id + " " + choice.label(), "Backtesting " + id + " on " + choice.label() + " ...", (p, c) -> {
            var loaded = services.markets().load(choice, p, c);
            c.throwIfCancelled();
            List<String> traded = loaded.series().stream().map(s -> s.symbol()).toList();
            var entryRules = services.rules().resolve(ruleChoices, traded);
            BacktestService backtests = services.backtests();
            String bench = backtests.benchmark(benchmarkOption, loaded.series(), first, last);
            BacktestRequest request = simulation.applyTo(BacktestRequest.builder(id, traded).params(overrides).from(first)
                    .to(last)).benchmark(bench).rules(entryRules).preset(label).build();
            c.throwIfCancelled();
            return backtests.runAndSave(request, loaded.series(), p, c);
        }, this::finished, "Backtest failed");
    }

    private void finished(BacktestService.Outcome outcome) {
        run.set(outcome.run());
        var m = outcome.run().result().metrics();
        job.status().set(String.format(Locale.ROOT, "Saved as run %d: %d trades, total return %.1f %%%s.", outcome.run().id(),
                m.trades(), 100 * m.totalReturn(), outcome.byRegime() == null ? " (no index stored: no split by regime)" : ""));
        refreshHistory();
    }

    public void cancel() {
        job.cancel("Backtest cancelled; nothing was saved.");
    }

    /** Writes the shown run (and the compared one) as an HTML tearsheet with {@code charts} (PNG by caption) embedded. */
    public void exportTearsheet(java.nio.file.Path file, java.util.Map<String, byte[]> charts) {
        SavedRun shown = run.get();
        if (shown == null) {
            job.status().set("Run or open a backtest first.");
            return;
        }
        try {
            java.nio.file.Files.writeString(file, Tearsheet.html(shown, compare.get(), charts));
            job.status().set("Tearsheet of run " + shown.id() + " written to " + file + ".");
        } catch (java.io.IOException e) {
            job.status().set("Tearsheet not written: " + e.getMessage());
        }
    }

    /** Shows saved run {@code id} (read as a background job) and fills the form with its request. */
    public void open(long id) {
        context.tasks().submit("Open run " + id, (p, c) -> services.runs().find(id), found -> found.ifPresentOrElse(r -> {
            run.set(r);
            fillForm(r.result().request());
            job.status().set("Run " + id + " reopened (finished " + r.finishedAt() + ").");
        }, () -> job.status().set("Run " + id + " is not stored.")), error -> job.status().set("Run " + id + " not opened: " + error.getMessage()));
    }

    /** Shows saved run {@code id} beside the current one; a negative id clears the comparison. */
    public void compareWith(long id) {
        if (id < 0) {
            compare.set(null);
            return;
        }
        context.tasks().submit("Open run " + id, (p, c) -> services.runs().find(id),
                found -> found.ifPresentOrElse(compare::set, () -> job.status().set("Run " + id + " is not stored.")),
                error -> job.status().set("Run " + id + " not opened: " + error.getMessage()));
    }

    private void fillForm(BacktestRequest r) {
        preset.showRecorded(r.preset(), r.strategyId());
        choices.strategy().set(r.strategyId());
        params.set(r.params());
        choices.symbols().text().set(String.join(", ", r.symbols()));
        choices.fillDates(r.from(), r.to());
        capital.text().set(String.valueOf(r.capital()));
        sizing.text().set(r.sizing().toString());
        maxPositions.text().set(String.valueOf(r.maxPositions()));
        fill.set(BacktestRequestMap.fillText(r.fill()));
        closeOnly.set(r.exitMode() == ExitMode.CLOSE_ONLY);
        commission.text().set(r.commission().toString());
        slippage.text().set(r.slippage().toString());
        benchmark.text().set(r.benchmark() == null ? "none" : r.benchmark());
        riskFree.text().set(String.valueOf(r.riskFreeRate()));
        seed.text().set(String.valueOf(r.seed()));
        var e = r.rules();
        rules.marketFilter().text().set(e.marketFilter() == null ? "" : e.marketFilter().spec());
        rules.regimeGate().text().set(e.regimeGate() == null ? "" : e.regimeGate().spec());
        rules.volCeiling().text().set(e.volatilityCeiling() == null ? "" : e.volatilityCeiling().spec());
        rules.circuitBreaker().text().set(e.circuitBreaker() == null ? "" : e.circuitBreaker().spec());
        rules.riskPolicy().text().set(e.riskPolicy() == null ? "" : e.riskPolicy().name());
        fractional.set(r.account().fractional());
        leverage.text().set(String.valueOf(r.account().leverage()));
        reentry.set(r.account().sameCloseReentry() ? "same-close" : "none");
        returns.set(r.account().returns().text());
    }

    /**
     * Charts the trip's symbol on daily bars with the entries and exits of all the run's trips in
     * it, showing the selected trip.
     */
    public void select(RoundTrip trip) {
        List<ChartMarks.Mark> list = new ArrayList<>();
        for (RoundTrip t : trips) {
            if (t.symbol().equals(trip.symbol())) {
                list.add(new ChartMarks.Mark(t.entryTime(), ChartMarks.Kind.ENTRY,
                        String.format(Locale.ROOT, "buy %s @ %.2f", ShareCount.text(t.shares()), t.entryPrice())));
                if (!t.isOpen()) {
                    list.add(new ChartMarks.Mark(t.exitTime(), ChartMarks.Kind.EXIT,
                            String.format(Locale.ROOT, "sell @ %.2f (%s) %+.1f %%", t.exitPrice(),
                                    t.exitReason() == null ? "exit" : t.exitReason().name().toLowerCase(Locale.ROOT),
                                    100 * t.returnPct())));
                }
            }
        }
        long end = trip.isOpen() ? trip.entryTime() : trip.exitTime();
        marks.set(new ChartMarks(trip.symbol(), list, trip.entryTime(), end));
        context.timeframe().set(Timeframe.DAILY);
        context.symbol().set(trip.symbol());
    }
}
