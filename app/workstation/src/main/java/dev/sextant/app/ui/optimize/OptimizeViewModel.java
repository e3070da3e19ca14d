package dev.sextant.app.ui.optimize;

import dev.sextant.app.ui.form.WholeNumbers;
import dev.sextant.app.api.PanelContext;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.form.ResearchChoices;
import dev.sextant.app.ui.form.EntryRuleFields;
import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.app.ui.form.RunOnChoice;
import dev.sextant.app.research.RunOn;
import dev.sextant.engine.optimize.StoredStudy;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.Direction;
import dev.sextant.engine.optimize.Objective;
import dev.sextant.engine.optimize.PruningRule;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.StrategyProvider;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the optimizer panel: the study form (strategy, search ranges, sampler,
 * trials, objective, seed, universe, dates) checked as you type, the study as a cancellable job
 * recorded like {@code ./sextant optimize}, its trials arriving one by one, the finished study's
 * importance and the two parameters of the objective surface, and the stored studies to reopen
 * without evaluating anything.
 */
public final class OptimizeViewModel {

    public static final List<String> SAMPLERS = List.of("ga", "random", "grid");

    private final ResearchServices services;
    private final PanelContext context;
    private final ResearchChoices choices;
    private final SearchRanges ranges = new SearchRanges();
    private final ObjectProperty<String> sampler = new SimpleObjectProperty<>(this, "sampler", "ga");
    private final ValidatedField trialCount = ValidatedField.parsed("Trials", "100", t -> {
        int n = WholeNumbers.parseInt(t);
        if (n < 1) {
            throw new IllegalArgumentException("at least 1");
        }
        return n;
    });
    private final ObjectProperty<String> objective = new SimpleObjectProperty<>(this, "objective", "sharpe");
    private final ObjectProperty<String> direction = new SimpleObjectProperty<>(this, "direction", "max");
    private final ValidatedField seed = ValidatedField.parsed("Seed", "0", WholeNumbers::parseLong);
    private final ObservableList<Trial> trials = FXCollections.observableArrayList();
    private final ObjectProperty<StudyResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<String> searchedNames = FXCollections.observableArrayList();
    private final ObservableList<StoredStudy> history = FXCollections.observableArrayList();
    private final ObjectProperty<String> surfaceX = new SimpleObjectProperty<>(this, "surfaceX");
    private final ObjectProperty<String> surfaceY = new SimpleObjectProperty<>(this, "surfaceY");
    private final Executor uiThread;
    private final PanelJob job;
    private final EntryRuleFields rules = new EntryRuleFields();
    private final RunOnChoice runOn;

    public OptimizeViewModel(ResearchServices services, PanelContext context, RunOnChoice runOn) {
        this(services, context, runOn, Platform::runLater);
    }

    /** {@code uiThread} runs the live trial updates where the view reads them (the FX thread in the app). */
    OptimizeViewModel(ResearchServices services, PanelContext context, RunOnChoice runOn, Executor uiThread) {
        this.services = services;
        this.runOn = runOn;
        this.context = context;
        this.job = new PanelJob(context.tasks());
        this.uiThread = uiThread;
        this.choices = new ResearchChoices(services, context.tasks(), "sma-cross", "sample-sectors", false, ResearchChoices.Dates.RANGE);
        ranges.reset(services.strategies().get(choices.strategy().get()).paramSpace());
        choices.strategy().addListener((obs, old, now) -> {
            if (now != null) {
                ranges.reset(services.strategies().get(now).paramSpace());
            }
        });
        rules.refreshPolicies(context.tasks(), services.rules(), job.status()::set);
        refreshHistory();
        if (!history.isEmpty()) {
            open(history.getFirst().name()); // where the user left off
        }
    }

    public List<String> objectives() {
        return Objective.METRICS;
    }

    /** Strategy, universe and the from .. to range. */
    public ResearchChoices choices() {
        return choices;
    }

    /** Which parameters are searched and over which range; the others keep their defaults. */
    public SearchRanges ranges() {
        return ranges;
    }

    public ObjectProperty<String> sampler() {
        return sampler;
    }

    public ValidatedField trialCount() {
        return trialCount;
    }

    public ObjectProperty<String> objective() {
        return objective;
    }

    public ObjectProperty<String> direction() {
        return direction;
    }

    /** Entry filters and risk policy every trial's backtest uses. */
    public EntryRuleFields rules() {
        return rules;
    }

    public ValidatedField seed() {
        return seed;
    }

    /** This computer or a Spark cluster. */
    public RunOnChoice runOn() {
        return runOn;
    }

    /** The running or last study's trials; while running, in the order they finished. */
    public ObservableList<Trial> trials() {
        return trials;
    }

    /** The finished study, null while none finished. */
    public ReadOnlyObjectProperty<StudyResult> result() {
        return result;
    }

    /** The searched parameters of the running or last study (the surface's choices). */
    public ObservableList<String> searchedNames() {
        return searchedNames;
    }

    public ObjectProperty<String> surfaceX() {
        return surfaceX;
    }

    public ObjectProperty<String> surfaceY() {
        return surfaceY;
    }

    /** Stored studies, newest first. */
    public ObservableList<StoredStudy> history() {
        return history;
    }

    public void refreshHistory() {
        history.setAll(services.optimizer().list());
    }

    /**
     * Shows stored study {@code name} as recorded (read as a background job; nothing is evaluated,
     * an interrupted study stays interrupted) and fills the form with its definition.
     */
    public void open(String name) {
        if (job.busy().get()) {
            job.status().set("A study is running; cancel it or wait before opening another.");
            return;
        }
        context.tasks().submit("Open study " + name, (p, c) -> services.optimizer().open(name), r -> {
            show(r);
            fillForm(r.request());
            job.status().set(String.format(Locale.ROOT, "Study %s reopened as stored: %d trial(s), nothing recomputed; %s.", name,
                    r.trials().size(), best(r)));
        }, error -> job.status().set("Study " + name + " not opened: " + error.getMessage()));
    }

    private void fillForm(StudyRequest r) {
        if (choices.strategies().contains(r.base().strategyId())) {
            choices.strategy().set(r.base().strategyId());
            ranges.fill(r.space(), r.steps());
        }
        sampler.set(r.sampler().label());
        trialCount.text().set(String.valueOf(r.trials()));
        objective.set(r.objective().metric());
        direction.set(r.objective().direction() == Direction.MINIMIZE ? "min" : "max");
        seed.text().set(String.valueOf(r.seed()));
        choices.fillDates(r.base().from(), r.base().to());
    }

    private void show(StudyResult r) {
        List<String> names = r.request().space().params().stream().map(ParamSpec::name).toList();
        searchedNames.setAll(names);
        surfaceX.set(names.getFirst());
        surfaceY.set(names.size() > 1 ? names.get(1) : names.getFirst());
        trials.setAll(r.trials().stream().sorted(Comparator.comparingInt(Trial::number)).toList());
        result.set(r);
    }

    private static String best(StudyResult r) {
        return r.best() == null ? "no complete trial"
                : String.format(Locale.ROOT, "best %s %.4f in trial %d with %s", r.request().objective().metric(),
                        r.best().objectiveValue(), r.best().number(), r.best().params());
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
        return choices.valid() && ranges.problem().isEmpty() && trialCount.valid() && seed.valid() && rules.valid()
                && runOn.valid();
    }

    /** Runs the study as a background job; the form must be valid. */
    public void run() {
        if (job.busy().get()) {
            return;
        }
        if (!formValid()) {
            String problem = ranges.problem();
            job.status().set(problem.equals("search at least one parameter") ? "Search at least one parameter."
                    : "Fix the fields marked in red first.");
            return;
        }
        StrategyProvider provider = services.strategies().get(choices.strategy().get());
        ParamSpace space = ranges.space();
        Map<String, Double> steps = ranges.steps();
        LocalDate first = choices.fromDate();
        LocalDate last = choices.toDate();
        String name = provider.id() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        int n = WholeNumbers.parseInt(trialCount.value());
        long s = WholeNumbers.parseLong(seed.value());
        Objective goal = new Objective(objective.get(), Direction.parse(direction.get()));
        SamplerKind kind = SamplerKind.parse(sampler.get());
        MarketChoice choice = choices.market();
        var ruleChoices = rules.choices();
        RunOn where = runOn.runOn();
        trials.clear();
        result.set(null);
        List<String> names = space.params().stream().map(ParamSpec::name).toList();
        searchedNames.setAll(names);
        surfaceX.set(names.getFirst());
        surfaceY.set(names.size() > 1 ? names.get(1) : names.getFirst());
        job.start("Optimize " + provider.id() + " " + choice.label(), "Study " + name + ": " + n + " trials on " + choice.label()
                + " on " + RunOnChoice.label(where) + " ...", (p, c) -> {
            List<String> symbols = services.markets().load(choice, p, c).series().stream().map(PriceColumns::symbol).toList();
            var entryRules = services.rules().resolve(ruleChoices, symbols);
            BacktestRequest base = BacktestRequest.builder(provider.id(), symbols).params(Map.of()).from(first).to(last)
                    .seed(s).rules(entryRules).build();
            StudyRequest request = StudyRequest.builder(name, base, space).objective(goal).sampler(kind).trials(n).seed(s)
                    .steps(steps).pruning(PruningRule.DEFAULT).threads(Runtime.getRuntime().availableProcessors()).build();
            return services.optimizer().run(request, p, c, t -> uiThread.execute(() -> trialFinished(t)), where);
        }, this::finished, this::failed);
    }

    private void trialFinished(Trial t) {
        if (job.busy().get()) {
            trials.add(t);
        }
    }

    private void finished(StudyResult r) {
        trials.setAll(r.trials().stream().sorted(Comparator.comparingInt(Trial::number)).toList());
        result.set(r);
        refreshHistory();
        job.status().set(String.format(Locale.ROOT, "Study %s: %d trials (%d evaluated now) in %.1f s; %s.", r.request().name(),
                r.trials().size(), r.evaluated(), r.elapsedMs() / 1000.0, best(r)));
    }

    private void failed(Throwable error) {
        refreshHistory();
        job.status().set("Study failed: " + error.getMessage());
    }

    public void cancel() {
        if (job.cancel("Study cancelled: the finished trials are recorded as an interrupted study"
                + " (continue it with ./sextant optimize --resume).")) {
            refreshHistory();
        }
    }
}
