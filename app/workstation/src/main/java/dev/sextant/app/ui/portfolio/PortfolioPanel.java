package dev.sextant.app.ui.portfolio;

import dev.sextant.engine.backtest.ShareCount;
import atlantafx.base.theme.Styles;
import dev.sextant.app.research.PaperService;
import dev.sextant.app.ui.backtest.CurveChart;
import dev.sextant.app.ui.form.FormGrid;
import dev.sextant.app.ui.form.ResearchChoicesForm;
import dev.sextant.app.ui.form.JobControls;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.paper.PaperDay;
import dev.sextant.engine.paper.StrategySwitch;
import dev.sextant.engine.paper.TradePostMortem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The Portfolio panel: choose a paper portfolio and update it, ask what following its signals since a
 * day would have given, or create one, on the left; on the
 * right its summary, equity against the benchmark and its ghosts, and tabs with the open positions,
 * the switch history and a post-mortem of each closed round trip.
 */
public final class PortfolioPanel extends BorderPane {

    private final PortfolioViewModel vm;
    private final Label summary = new Label("No portfolio yet: create one on the left.");
    private final CurveChart equity = new CurveChart("portfolio-equity", "%.0f", false);
    private final TableView<PaperService.Position> positions = new TableView<>();
    private final TableView<StrategySwitch> switches = new TableView<>();
    private final TableView<TradePostMortem> postMortems = new TableView<>();

    public PortfolioPanel(PortfolioViewModel vm) {
        this.vm = vm;
        SplitPane split = new SplitPane(form(), results());
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        setCenter(split);
        vm.shown().addListener((obs, old, now) -> show(now));
        vm.whatIf().addListener((obs, old, now) -> show(vm.shown().get()));
        show(vm.shown().get());
    }

    public PortfolioViewModel viewModel() {
        return vm;
    }

    private Node form() {
        ComboBox<String> pick = new ComboBox<>(vm.portfolios());
        pick.setId("portfolio-pick");
        pick.valueProperty().bindBidirectional(vm.selected());
        pick.setMaxWidth(Double.MAX_VALUE);
        JobControls job = new JobControls("portfolio-update", "Update", MaterialDesignR.REFRESH, vm::update, vm::cancel,
                vm.busy(), vm.progress(), vm.status(), "portfolio-status");
        FormGrid create = new ResearchChoicesForm(vm.choices(), "portfolio")
                .addAll(new FormGrid().add(vm.name(), "my-portfolio", "portfolio-name"));
        Button createButton = new Button("Create and update", new FontIcon(MaterialDesignP.PLUS));
        createButton.setId("portfolio-create");
        createButton.setOnAction(e -> vm.create());
        createButton.disableProperty().bind(vm.busy());
        FormGrid whatIfForm = new FormGrid().add(vm.whatIfSince(), "YYYY-MM-DD", "portfolio-whatif-since");
        Button whatIfButton = new Button("What if", new FontIcon(MaterialDesignH.HISTORY));
        whatIfButton.setId("portfolio-whatif");
        whatIfButton.setOnAction(e -> vm.runWhatIf());
        whatIfButton.disableProperty().bind(vm.busy().or(vm.selected().isNull()));
        Label whatIfTitle = muted("What if I had followed every signal since:");
        whatIfTitle.setWrapText(true);
        Label note = muted("Ghosts, switching between candidates and hand trades: ./sextant portfolio create --help");
        note.setWrapText(true);
        VBox box = new VBox(8, muted("Portfolio"), pick, job.row(), job.status(),
                whatIfTitle, whatIfForm, whatIfButton,
                muted("New portfolio"), create, createButton, note);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node results() {
        summary.setId("portfolio-summary");
        summary.setWrapText(true);
        equity.setId("portfolio-equity");
        equity.setMinHeight(180);
        positions.setId("portfolio-positions");
        positions.setPlaceholder(new Label("No open positions."));
        positions.getColumns().setAll(List.of(
                Columns.text("Symbol", 90, p -> p.symbol()),
                Columns.text("Origin", 120, p -> p.origin()),
                Columns.text("Since", 105, p -> p.entryDate().toString()),
                Columns.text("Shares", 70, p -> ShareCount.text(p.shares())),
                Columns.number("Entry", 80, "%.2f", p -> p.entryPrice()),
                Columns.number("Last", 80, "%.2f", p -> p.lastClose()),
                Columns.number("Value", 95, "%.2f", p -> p.value()),
                Columns.number("Unrealized", 100, "%.2f", p -> p.unrealized()),
                Columns.number("Stop", 80, "%.2f", p -> p.stop()),
                Columns.text("Pending", 110, p -> p.pendingExit() == null ? "" : "sell: " + p.pendingExit().toLowerCase(Locale.ROOT))));
        Columns.fitContent(positions);
        switches.setId("portfolio-switches");
        switches.setPlaceholder(new Label("No switches: the portfolio follows one strategy, or its rule has not switched."));
        switches.getColumns().setAll(List.of(
                Columns.text("Date", 95, s -> s.date().toString()),
                Columns.text("From", 120, s -> s.from()),
                Columns.text("To", 120, s -> s.to()),
                Columns.number("Score before", 105, "%.1f", s -> s.fromScore()),
                Columns.number("Score after", 100, "%.1f", s -> s.toScore()),
                Columns.text("Regime", 100, s -> s.regime() == null ? "all days" : s.regime()),
                Columns.text("Reason", 520, s -> s.reason())));
        Columns.fitContent(switches);
        postMortems.setId("portfolio-post-mortems");
        postMortems.setPlaceholder(new Label("No closed round trips yet."));
        postMortems.getColumns().setAll(List.of(
                Columns.text("Symbol", 85, m -> m.symbol()),
                Columns.text("Entry", 95, m -> m.entryDate().toString()),
                Columns.text("Exit", 95, m -> m.exitDate().toString()),
                Columns.number("Return %", 85, "%.2f", m -> 100 * m.returnPct()),
                Columns.number("MAE %", 70, "%.1f", m -> 100 * m.mae()),
                Columns.number("MFE %", 70, "%.1f", m -> 100 * m.mfe()),
                Columns.text("Regime in → out", 190, m -> regime(m.regimeAtEntry()) + " → " + regime(m.regimeAtExit())),
                Columns.text("Exit", 300, m -> m.exitNote()),
                Columns.text("After the exit", 330, m -> m.verdict()),
                Columns.text("Entry reason", 420, m -> m.entryReason())));
        Columns.fitContent(postMortems);
        TabPane tabs = new TabPane(tab("Positions", positions), tab("Switches", switches), tab("Post-mortems", postMortems));
        tabs.setId("portfolio-tabs");
        HBox legend = new HBox(12, swatch("portfolio", "#4c9be0"), swatch("benchmark", "#8a94a6"),
                swatch("ghosts / live portfolio / what-if", "#e0b04c"));
        legend.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, summary, legend, equity);
        VBox.setVgrow(equity, Priority.ALWAYS);
        SplitPane vertical = new SplitPane(top, tabs);
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.setDividerPositions(0.5);
        VBox box = new VBox(vertical);
        VBox.setVgrow(vertical, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** A legend entry in the colour of its curve (the curve-chart dataset colours of sextant.css). */
    private static Label swatch(String text, String colour) {
        Label l = new Label("— " + text);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        l.setStyle("-fx-text-fill: " + colour + ";");
        return l;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private static String regime(Object r) {
        return r == null ? "unknown" : r.toString().toLowerCase(Locale.ROOT);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private void show(PortfolioViewModel.Shown s) {
        if (s == null) {
            positions.getItems().clear();
            switches.getItems().clear();
            postMortems.getItems().clear();
            equity.show(List.of(), false);
            return;
        }
        summary.setText(s.summary());
        positions.getItems().setAll(s.positions());
        switches.getItems().setAll(s.switches());
        postMortems.getItems().setAll(s.postMortems().reversed());
        List<CurveChart.Curve> curves = new ArrayList<>();
        long[] days = s.days().stream().mapToLong(d -> d.date().toEpochDay()).toArray();
        curves.add(new CurveChart.Curve(s.portfolio().name(), days, s.days().stream().mapToDouble(PaperDay::equity).toArray(),
                "equity"));
        if (s.view().benchmark() != null) {
            curves.add(new CurveChart.Curve("benchmark", days, s.view().benchmark(), "benchmark"));
        }
        s.ghosts().forEach((name, ghost) -> curves.add(new CurveChart.Curve(name,
                ghost.stream().mapToLong(d -> d.date().toEpochDay()).toArray(),
                ghost.stream().mapToDouble(PaperDay::equity).toArray(), "compare")));
        BacktestResult whatIf = vm.whatIf().get();
        if (whatIf != null) {
            curves.add(new CurveChart.Curve("what if since " + LocalDate.ofEpochDay(whatIf.curve().time()[0]),
                    whatIf.curve().time(), whatIf.curve().equity(), "compare"));
        }
        equity.show(curves, false);
    }

    public TableView<PaperService.Position> positionsTable() {
        return positions;
    }

    public TableView<StrategySwitch> switchesTable() {
        return switches;
    }

    public TableView<TradePostMortem> postMortemsTable() {
        return postMortems;
    }

    /** Curves drawn in the equity chart (for tests). */
    public int curveCount() {
        return equity.getRenderers().getFirst().getDatasets().size();
    }
}
