package dev.sextant.app.ui.portfolio;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.app.research.PaperService;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.form.ResearchChoices;
import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.paper.PaperDay;
import dev.sextant.engine.paper.PaperPortfolio;
import dev.sextant.engine.paper.StrategySwitch;
import dev.sextant.engine.paper.TradePostMortem;
import dev.sextant.app.research.MarketChoice;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * State and commands of the Portfolio panel: the saved paper portfolios, the selected one's
 * positions, equity (with its benchmark and ghosts), switch history and post-mortems, and the
 * create / update / what-if commands, each a cancellable background job doing what {@code ./sextant portfolio}
 * does.
 */
public final class PortfolioViewModel {

    private final ResearchServices services;
    private final ObservableList<String> portfolios = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(this, "shown");
    private final ValidatedField name = ValidatedField.parsed("Name", "", t -> {
        if (!t.isEmpty() && !t.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("letters, digits, '.', '_' or '-'");
        }
        return t;
    });
    private final ResearchChoices choices;
    private final ValidatedField whatIfSince = ValidatedField.parsed("Since", "", PortfolioViewModel::date);
    private final ObjectProperty<BacktestResult> whatIf = new SimpleObjectProperty<>(this, "whatIf");
    private final PanelJob job;

    /**
     * What the panel shows of one portfolio: its view and, by name, the daily equity of the portfolios
     * compared with it (its ghosts; for a ghost, the live portfolio it shadows).
     */
    public record Shown(PaperService.PortfolioView view, Map<String, List<PaperDay>> ghosts) {

        public PaperPortfolio portfolio() {
            return view.stored().portfolio();
        }

        public List<PaperDay> days() {
            return view.history().days();
        }

        public List<StrategySwitch> switches() {
            return view.history().switches();
        }

        public List<TradePostMortem> postMortems() {
            return view.postMortems();
        }

        public List<PaperService.Position> positions() {
            return view.positions();
        }

        /** One line: strategy, span, equity and return against the benchmark. */
        public String summary() {
            PaperPortfolio p = portfolio();
            String strategy = p.switches() ? "switching " + p.candidates().size() + " candidates, active "
                    + view.stored().state().active() : p.request().strategyId();
            String ghost = p.ghostOf() == null ? "" : " · ghost of " + p.ghostOf();
            if (days().isEmpty()) {
                return p.name() + ": " + strategy + ghost + " · from " + p.request().from() + " · not updated yet";
            }
            PaperDay last = days().getLast();
            double capital = p.request().capital();
            String bench = view.benchmark() == null ? "" : String.format(Locale.ROOT, " · %s %+.2f %%",
                    p.request().benchmark(), 100 * (view.benchmark()[view.benchmark().length - 1] / capital - 1));
            return String.format(Locale.ROOT, "%s: %s%s · %s .. %s · equity %.2f (%+.2f %%)%s · %d positions", p.name(),
                    strategy, ghost, p.request().from(), last.date(), last.equity(), 100 * (last.equity() / capital - 1),
                    bench, last.positions());
        }
    }

    /** Empty (not given yet) or a YYYY-MM-DD date. */
    private static Object date(String text) {
        if (text.isEmpty()) {
            return text;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("YYYY-MM-DD");
        }
    }

    public PortfolioViewModel(ResearchServices services, PanelContext context) {
        this.services = services;
        this.job = new PanelJob(context.tasks());
        this.choices = new ResearchChoices(services, context.tasks(), "dwap-breakout", "sample-stocks", false,
                ResearchChoices.Dates.startingOn("Start"));
        selected.addListener((obs, old, now) -> {
            whatIf.set(null);
            boolean alreadyShown = shown.get() != null && shown.get().portfolio().name().equals(now);
            if (now != null && !now.equals(old) && !alreadyShown) {
                load(now);
            }
        });
        refresh();
    }

    public ObservableList<String> portfolios() {
        return portfolios;
    }

    public ObjectProperty<String> selected() {
        return selected;
    }

    public ReadOnlyObjectProperty<Shown> shown() {
        return shown;
    }

    public ValidatedField name() {
        return name;
    }

    /** Strategy, universe and the start date of a new portfolio. */
    public ResearchChoices choices() {
        return choices;
    }

    /** The first day of the what-if (YYYY-MM-DD). */
    public ValidatedField whatIfSince() {
        return whatIfSince;
    }

    /** The last what-if of the selected portfolio, or null. */
    public ReadOnlyObjectProperty<BacktestResult> whatIf() {
        return whatIf;
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

    /** Reloads the list of portfolios (keeps the selection when it still exists, else selects the first). */
    public void refresh() {
        portfolios.setAll(services.paper().list().stream().map(s -> s.portfolio().name()).toList());
        if (selected.get() == null || !portfolios.contains(selected.get())) {
            selected.set(portfolios.isEmpty() ? null : portfolios.getFirst());
        }
    }

    public boolean formValid() {
        return name.valid() && !name.value().isEmpty() && choices.valid();
    }

    /** Creates a portfolio from the form and brings it up to the newest bar, as a background job. */
    public void create() {
        if (job.busy().get()) {
            return;
        }
        if (!formValid()) {
            job.status().set("Fill in a name and a start date (YYYY-MM-DD) first.");
            return;
        }
        String n = name.value();
        String id = choices.strategy().get();
        MarketChoice choice = choices.market();
        LocalDate from = choices.fromDate();
        job.start("Create portfolio " + n, "Creating " + n + " ...", (p, c) -> {
            List<PriceColumns> bars = services.markets().load(choice, p, c).series();
            List<String> symbols = bars.stream().map(PriceColumns::symbol).toList();
            String bench = services.backtests().benchmark(null, bars, from, null);
            services.paper().create(new PaperPortfolio(n, BacktestRequest.builder(id, symbols).from(from).benchmark(bench)
                    .build(), null, List.of(), null));
            services.paper().update(n, null, p, c);
            return show(n);
        }, s -> {
            shown.set(s);
            refresh();
            selected.set(n);
            job.status().set("Created " + n + " and updated it through " + s.view().stored().state().lastDay() + ".");
        }, "Create portfolio " + n + " failed");
    }

    /** Updates the selected portfolio (and its ghosts) through the newest stored bar, as a background job. */
    public void update() {
        String n = selected.get();
        if (job.busy().get() || n == null) {
            if (n == null) {
                job.status().set("No portfolio selected: create one first.");
            }
            return;
        }
        job.start("Update portfolio " + n, "Updating " + n + " ...", (p, c) -> {
            List<PaperService.UpdateOutcome> outcomes = services.paper().update(n, null, p, c);
            return Map.entry(outcomes, show(n));
        }, r -> {
            shown.set(r.getValue());
            PaperService.UpdateOutcome o = r.getKey().getFirst();
            job.status().set(String.format(Locale.ROOT, "Updated %s: %d new day(s), %d fill(s), %d closed trip(s), %d switch(es); through %s.",
                    n, o.days(), o.fills(), o.closedTrips(), o.switches(), o.lastDay()));
        }, "Update portfolio " + n + " failed");
    }

    /**
     * "What if I had followed every signal since the given day": a backtest of the selected
     * portfolio's active strategy from then on, as a background job; not saved.
     */
    public void runWhatIf() {
        String n = selected.get();
        if (job.busy().get()) {
            return;
        }
        if (n == null || !whatIfSince.valid() || whatIfSince.value().isEmpty()) {
            job.status().set(n == null ? "No portfolio selected: create one first." : "Give the first day of the what-if (YYYY-MM-DD).");
            return;
        }
        LocalDate since = LocalDate.parse(whatIfSince.value());
        job.start("What if " + n + " since " + since, "Backtesting " + n + " since " + since + " ...",
                (p, c) -> services.paper().whatIf(n, since), r -> {
                    whatIf.set(r);
                    job.status().set("What if: " + PaperService.describeWhatIf(r) + ".");
                }, "What if " + n + " since " + since + " failed");
    }

    private void load(String n) {
        if (job.busy().get()) {
            return;
        }
        job.start("Open portfolio " + n, "Loading " + n + " ...", (p, c) -> show(n), s -> {
            shown.set(s);
            job.status().set("Showing " + n + ".");
        }, "Open portfolio " + n + " failed");
    }

    private Shown show(String n) {
        PaperService.PortfolioView view = services.paper().view(n);
        Map<String, List<PaperDay>> ghosts = new LinkedHashMap<>();
        for (String g : view.ghosts()) {
            ghosts.put(g, services.paper().view(g).history().days());
        }
        String live = view.stored().portfolio().ghostOf();
        if (live != null) {
            ghosts.put(live, services.paper().view(live).history().days());
        }
        return new Shown(view, ghosts);
    }

    public void cancel() {
        job.cancel("Cancelled; an update that had not been saved left the portfolio as it was.");
    }
}
