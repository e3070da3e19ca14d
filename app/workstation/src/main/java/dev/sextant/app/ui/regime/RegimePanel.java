package dev.sextant.app.ui.regime;

import dev.sextant.app.research.report.RegimeMetric;
import dev.sextant.app.ui.form.JobControls;
import atlantafx.base.theme.Styles;
import dev.sextant.app.research.RegimeRun;
import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.regime.ForecastSkill;
import dev.sextant.engine.regime.HorizonForecast;
import dev.sextant.engine.regime.RegimeSnapshot;
import dev.sextant.engine.regime.RegimeSummary;
import dev.sextant.app.ui.shell.KpiTile;
import eu.hansolo.tilesfx.Tile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The regime panel: the inputs and Refresh on top; tiles with the last day's regime, outlook,
 * action and forecast; under them two tabs, the heatmap of the last days' regime probabilities and
 * the strategy × regime heatmap of the saved backtests; the transition matrix and the forecast skill
 * against "the regime persists" on the right. A third tab holds the regime map: which strategy
 * each regime trades, run as a backtest ({@link RegimeMapPane}).
 */
public final class RegimePanel extends BorderPane {

    static final String[] TILES = {"Regime", "Outlook", "Action", "Forecast"};

    private final RegimeViewModel vm;
    private final Map<String, Label> tiles = new LinkedHashMap<>();
    private final Map<String, Label> tileTitles = new LinkedHashMap<>();
    private final ProbabilityHeatmap heatmap = new ProbabilityHeatmap();
    private final TransitionGrid transitions = new TransitionGrid();
    private final TableView<ForecastSkill> skill = new TableView<>();
    private final StrategyRegimeGrid strategies = new StrategyRegimeGrid();
    private final RegimeMapViewModel mapVm;
    private TabPane tabs;

    public RegimePanel(RegimeViewModel vm, RegimeMapViewModel mapVm) {
        this.vm = vm;
        this.mapVm = mapVm;
        getStyleClass().add("regime-panel");
        setTop(toolbar());
        VBox.setVgrow(heatmap, Priority.ALWAYS);
        Label heatmapTitle = section("Regime probabilities of the last days: colour = probability from 0 (dark) to 1 (bright"
                + " blue), scale on the right; dot: the day's regime");
        heatmapTitle.setWrapText(true);
        heatmapTitle.setMinHeight(USE_PREF_SIZE);
        VBox probabilities = new VBox(6, heatmapTitle, heatmap);
        probabilities.setPadding(new Insets(6, 0, 0, 0));
        Tab probabilityTab = new Tab("Last days", probabilities);
        probabilityTab.setId("regime-tab-days");
        Tab strategyTab = new Tab("Strategies by regime", strategiesByRegime());
        strategyTab.setId("regime-tab-strategies");
        ScrollPane mapScroll = new ScrollPane(new RegimeMapPane(mapVm));
        mapScroll.setId("regime-map-scroll");
        mapScroll.setFitToWidth(true);
        mapScroll.getStyleClass().add("edge-to-edge");
        Tab mapTab = new Tab("Regime map", mapScroll);
        mapTab.setId("regime-tab-map");
        TabPane tabs = new TabPane(probabilityTab, strategyTab, mapTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("regime-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        this.tabs = tabs;
        VBox left = new VBox(6, tiles(), tabs);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(8, titled("Transition matrix, % (row: today, column: tomorrow)", transitions),
                titled("Forecast skill vs \"the regime persists\" (skill > 0: the model beats it)", skill));
        right.setMinWidth(USE_PREF_SIZE);
        right.setMaxWidth(USE_PREF_SIZE);
        HBox results = new HBox(12, left, right);
        results.setPadding(new Insets(6, 8, 8, 8));
        setCenter(results);
        buildSkillTable();
        vm.run().addListener((obs, old, now) -> showRun());
        vm.shownDays().addListener((obs, old, now) -> showRun());
        vm.strategyCells().addListener((obs, old, now) -> strategies.show(now));
        strategies.show(vm.strategyCells().get());
        showRun();
    }

    public RegimeViewModel viewModel() {
        return vm;
    }

    /** The regime map tab's state: the table the user edits and the last run of it. */
    public RegimeMapViewModel mapViewModel() {
        return mapVm;
    }

    private Node toolbar() {
        ComboBox<String> universe = new ComboBox<>();
        universe.setId("regime-universe");
        universe.setItems(vm.universes()); // follows the universes read in the background
        universe.valueProperty().bindBidirectional(vm.universe());
        universe.setPrefWidth(150);
        universe.setMinWidth(USE_PREF_SIZE);
        universe.setTooltip(new Tooltip("Universe for breadth (share above SMA50, share near the 52-week high)"));
        ComboBox<Integer> days = new ComboBox<>();
        days.setId("regime-days");
        days.getItems().setAll(RegimeViewModel.DAY_CHOICES);
        days.valueProperty().bindBidirectional(vm.shownDays());
        days.setPrefWidth(80);
        days.setMinWidth(USE_PREF_SIZE);
        JobControls job = new JobControls("regime-refresh", "Refresh", MaterialDesignR.REFRESH, vm::refresh, vm::cancel,
                vm.busy(), vm.progress(), vm.status(), "regime-status");
        Button refresh = job.start();
        Button cancel = job.cancel();
        ProgressBar bar = job.progress();
        bar.setPrefWidth(80);
        Label status = job.status();
        HBox bar1 = new HBox(6, label("Index"), field(vm.index(), "SPY or IDX.SX", "regime-index"),
                label("Volatility"), field(vm.volatility(), "^VIX, ^VOL.SX or none", "regime-vol"),
                label("Breadth"), universe, label("Days"), days, refresh, cancel, bar);
        bar1.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar1, status);
        top.setPadding(new Insets(6, 8, 0, 8));
        return top;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }

    /** A text field bound to {@code field}; its problem shows as a red outline and a tooltip. */
    private static TextField field(ValidatedField field, String prompt, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefColumnCount(Math.max(8, prompt.length() - 4));
        t.setMinWidth(USE_PREF_SIZE);
        t.textProperty().bindBidirectional(field.text());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(field.error());
        field.error().addListener((obs, old, now) -> {
            t.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
            t.setTooltip(now.isEmpty() ? null : tip);
        });
        return t;
    }

    /** The strategy × regime heatmap with its metric choice, Reload and where its rows come from. */
    private Node strategiesByRegime() {
        ComboBox<RegimeMetric> metric = new ComboBox<>();
        metric.setId("regime-metric");
        metric.getItems().setAll(RegimeMetric.values());
        metric.valueProperty().bindBidirectional(vm.metric());
        metric.setPrefWidth(200);
        metric.setMinWidth(USE_PREF_SIZE);
        Button reload = new Button("Reload", new FontIcon(MaterialDesignR.RELOAD));
        reload.setId("regime-strategies-reload");
        reload.setTooltip(new Tooltip("Read the saved backtests again (after running one)"));
        reload.setOnAction(e -> vm.loadSplits());
        reload.setMinWidth(USE_PREF_SIZE);
        Label status = section("");
        status.setId("regime-strategies-status");
        status.textProperty().bind(vm.splitsStatus());
        status.setWrapText(true);
        status.setMinHeight(USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(6, label("Cell"), metric, reload, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(strategies);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(4, bar, scroll);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    /** Four tiles, two by two. */
    private Node tiles() {
        GridPane grid = new GridPane(6, 6);
        grid.setId("regime-tiles");
        for (int i = 0; i < TILES.length; i++) {
            String title = TILES[i];
            Label name = new Label(title);
            name.getStyleClass().add("kpi-title");
            Label value = new Label("-");
            value.getStyleClass().add(title.equals("Forecast") ? "kpi-value-small" : "kpi-value");
            value.setId("regime-tile-" + title.toLowerCase(Locale.ROOT));
            VBox content = new VBox(2, name, value);
            content.setAlignment(Pos.CENTER_LEFT);
            Tile t = KpiTile.of(content, 220, 120);
            GridPane.setHgrow(t, Priority.ALWAYS);
            tiles.put(title, value);
            tileTitles.put(title, name);
            grid.add(t, i % 2, i / 2);
        }
        return grid;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static VBox titled(String title, Node content) {
        Label l = section(title);
        l.setWrapText(true);
        l.setMinHeight(USE_PREF_SIZE);
        VBox box = new VBox(4, l, content);
        box.setPrefWidth(540);
        return box;
    }

    private void buildSkillTable() {
        skill.setId("regime-skill");
        skill.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        skill.getColumns().setAll(List.of(
                Columns.text("Days", 56, k -> k.horizon() + " d"),
                Columns.number("n", 50, "%.0f", k -> (double) k.forecasts()),
                Columns.number("Brier", 60, "%.3f", ForecastSkill::brierModel),
                Columns.number("base", 66, "%.3f", ForecastSkill::brierPersistence),
                Columns.number("skill", 66, "%+.3f", ForecastSkill::brierSkill),
                Columns.number("log-loss", 82, "%.3f", ForecastSkill::logLossModel),
                Columns.number("base", 66, "%.3f", ForecastSkill::logLossPersistence),
                Columns.number("skill", 66, "%+.3f", ForecastSkill::logLossSkill)));
        Columns.fitContent(skill);
        skill.setTooltip(new Tooltip("n: scored forecasts; Brier and log-loss of the model and of the baseline \"the regime"
                + " persists\" (base), lower is better; skill = 1 - model / base"));
        skill.setFixedCellSize(24);
        skill.setPrefHeight(36 + 4 * 24 + 8);
        skill.setMinHeight(USE_PREF_SIZE);
        skill.setPlaceholder(new Label("No run yet"));
    }

    private void showRun() {
        RegimeRun run = vm.run().get();
        if (run == null) {
            heatmap.show(List.of());
            transitions.show(null, null);
            skill.getItems().clear();
            tiles.values().forEach(l -> l.setText("-"));
            return;
        }
        List<RegimeSnapshot> days = run.days();
        heatmap.show(days.subList(Math.max(0, days.size() - vm.shownDays().get()), days.size()));
        RegimeSummary summary = run.analysis().summary();
        transitions.show(summary.transitionMatrix(), summary.transitionCounts());
        skill.getItems().setAll(summary.skill());
        RegimeSnapshot today = run.latest();
        tileTitles.get("Regime").setText("Regime on " + today.date());
        tiles.get("Regime").setText(String.format(Locale.ROOT, "%s (p %.2f)", today.regime().label(),
                today.probability(today.regime())));
        tiles.get("Outlook").setText(today.outlook().label());
        tiles.get("Action").setText(today.action().label());
        tiles.get("Forecast").setText(forecasts(today.forecasts()));
    }

    /** The most likely regime per horizon, two horizons per line. */
    static String forecasts(List<HorizonForecast> forecasts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < forecasts.size(); i++) {
            HorizonForecast f = forecasts.get(i);
            b.append(i == 0 ? "" : i % 2 == 0 ? "\n" : "   ");
            b.append(String.format(Locale.ROOT, "%dd %s", f.horizon(), f.mostLikely().label()));
        }
        return b.toString();
    }

    /** The text a tile shows, by title (for tests). */
    public String tileText(String title) {
        return tiles.get(title).getText();
    }

    public ProbabilityHeatmap heatmap() {
        return heatmap;
    }

    public StrategyRegimeGrid strategies() {
        return strategies;
    }

    /** The tabs under the tiles: the last days' probabilities, the strategies by regime. */
    public TabPane tabs() {
        return tabs;
    }

    public TransitionGrid transitions() {
        return transitions;
    }

    public TableView<ForecastSkill> skillTable() {
        return skill;
    }
}
