package dev.sextant.app.ui.walkforward;

import dev.sextant.app.ui.form.WholeNumbers;
import dev.sextant.app.api.PanelContext;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.form.ResearchChoices;
import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.app.ui.form.RunOnChoice;
import dev.sextant.app.research.RunOn;
import dev.sextant.engine.walkforward.SavedWalkForward;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.Direction;
import dev.sextant.engine.optimize.Objective;
import dev.sextant.engine.optimize.PruningRule;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.walkforward.WalkForwardPlan;
import dev.sextant.engine.walkforward.WalkForwardRequest;
import dev.sextant.engine.walkforward.WindowLength;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the walk-forward panel: the plan (in-sample, out-of-sample, step, anchored,
 * purge and embargo bars) and the per-fold study (strategy, sampler, trials, objective, seed,
 * universe) checked as you type, and the run as a cancellable job saved like
 * {@code ./sextant walkforward}; the saved runs to reopen without recomputing; the shown run's
 * stitched out-of-sample equity with its in-sample pace. Every parameter of the strategy is searched
 * over its declared range.
 */
public final class WalkForwardViewModel {

    public static final List<String> SAMPLERS = List.of("ga", "random", "grid");
    static final int PBO_CANDIDATES = 16;
    static final int PBO_BLOCKS = 16;

    private final ResearchServices services;
    private final PanelContext context;
    private final ResearchChoices choices;
    private final ValidatedField inSample = ValidatedField.parsed("In-sample", "2y", WindowLength::parse);
    private final ValidatedField outOfSample = ValidatedField.parsed("Out-of-sample", "1y", WindowLength::parse);
    private final ValidatedField step = ValidatedField.parsed("Step", "", t -> t.isEmpty() ? null : WindowLength.parse(t));
    private final BooleanProperty anchored = new SimpleBooleanProperty(this, "anchored");
    private final ObjectProperty<String> sampler = new SimpleObjectProperty<>(this, "sampler", "ga");
    private final ValidatedField trials = ValidatedField.parsed("Trials / fold", "20", t -> {
        if (WholeNumbers.parseInt(t) < 1) {
            throw new IllegalArgumentException("at least 1");
        }
        return t;
    });
    private final ObjectProperty<String> objective = new SimpleObjectProperty<>(this, "objective", "sharpe");
    private final ValidatedField purge = bars("Purge (bars)");
    private final ValidatedField embargo = bars("Embargo (bars)");
    private final ValidatedField seed = ValidatedField.parsed("Seed", "0", WholeNumbers::parseLong);
    private final ObjectProperty<SavedWalkForward> run = new SimpleObjectProperty<>(this, "run");
    private final ObjectProperty<StitchedCurves> curves = new SimpleObjectProperty<>(this, "curves");
    private final ObservableList<SavedWalkForward> history = FXCollections.observableArrayList();
    private final PanelJob job;
    private final RunOnChoice runOn;

    public WalkForwardViewModel(ResearchServices services, PanelContext context, RunOnChoice runOn) {
        this.services = services;
        this.runOn = runOn;
        this.context = context;
        this.job = new PanelJob(context.tasks());
        this.choices = new ResearchChoices(services, context.tasks(), "sma-cross", "sample-sectors", false, ResearchChoices.Dates.NONE);
        run.addListener((obs, old, now) -> curves.set(now == null ? null : StitchedCurves.of(now)));
        refreshHistory();
        if (!history.isEmpty()) {
            open(history.getFirst().id()); // where the user left off
        }
    }

    private static ValidatedField bars(String label) {
        return ValidatedField.parsed(label, "0", t -> {
            if (WholeNumbers.parseInt(t) < 0) {
                throw new IllegalArgumentException("0 or more bars");
            }
            return t;
        });
    }

    public List<String> objectives() {
        return Objective.METRICS;
    }

    /** Strategy and universe (the whole history is walked forward). */
    public ResearchChoices choices() {
        return choices;
    }

    /** Window lengths: 250b (bars), 30d, 6m or 2y. */
    public ValidatedField inSample() {
        return inSample;
    }

    public ValidatedField outOfSample() {
        return outOfSample;
    }

    /** Re-optimization frequency; empty = the out-of-sample length. */
    public ValidatedField step() {
        return step;
    }

    public BooleanProperty anchored() {
        return anchored;
    }

    /** Bars dropped from the end of every in-sample window, used by neither side. */
    public ValidatedField purge() {
        return purge;
    }

    /** Bars skipped at the start of every out-of-sample window, after re-optimizing. */
    public ValidatedField embargo() {
        return embargo;
    }

    public ObjectProperty<String> sampler() {
        return sampler;
    }

    public ValidatedField trials() {
        return trials;
    }

    public ObjectProperty<String> objective() {
        return objective;
    }

    public ValidatedField seed() {
        return seed;
    }

    /** This computer or a Spark cluster (one fold per task). */
    public RunOnChoice runOn() {
        return runOn;
    }

    /** The finished run as saved, null before one finished. */
    public ReadOnlyObjectProperty<SavedWalkForward> run() {
        return run;
    }

    /** The shown run's stitched out-of-sample equity and in-sample pace; null while no run is shown. */
    public ReadOnlyObjectProperty<StitchedCurves> curves() {
        return curves;
    }

    /** Saved walk-forward runs, newest first, without their folds. */
    public ObservableList<SavedWalkForward> history() {
        return history;
    }

    public void refreshHistory() {
        history.setAll(services.walkForwards().list());
    }

    /** Shows saved run {@code id} as stored (read as a background job, nothing recomputed) and fills the form with its plan. */
    public void open(long id) {
        if (job.busy().get()) {
            job.status().set("A walk-forward is running; cancel it or wait before opening another.");
            return;
        }
        context.tasks().submit("Open walk-forward " + id, (p, c) -> services.walkForwards().find(id),
                found -> found.ifPresentOrElse(r -> {
                    run.set(r);
                    fillForm(r);
                    job.status().set("Walk-forward " + id + " (" + r.name() + ") reopened as saved on " + r.finishedAt() + ".");
                }, () -> job.status().set("Walk-forward " + id + " is not stored.")),
                error -> job.status().set("Walk-forward " + id + " not opened: " + error.getMessage()));
    }

    private void fillForm(SavedWalkForward r) {
        SavedWalkForward.Plan plan = r.plan();
        if (choices.strategies().contains(r.strategyId())) {
            choices.strategy().set(r.strategyId());
        }
        inSample.text().set(plan.inSample());
        outOfSample.text().set(plan.outOfSample());
        step.text().set(plan.step().equals(plan.outOfSample()) ? "" : plan.step());
        anchored.set(plan.anchored());
        purge.text().set(String.valueOf(plan.purgeBars()));
        embargo.text().set(String.valueOf(plan.embargoBars()));
        if (SAMPLERS.contains(plan.studyField("sampler"))) {
            sampler.set(plan.studyField("sampler"));
        }
        trials.text().set(plan.studyField("trials"));
        objective.set(plan.studyField("objective"));
        seed.text().set(plan.studyField("seed"));
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

    public boolean formValid() {
        return choices.valid() && inSample.valid() && outOfSample.valid() && step.valid()
                && purge.valid() && embargo.valid() && trials.valid() && seed.valid() && runOn.valid();
    }

    /** Runs the walk-forward analysis as a background job and saves it; the form must be valid. */
    public void start() {
        if (job.busy().get()) {
            return;
        }
        if (!formValid()) {
            job.status().set("Fix the fields marked in red first.");
            return;
        }
        StrategyProvider provider = services.strategies().get(choices.strategy().get());
        WalkForwardPlan plan;
        try {
            plan = new WalkForwardPlan(WindowLength.parse(inSample.value()), WindowLength.parse(outOfSample.value()),
                    step.value().isEmpty() ? null : WindowLength.parse(step.value()), anchored.get(),
                    WholeNumbers.parseInt(purge.value()), WholeNumbers.parseInt(embargo.value()));
        } catch (IllegalArgumentException e) {
            job.status().set("Plan refused: " + e.getMessage() + ".");
            return;
        }
        int n = WholeNumbers.parseInt(trials.value());
        long s = WholeNumbers.parseLong(seed.value());
        Objective goal = new Objective(objective.get(), Direction.MAXIMIZE);
        SamplerKind kind = SamplerKind.parse(sampler.get());
        MarketChoice choice = choices.market();
        RunOn where = runOn.runOn();
        String name = provider.id() + "-wf-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        job.start("Walk-forward " + provider.id() + " " + choice.label(), "Walk-forward " + name + " on " + choice.label()
                + " on " + RunOnChoice.label(where) + " ...", (p, c) -> {
            List<PriceColumns> bars = services.markets().load(choice, p, c).series();
            BacktestRequest base = BacktestRequest.builder(provider.id(), bars.stream().map(PriceColumns::symbol).toList())
                    .params(Map.of()).seed(s).build();
            StudyRequest template = StudyRequest.builder(name, base, provider.paramSpace()).objective(goal).sampler(kind)
                    .trials(n).seed(s).pruning(PruningRule.DEFAULT).threads(Runtime.getRuntime().availableProcessors()).build();
            return services.walkForwards().runAndSave(name, new WalkForwardRequest(template, plan, PBO_CANDIDATES, PBO_BLOCKS),
                    bars, p, c, where);
        }, this::finished, "Walk-forward failed");
    }

    private void finished(SavedWalkForward saved) {
        run.set(saved);
        refreshHistory();
        job.status().set("Walk-forward " + saved.id() + " (" + saved.name() + "): " + saved.folds().size() + " fold(s), saved"
                + " (./sextant walkforward show " + saved.id() + ").");
    }

    public void cancel() {
        job.cancel("Walk-forward cancelled; nothing was saved.");
    }
}
