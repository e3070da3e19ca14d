package dev.sextant.app.ui.shell;

import atlantafx.base.theme.Styles;
import dev.sextant.app.ui.dock.DockingView;
import dev.sextant.app.ui.dock.PanelRegistry;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The main window's content: menu bar, tool bar with the quick-open box, the dock area, and the status bar. */
public final class MainWindow extends BorderPane {

    private static final String SHORTCUTS_INSTALLED = "sextant.shortcutsInstalled";

    private final TextField quickOpen;
    private final MenuBar menus;

    public MainWindow(Actions actions, DockingView docking, PanelRegistry registry, QuickOpenModel quick,
                      ObservableList<Worker<?>> running, Notices notices, Node replayControls, Node streamLight) {
        getStyleClass().add("main-window");
        quickOpen = quickOpenField(quick);
        this.menus = menuBar(actions, registry);
        setTop(new VBox(menus, toolBar(actions, replayControls)));
        setCenter(docking.node());
        setBottom(statusBar(running, notices, streamLight));
    }

    /** The commands of menus, tool bar and shortcuts, implemented by the workstation. */
    public interface Actions {
        void importFiles();

        void quit();

        void openPanel(String id);

        void toggleTheme();

        void resetLayout();

        void saveWorkspace();

        List<String> workspaces();

        void openWorkspace(String name);

        void daily();

        void intraday();

        void toggleLogScale();

        void showShortcuts();

        /** Opens the live stream's window: provider, symbols, connect / disconnect. */
        void openLive();
    }

    public void focusQuickOpen() {
        quickOpen.requestFocus();
        quickOpen.selectAll();
    }

    private MenuBar menuBar(Actions a, PanelRegistry registry) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Import bar files...", "Shortcut+I", a::importFiles),
                new javafx.scene.control.SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", a::quit));
        Menu view = new Menu("_View");
        int n = 1;
        for (var p : registry.all()) {
            String key = n <= 10 ? "Shortcut+" + n++ % 10 : null;
            view.getItems().add(item(p.title(), key, () -> a.openPanel(p.id())));
        }
        view.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                item("Go to _symbol / panel / action...", "Shortcut+K", this::focusQuickOpen),
                item("_Daily bars", "Shortcut+D", a::daily),
                item("_1-minute bars", "Shortcut+M", a::intraday),
                item("_Log price scale", "Shortcut+L", a::toggleLogScale),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Toggle _dark / light theme", "Shortcut+Shift+T", a::toggleTheme));
        Menu workspace = new Menu("_Workspace");
        workspace.setOnShowing(e -> {
            workspace.getItems().setAll(
                    item("_Save workspace as...", "Shortcut+S", a::saveWorkspace),
                    item("_Reset layout", "Shortcut+Shift+R", a::resetLayout));
            List<String> names = a.workspaces();
            if (!names.isEmpty()) {
                workspace.getItems().add(new javafx.scene.control.SeparatorMenuItem());
                names.forEach(name -> workspace.getItems().add(item(name, null, () -> a.openWorkspace(name))));
            }
        });
        workspace.getItems().addAll(item("_Save workspace as...", "Shortcut+S", a::saveWorkspace),
                item("_Reset layout", "Shortcut+Shift+R", a::resetLayout));
        Menu live = new Menu("_Live");
        live.getItems().add(item("_Connect to a live stream...", "Shortcut+Shift+L", a::openLive));
        Menu help = new Menu("_Help");
        help.getItems().add(item("_Keyboard shortcuts", "F1", a::showShortcuts));
        MenuBar bar = new MenuBar(file, view, workspace, live, help);
        bar.setId("main-menu");
        return bar;
    }

    /**
     * Makes the menus' shortcuts work in {@code scene}, a floating dock window: JavaFX looks up accelerators
     * only in the scene of the menu bar, so a key pressed in a floating window (a table, the chart) reached no
     * menu. A text box keeps its own editing keys. Installs once per scene.
     */
    public void installShortcuts(Scene scene) {
        if (scene == null || scene == getScene() || scene.getProperties().putIfAbsent(SHORTCUTS_INSTALLED, true) != null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!(e.getTarget() instanceof TextInputControl)) {
                menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> i.getAccelerator() != null && i.getAccelerator().match(e) && !i.isDisable())
                        .findFirst()
                        .ifPresent(i -> {
                            e.consume();
                            i.fire();
                        });
            }
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The tool bar: quick open, the panels' buttons, the replay's controls, the theme. */
    private ToolBar toolBar(Actions a, Node replayControls) {
        Button importButton = toolButton(new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE), "Import bar files (Ctrl+I)", a::importFiles);
        Button chart = toolButton(new FontIcon(MaterialDesignC.CHART_BOX_OUTLINE), "Chart (Ctrl+1)", () -> a.openPanel("chart"));
        Button data = toolButton(new FontIcon(MaterialDesignT.TABLE_LARGE), "Data (Ctrl+2)", () -> a.openPanel("data"));
        Button jobs = toolButton(new FontIcon(MaterialDesignF.FORMAT_LIST_CHECKS), "Jobs (Ctrl+3)", () -> a.openPanel("jobs"));
        Button reset = toolButton(new FontIcon(MaterialDesignV.VIEW_DASHBOARD_OUTLINE), "Reset layout (Ctrl+Shift+R)", a::resetLayout);
        Button theme = toolButton(new FontIcon(MaterialDesignM.MOON_WAXING_CRESCENT), "Dark / light theme (Ctrl+Shift+T)", a::toggleTheme);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(quickOpen, new Separator(), importButton, chart, data, jobs, reset, new Separator(),
                replayControls, spacer, theme);
        bar.setId("main-toolbar");
        return bar;
    }

    private static Button toolButton(FontIcon icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField quickOpenField(QuickOpenModel quick) {
        TextField field = new TextField();
        field.setId("quick-open");
        field.setPromptText("Go to ...  (Ctrl+K)");
        field.setTooltip(new Tooltip("Go to a symbol, a panel or an action (Ctrl+K)"));
        field.setPrefColumnCount(16);
        AutoCompletionBinding<QuickOpenModel.Entry> binding = TextFields.bindAutoCompletion(field,
                request -> quick.matches(request.getUserText()));
        binding.setVisibleRowCount(QuickOpenModel.LIMIT);
        binding.getAutoCompletionPopup().getScene().getStylesheets().add(
                java.util.Objects.requireNonNull(MainWindow.class.getResource("/dev/sextant/app/ui/sextant.css")).toExternalForm());
        binding.setOnAutoCompleted(e -> {
            field.clear();
            e.getCompletion().action().run();
        });
        field.setOnAction(e -> {
            List<QuickOpenModel.Entry> found = quick.matches(field.getText());
            if (!found.isEmpty()) {
                field.clear();
                found.getFirst().action().run();
            }
        });
        return field;
    }

    private static Node statusBar(ObservableList<Worker<?>> running, Notices notices, Node streamLight) {
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(notices.latest());
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        Label jobs = new Label();
        jobs.setId("status-jobs");
        jobs.textProperty().bind(Bindings.createStringBinding(() -> switch (running.size()) {
            case 0 -> "No jobs running";
            case 1 -> running.getFirst().getTitle();
            default -> running.size() + " jobs: " + String.join(", ", running.stream().map(Worker::getTitle).toList());
        }, running));
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(110);
        progress.visibleProperty().bind(Bindings.isNotEmpty(running));
        running.addListener((javafx.collections.ListChangeListener<Worker<?>>) c -> {
            progress.progressProperty().unbind();
            if (!running.isEmpty()) {
                progress.progressProperty().bind(running.getFirst().progressProperty());
            }
        });
        HBox bar = new HBox(10, notice, jobs, progress, new Separator(javafx.geometry.Orientation.VERTICAL), streamLight);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
