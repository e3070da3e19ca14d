package dev.sextant.app.ui;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.plugins.ContributedPanel;
import dev.sextant.app.ui.plugins.GuardedPanelProvider;
import dev.sextant.app.ui.plugins.PluginsPanelProvider;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.backtest.BacktestPanelProvider;
import dev.sextant.app.ui.chart.ChartPanel;
import dev.sextant.app.ui.chart.ChartPanelProvider;
import dev.sextant.app.ui.chart.ChartSettingsStore;
import dev.sextant.app.ui.data.DataPanel;
import dev.sextant.app.ui.data.DataPanelProvider;
import dev.sextant.app.ui.dock.DockingView;
import dev.sextant.app.ui.dock.Layout;
import dev.sextant.app.ui.dock.LayoutNode;
import dev.sextant.app.ui.dock.LayoutStore;
import dev.sextant.app.ui.dock.LoadedLayout;
import dev.sextant.app.ui.dock.PanelRegistry;
import dev.sextant.app.ui.job.FxTaskRunner;
import dev.sextant.app.ui.optimize.OptimizePanelProvider;
import dev.sextant.app.ui.portfolio.PortfolioPanelProvider;
import dev.sextant.app.ui.regime.RegimePanelProvider;
import dev.sextant.app.ui.scan.ScanPanelProvider;
import dev.sextant.app.ui.crosses.CrossesPanelProvider;
import dev.sextant.app.research.CrossScanService;
import dev.sextant.app.ui.walkforward.WalkForwardPanelProvider;
import dev.sextant.app.ui.watchlist.WatchlistCatalog;
import dev.sextant.app.ui.watchlist.WatchlistPanelProvider;
import dev.sextant.app.ui.shell.JobsPanelProvider;
import dev.sextant.app.ui.shell.MainWindow;
import dev.sextant.app.ui.shell.Notices;
import dev.sextant.app.ui.live.CrossAlerts;
import dev.sextant.app.ui.live.DesktopNotifier;
import dev.sextant.app.ui.live.LiveControls;
import dev.sextant.app.ui.live.LiveFeed;
import dev.sextant.app.ui.live.LiveViewModel;
import dev.sextant.app.ui.live.Notifier;
import dev.sextant.app.ui.live.ReplayControls;
import dev.sextant.app.ui.live.ReplayViewModel;
import dev.sextant.app.ui.live.SessionOutputs;
import dev.sextant.app.ui.live.StreamLight;
import dev.sextant.app.ui.live.StreamState;
import dev.sextant.app.ui.paper.PaperPanelProvider;
import dev.sextant.engine.live.Sleeper;
import dev.sextant.engine.watchlist.Watchlist;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCombination;
import javafx.stage.StageStyle;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import dev.sextant.app.ui.shell.QuickOpenModel;
import dev.sextant.app.ui.shell.Theme;
import dev.sextant.app.ui.shell.UiSettings;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.coley.bentofx.layout.container.DockContainerRootBranch;

/**
 * The workstation's UI composition: the task runner, the shared workspace, the panel registry
 * (the built-in panels and those the active plugins registered), docking with saved
 * layouts, theme and settings, and the main window with its commands. Built on the FX thread over
 * an open {@link AppContext}.
 */
public final class Workstation implements MainWindow.Actions {

    public static final double WIDTH = 1600;
    public static final double HEIGHT = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);
    private static final String REPLAY_KEYS_INSTALLED = "sextant.replayKeysInstalled";

    /**
     * The chart across the whole width on top, taking {@value #CHART_SHARE} of the dock's height (at
     * {@link #WIDTH}×{@link #HEIGHT} well over half the window), with the backtest in a tab beside it (a
     * backtest's tiles, curves and trades need that room, as do the research panels opened later there); below
     * it the data panel on the left and the scanner, jobs and watchlist panels on the right (so a series can be dragged
     * from the data panel onto a watchlist).
     */
    public static final double CHART_SHARE = 0.68;
    public static final Layout DEFAULT_LAYOUT = new Layout(new LayoutNode.Split(false, List.of(CHART_SHARE), List.of(
            new LayoutNode.Tabs(List.of(ChartPanelProvider.ID, BacktestPanelProvider.ID), ChartPanelProvider.ID),
            new LayoutNode.Split(true, List.of(0.27), List.of(
                    new LayoutNode.Tabs(List.of(DataPanelProvider.ID), DataPanelProvider.ID),
                    new LayoutNode.Tabs(List.of(ScanPanelProvider.ID, JobsPanelProvider.ID, WatchlistPanelProvider.ID),
                            ScanPanelProvider.ID))))));

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final StreamState streamState = new StreamState();
    private final LiveFeed liveFeed = new LiveFeed();
    private final SessionOutputs outputs;
    private final ReplayViewModel replay;
    private final LiveViewModel live;
    private final LiveControls liveControls;
    private Stage liveWindow;
    private final Notices notices = new Notices();
    private final WorkspaceState workspace;
    private final PanelRegistry registry = new PanelRegistry();
    private final LayoutStore layouts;
    private final DockingView docking;
    private final UiSettings settings;
    private final MainWindow window;
    private final Scene scene;
    private final List<SeriesInfo> series;
    private Theme theme;
    private Stage stage;

    public Workstation(AppContext ctx) {
        this(ctx, Clock.systemUTC());
    }

    /** @param clock the wall clock of live sessions (when a streamed minute is final, when a session closed) */
    public Workstation(AppContext ctx, Clock clock) {
        this.workspace = new WorkspaceState(ctx.bars(), tasks);
        this.outputs = new SessionOutputs(streamState, liveFeed, new CrossAlerts(),
                new Notifier(() -> stage, notices, new DesktopNotifier()));
        Supplier<Map<String, List<String>>> watchlistSymbols = () -> ctx.watchlists().lists().stream()
                .collect(Collectors.toMap(Watchlist::name, Watchlist::symbols, (a, b) -> a));
        this.replay = new ReplayViewModel(ctx.live(), ctx.bars(), tasks, Sleeper.REAL, outputs, watchlistSymbols);
        this.live = new LiveViewModel(ctx.live(), tasks, outputs, watchlistSymbols, clock);
        live.beforeConnect(replay::stopReplay);
        replay.beforeStart(live::disconnect);
        this.series = ctx.bars().listSeries();
        ResearchServices research = ctx.research();
        WatchlistCatalog watchlists = new WatchlistCatalog(ctx.watchlists(), tasks);
        registry.register(new ChartPanelProvider(workspace.marks(), research::marketRegimes, ChartSettingsStore.in(ctx.home()), ctx.drawings(),
                        liveFeed))
                .register(new DataPanelProvider(ctx.data(), watchlists))
                .register(new JobsPanelProvider(tasks.running(), notices))
                .register(new ScanPanelProvider(research, workspace.marks(), watchlists))
                .register(new BacktestPanelProvider(research, workspace.marks()))
                .register(new RegimePanelProvider(research))
                .register(new OptimizePanelProvider(research, ctx.home()))
                .register(new WalkForwardPanelProvider(research, ctx.home()))
                .register(new PortfolioPanelProvider(research))
                .register(new WatchlistPanelProvider(watchlists))
                .register(new PluginsPanelProvider(ctx.plugins(), ctx.pluginFolder()))
                .register(new CrossesPanelProvider(new CrossScanService(ctx.strategies(), ctx.bars(), ctx.universes()),
                        ctx.watchlists(), watchlists, workspace.marks(), outputs.crosses()))
                .register(new PaperPanelProvider(outputs));
        registerPluginPanels(ctx);
        this.settings = UiSettings.load(ctx.home());
        Optional.ofNullable(settings.problem()).ifPresent(notices::add);
        this.theme = settings.theme();
        workspace.timeframe().set(settings.timeframe());
        workspace.symbol().set(startSymbol());
        this.layouts = new LayoutStore(ctx.home(), DEFAULT_LAYOUT);
        this.docking = new DockingView(registry, workspace);
        docking.bento().getRootContainers().addListener((ListChangeListener<DockContainerRootBranch>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(r -> r.getScene() != null).forEach(r -> floatingSceneShown(r.getScene()));
            }
        });
        LoadedLayout loaded = layouts.loadCurrent(registry.ids());
        docking.apply(loaded.layout());
        Optional.ofNullable(loaded.notice()).ifPresent(notices::add);
        QuickOpenModel quick = quickOpen();
        this.window = new MainWindow(this, docking, registry, quick, tasks.running(), notices, new ReplayControls(replay),
                streamLight());
        this.liveControls = new LiveControls(live, streamState, watchlists.names());
        this.scene = new Scene(window, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(Workstation.class.getResource("sextant.css")).toExternalForm());
        theme.apply(scene);
        installReplayKeys(scene);
        for (ReadOnlyStringProperty message : List.of(replay.message(), live.message())) {
            message.addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    notices.add(now);
                }
            });
        }
        replay.symbols().set(workspace.symbol().get() == null ? "" : workspace.symbol().get());
        replay.findSessions();
        if (loaded.notice() == null && settings.problem() == null) {
            notices.add("Ready: " + series.size() + " series in " + ctx.home());
        }
    }

    /** The status bar's stream light; a click opens the live stream's window. */
    private StreamLight streamLight() {
        StreamLight light = new StreamLight(streamState);
        light.setCursor(Cursor.HAND);
        light.setOnMouseClicked(e -> openLive());
        return light;
    }

    /**
     * Opens the live stream's window (provider, symbols, Connect / Disconnect), owned by the main window and
     * not modal: the charts and panels stay usable while it is open, and the menus' shortcuts work in it. Escape
     * closes it; a connection stays.
     */
    @Override
    public void openLive() {
        if (liveWindow == null) {
            liveWindow = new Stage(StageStyle.UTILITY);
            liveWindow.initOwner(stage);
            liveWindow.setTitle("Live stream");
            liveWindow.setResizable(false);
            Scene liveScene = new Scene(liveControls);
            liveScene.getStylesheets().add(Objects.requireNonNull(Workstation.class.getResource("sextant.css")).toExternalForm());
            theme.apply(liveScene);
            liveScene.getAccelerators().put(KeyCombination.keyCombination("Esc"), liveWindow::hide);
            window.installShortcuts(liveScene);
            liveWindow.setScene(liveScene);
            // the state and message lines wrap: the window grows and shrinks with them
            for (ReadOnlyStringProperty line : List.of(live.message(), streamState.tooltip())) {
                line.addListener((obs, old, now) -> Platform.runLater(liveWindow::sizeToScene));
            }
        }
        liveWindow.show();
        liveWindow.toFront();
    }

    /** The live stream's window, once opened. */
    public Optional<Stage> liveWindow() {
        return Optional.ofNullable(liveWindow);
    }

    /** Space plays or pauses a loaded replay, unless the user is typing into a field. */
    private void installReplayKeys(Scene target) {
        if (target == null || target.getProperties().putIfAbsent(REPLAY_KEYS_INSTALLED, true) != null) {
            return; // once per scene: the dock reports the main window's scene as well
        }
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && replay.running().get()
                    && !(e.getTarget() instanceof TextInputControl)
                    && !(e.getTarget() instanceof ComboBoxBase<?> box && box.isEditable())) {
                replay.togglePlay();
                e.consume();
            }
        });
    }

    /** A floating dock window gets the theme and the menus' shortcuts (the window's, once it exists). */
    private void floatingSceneShown(Scene floating) {
        installReplayKeys(floating);
        theme.apply(floating);
        if (window != null) {
            window.installShortcuts(floating);
        }
    }

    private String startSymbol() {
        String wanted = settings.symbol();
        boolean stored = series.stream().anyMatch(s -> s.symbol().equals(wanted) && settings.timeframe().derivableFrom(s.timeframe()));
        if (stored || series.isEmpty()) {
            return series.isEmpty() ? null : wanted;
        }
        SeriesInfo first = series.stream().filter(s -> s.timeframe() == Timeframe.DAILY).findFirst().orElse(series.getFirst());
        workspace.timeframe().set(first.timeframe());
        return first.symbol();
    }

    /** The panels of the active plugins; one whose id a built-in panel has is left out, with a notice. */
    private void registerPluginPanels(AppContext ctx) {
        for (ContributedPanel contributed : ctx.plugins().panels()) {
            PanelProvider p = GuardedPanelProvider.of(contributed);
            try {
                registry.register(p);
            } catch (IllegalArgumentException e) {
                notices.add("Plugin panel '" + p.title() + "' not added: " + e.getMessage());
            }
        }
    }

    private QuickOpenModel quickOpen() {
        QuickOpenModel quick = new QuickOpenModel();
        quick.addSource(() -> series.stream().map(SeriesInfo::symbol).distinct()
                .map(sym -> new QuickOpenModel.Entry("symbol", sym, () -> showSymbol(sym))).toList());
        quick.addSource(() -> registry.all().stream()
                .map(p -> new QuickOpenModel.Entry("panel", p.title(), () -> openPanel(p.id()))).toList());
        quick.addSource(() -> List.of(
                new QuickOpenModel.Entry("action", "Connect to a live stream", this::openLive),
                new QuickOpenModel.Entry("action", "Import bar files", this::importFiles),
                new QuickOpenModel.Entry("action", "Reset layout", this::resetLayout),
                new QuickOpenModel.Entry("action", "Toggle theme", this::toggleTheme),
                new QuickOpenModel.Entry("action", "Daily bars", this::daily),
                new QuickOpenModel.Entry("action", "1-minute bars", this::intraday),
                new QuickOpenModel.Entry("action", "Log price scale", this::toggleLogScale),
                new QuickOpenModel.Entry("action", "Save workspace", this::saveWorkspace)));
        return quick;
    }

    /** Charts {@code symbol} in the current timeframe, or in its first stored one when its bars cannot build the current. */
    public void showSymbol(String symbol) {
        boolean hasTimeframe = series.stream()
                .anyMatch(s -> s.symbol().equals(symbol) && workspace.timeframe().get().derivableFrom(s.timeframe()));
        if (!hasTimeframe) {
            series.stream().filter(s -> s.symbol().equals(symbol)).findFirst()
                    .ifPresent(s -> workspace.timeframe().set(s.timeframe()));
        }
        workspace.symbol().set(symbol);
        openPanel(ChartPanelProvider.ID);
    }

    public Scene scene() {
        return scene;
    }

    public DockingView docking() {
        return docking;
    }

    public WorkspaceState workspace() {
        return workspace;
    }

    /** The live connection's state and commands (the live tool bar's). */
    public LiveViewModel live() {
        return live;
    }

    /** What the running replay or live session produces, for the panels. */
    public SessionOutputs outputs() {
        return outputs;
    }

    /** The replay's state and commands (the replay tool bar's). */
    public ReplayViewModel replay() {
        return replay;
    }

    public Notices notices() {
        return notices;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }

    public LayoutStore layouts() {
        return layouts;
    }

    public MainWindow window() {
        return window;
    }

    /** The open chart panel, if any. */
    public Optional<ChartPanel> chartPanel() {
        return panelNode(ChartPanelProvider.ID).filter(ChartPanel.class::isInstance).map(ChartPanel.class::cast);
    }

    private Optional<Node> panelNode(String id) {
        return docking.panel(id);
    }

    public void show(Stage stage) {
        this.stage = stage;
        stage.setTitle("Sextant");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.show();
        docking.showFloating();
        docking.floatingScenes().forEach(window::installShortcuts);
    }

    /** Saves the layout and settings; problems are logged, as the window is going away. */
    public void saveSession() {
        try {
            layouts.saveCurrent(docking.capture());
            settings.save(theme, workspace.symbol().get(), workspace.timeframe().get());
        } catch (RuntimeException e) {
            LOG.warn("could not save the session: {}", e.getMessage());
        }
    }

    @Override
    public void quit() {
        saveSession();
        replay.stopReplay();
        try {
            live.closeNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while the live session stored its last bars");
        } catch (RuntimeException e) {
            LOG.warn("the live session's last bars were not stored: {}", e.getMessage());
        }
        tasks.close();
        if (stage != null) {
            stage.hide();
        }
    }

    @Override
    public void importFiles() {
        openPanel(DataPanelProvider.ID);
        panelNode(DataPanelProvider.ID).filter(DataPanel.class::isInstance).map(DataPanel.class::cast)
                .ifPresent(DataPanel::chooseFiles);
    }

    @Override
    public void openPanel(String id) {
        docking.open(id);
    }

    @Override
    public void toggleTheme() {
        theme = theme.other();
        theme.apply(scene);
        docking.floatingScenes().forEach(theme::apply);
        liveWindow().ifPresent(w -> {
            theme.apply(w.getScene());
            Platform.runLater(w::sizeToScene); // the themes' fonts differ in width
        });
    }

    public Theme theme() {
        return theme;
    }

    @Override
    public void resetLayout() {
        docking.apply(layouts.defaultLayout());
        notices.add("Layout reset to the default.");
    }

    @Override
    public void saveWorkspace() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle("Save workspace");
        dialog.setHeaderText("Save the current layout as a named workspace");
        dialog.setContentText("Name:");
        dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty()).ifPresent(name -> {
            try {
                layouts.saveWorkspace(name, docking.capture());
                notices.add("Workspace '" + name + "' saved.");
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                notices.add("Workspace not saved: " + e.getMessage());
            }
        });
    }

    @Override
    public List<String> workspaces() {
        return layouts.workspaces();
    }

    @Override
    public void openWorkspace(String name) {
        LoadedLayout loaded = layouts.loadWorkspace(name, registry.ids());
        docking.apply(loaded.layout());
        notices.add(loaded.notice() != null ? loaded.notice() : "Workspace '" + name + "' opened.");
    }

    @Override
    public void daily() {
        workspace.timeframe().set(Timeframe.DAILY);
    }

    @Override
    public void intraday() {
        workspace.timeframe().set(Timeframe.MINUTE_1);
    }

    @Override
    public void toggleLogScale() {
        chartPanel().ifPresent(p -> p.viewModel().logScale().set(!p.viewModel().logScale().get()));
    }

    @Override
    public void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setContentText(String.join("\n",
                "Ctrl+K   go to symbol, panel or action",
                "Ctrl+1/2/3/4/5   chart / data / jobs / scanner / backtest panel;  Ctrl+0   watchlist",
                "Ctrl+D / Ctrl+M   daily / 1-minute bars",
                "Ctrl+L   log price scale",
                "Ctrl+I   import bar files",
                "Ctrl+S   save workspace;  Ctrl+Shift+R   reset layout",
                "Ctrl+Shift+L   live stream: provider, symbols, connect / disconnect",
                "Ctrl+Shift+T   dark / light theme;  Ctrl+Q   quit",
                "Chart: drag to pan, wheel to zoom, double click = recent bars,",
                "       arrows pan/zoom, Home = all bars, End = recent bars",
                "       Ctrl+Shift+C = compare another symbol"));
        alert.show();
    }

    /** Runs {@code action} after the next frame has been laid out and rendered. */
    public static void afterNextPulse(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
