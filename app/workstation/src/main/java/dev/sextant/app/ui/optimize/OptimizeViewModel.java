package dev.sextant.app.ui.optimize;

import dev.sextant.app.ui.form.WholeNumbers;
import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.TaskRunner;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.form.ValidatedField;
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
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the optimizer panel: the study form (strategy, searched parameters, sampler,
 * trials, objective, seed, universe, dates) checked as you type, the study as a cancellable job
 * recorded like {@code ./sextant optimize}, its trials arriving one by one, and the finished study's
 * importance and the two parameters of the objective surface.
 */
public final class OptimizeViewModel {

    public static final List<String> SAMPLERS = List.of("ga", "random", "grid");

    private final ResearchServices services;
    private final PanelContext context;
    private final ObjectProperty<String> strategy = new SimpleObjectProperty<>(this, "strategy");
    private final ValidatedField searched;
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
    private final ObjectProperty<String> universe = new SimpleObjectProperty<>(this, "universe");
    private final ValidatedField from = ValidatedField.parsed("From", "", t -> t.isEmpty() ? null : parseDate(t));
    private final ValidatedField to = ValidatedField.parsed("To", "", t -> t.isEmpty() ? null : parseDate(t));
    private final ObservableList<Trial> trials = FXCollections.observableArrayList();
    private final ObjectProperty<StudyResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<String> searchedNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> surfaceX = new SimpleObjectProperty<>(this, "surfaceX");
    private final ObjectProperty<String> surfaceY = new SimpleObjectProperty<>(this, "surfaceY");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private TaskRunner.Handle job;

    public OptimizeViewModel(ResearchServices services, PanelContext context) {
        this.services = services;
        this.context = context;
        this.searched = new ValidatedField("Search", "", this::checkSearched);
        strategy.addListener((obs, old, now) -> searched.revalidate());
        List<String> ids = services.strategies().ids();
        strategy.set(ids.contains("sma-cross") ? "sma-cross" : ids.getFirst());
        List<String> names = services.universes();
        universe.set(names.contains("sample-sectors") ? "sample-sectors" : names.getFirst());
    }

    private String checkSearched(String text) {
        if (strategy.get() == null) {
            return "";
        }
        try {
            space(services.strategies().get(strategy.get()), text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The searched space: the named parameters over their declared ranges, every parameter when {@code text} is empty. */
    static ParamSpace space(StrategyProvider provider, String text) {
        List<ParamSpec> declared = provider.paramSpace().params();
        List<String> names = Arrays.stream(text.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (names.isEmpty()) {
            return new ParamSpace(declared);
        }
        List<String> known = declared.stream().map(ParamSpec::name).toList();
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no param " + String.join(", ", unknown) + " (known: " + String.join(", ", known) + ")");
        }
        return new ParamSpace(declared.stream().filter(p -> names.contains(p.name())).toList());
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected YYYY-MM-DD", e);
        }
    }

    public List<String> strategies() {
        return services.strategies().ids();
    }

    public List<String> universes() {
        return services.universes();
    }

    public List<String> objectives() {
        return Objective.METRICS;
    }

    public ObjectProperty<String> strategy() {
        return strategy;
    }

    /** Parameter names to search, comma separated; empty = all; the others keep their defaults. */
    public ValidatedField searched() {
        return searched;
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

    public ValidatedField seed() {
        return seed;
    }

    public ObjectProperty<String> universe() {
        return universe;
    }

    public ValidatedField from() {
        return from;
    }

    public ValidatedField to() {
        return to;
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

    public StringProperty status() {
        return status;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public boolean formValid() {
        return strategy.get() != null && universe.get() != null && searched.valid() && trialCount.valid() && seed.valid()
                && from.valid() && to.valid();
    }

    /** Runs the study as a background job; the form must be valid. */
    public void run() {
        if (busy.get()) {
            return;
        }
        if (!formValid()) {
            status.set("Fix the fields marked in red first.");
            return;
        }
        StrategyProvider provider = services.strategies().get(strategy.get());
        ParamSpace space = space(provider, searched.value());
        LocalDate first = from.value().isEmpty() ? null : parseDate(from.value());
        LocalDate last = to.value().isEmpty() ? null : parseDate(to.value());
        if (first != null && last != null && first.isAfter(last)) {
            status.set("From " + first + " is after To " + last + ".");
            return;
        }
        String name = provider.id() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        int n = WholeNumbers.parseInt(trialCount.value());
        long s = WholeNumbers.parseLong(seed.value());
        Objective goal = new Objective(objective.get(), Direction.parse(direction.get()));
        SamplerKind kind = SamplerKind.parse(sampler.get());
        MarketChoice choice = MarketChoice.ofUniverse(universe.get());
        trials.clear();
        result.set(null);
        List<String> names = space.params().stream().map(ParamSpec::name).toList();
        searchedNames.setAll(names);
        surfaceX.set(names.getFirst());
        surfaceY.set(names.size() > 1 ? names.get(1) : names.getFirst());
        busy.set(true);
        status.set("Study " + name + ": " + n + " trials on " + choice.label() + " ...");
        TaskRunner.Handle handle = context.tasks().submit("Optimize " + provider.id() + " " + choice.label(), (p, c) -> {
            List<String> symbols = services.markets().load(choice, p, c).series().stream().map(PriceColumns::symbol).toList();
            BacktestRequest base = BacktestRequest.builder(provider.id(), symbols).params(Map.of()).from(first).to(last)
                    .seed(s).build();
            StudyRequest request = StudyRequest.builder(name, base, space).objective(goal).sampler(kind).trials(n).seed(s)
                    .pruning(PruningRule.DEFAULT).threads(Runtime.getRuntime().availableProcessors()).build();
            return services.optimizer().run(request, p, c, t -> Platform.runLater(() -> trialFinished(t)));
        }, this::finished, this::failed);
        if (busy.get()) {
            job = handle;
            progress.bind(handle.progress());
        }
    }

    private void trialFinished(Trial t) {
        if (busy.get()) {
            trials.add(t);
        }
    }

    private void finished(StudyResult r) {
        finish();
        trials.setAll(r.trials().stream().sorted(Comparator.comparingInt(Trial::number)).toList());
        result.set(r);
        String best = r.best() == null ? "no complete trial"
                : String.format(Locale.ROOT, "best %s %.4f in trial %d with %s", r.request().objective().metric(),
                        r.best().objectiveValue(), r.best().number(), r.best().params());
        status.set(String.format(Locale.ROOT, "Study %s: %d trials (%d evaluated now) in %.1f s; %s.", r.request().name(),
                r.trials().size(), r.evaluated(), r.elapsedMs() / 1000.0, best));
    }

    private void failed(Throwable error) {
        finish();
        status.set("Study failed: " + error.getMessage());
    }

    public void cancel() {
        if (job != null) {
            job.cancel();
            finish();
            status.set("Study cancelled: the finished trials are recorded as an interrupted study"
                    + " (continue it with ./sextant optimize --resume).");
        }
    }

    private void finish() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
        job = null;
    }
}
