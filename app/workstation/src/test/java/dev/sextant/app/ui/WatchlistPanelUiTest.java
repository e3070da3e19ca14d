package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.watchlist.WatchlistPanel;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.Signal;
import dev.sextant.engine.watchlist.Watchlist;
import dev.sextant.engine.watchlist.WatchlistRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Watchlist panel in the headless workstation, driven by the robot: clicking a row and walking the rows with the
 * arrow keys charts each symbol; lists are created and renamed through the panel's buttons and dialogs; rows are
 * reordered by dragging, with Alt+Down and from the table's context menu; the data panel's context menu adds a symbol
 * to a list, and so does dragging a series from the data panel onto the list; a scan result is saved as a list.
 */
class WatchlistPanelUiTest {

    private static final List<String> SYMBOLS = new ArrayList<>();

    @RegisterExtension
    final HeadlessWorkstation app = HeadlessWorkstation.seededWith(ctx -> {
        SYMBOLS.clear();
        ctx.bars().listSeries().stream().filter(s -> s.timeframe() == Timeframe.DAILY).map(SeriesInfo::symbol)
                .limit(4).forEach(SYMBOLS::add);
        ctx.watchlists().create("Tech", SYMBOLS);
    });

    /** Opens the panel with its shortcut, Ctrl+0 (View ▸ Watchlist). */
    private WatchlistPanel open(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.workstation().docking().panel("watchlist")
                .map(p -> p.getScene() != null && p.isVisible()).orElse(false));
        WatchlistPanel panel = (WatchlistPanel) app.workstation().docking().panel("watchlist").orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel.table().getItems().size() == SYMBOLS.size());
        WaitForAsyncUtils.waitForFxEvents();
        return panel;
    }

    /** The shown row of {@code symbol} in the table {@code tableId} (not a spare cell the table keeps hidden). */
    private static TableRow<?> row(FxRobot robot, String tableId, String symbol) {
        return robot.lookup(tableId + " .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && !r.isEmpty() && r.getIndex() >= 0
                        && r.getIndex() < r.getTableView().getItems().size()
                        && r.getTableView().getItems().get(r.getIndex()) == r.getItem()
                        && symbol.equals(r.getItem() instanceof SeriesInfo s ? s.symbol() : ((WatchlistRow) r.getItem()).symbol()))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + symbol + " in " + tableId));
    }

    private static TableRow<?> row(FxRobot robot, String symbol) {
        return row(robot, "#watchlist-table", symbol);
    }

    private static String cell(FxRobot robot, String symbol, String column) {
        return robot.from(row(robot, symbol)).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn().getText().equals(column)).findFirst().orElseThrow().getText();
    }

    private void chartShows(FxRobot robot, String symbol) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.workstation().chartPanel()
                .map(p -> p.charts() != null && !p.charts().hasPendingWrite() && p.charts().data().bars().symbol().equals(symbol))
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.workstation().workspace().symbol().get()).isEqualTo(symbol);
        assertThat(robot.lookup("#chart-readout").queryAs(Label.class).getText()).startsWith(symbol);
    }

    /** Opens {@code table}'s context menu at {@code row}, as a right click does on a desktop. */
    private static void showContextMenu(FxRobot robot, TableView<?> table, Node row) {
        robot.interact(() -> table.getContextMenu().show(row, Side.RIGHT, -40, 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The shown menu entry {@code text} (the list picker shows list names too). */
    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").queryAllAs(Label.class).stream()
                .filter(l -> text.equals(l.getText()) && l.getScene() != null && l.getScene().getWindow().isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no menu entry " + text));
    }

    private List<String> stored(String name) {
        return app.context().watchlists().show(name).symbols();
    }

    @Test
    void clickingARowAndArrowKeysChartEachSymbolAndTheRowShowsTheLastChange(FxRobot robot) throws Exception {
        open(robot);
        String second = SYMBOLS.get(1);
        robot.clickOn(row(robot, second));
        chartShows(robot, second);

        robot.type(KeyCode.DOWN);
        chartShows(robot, SYMBOLS.get(2));
        robot.type(KeyCode.DOWN);
        chartShows(robot, SYMBOLS.get(3));
        robot.type(KeyCode.UP, 3);
        chartShows(robot, SYMBOLS.get(0));

        // the row's numbers, worked out here from the stored closes
        PriceColumns bars = app.context().bars().load(second, Timeframe.DAILY).orElseThrow();
        double[] c = bars.close();
        int n = c.length;
        assertThat(cell(robot, second, "Last")).isEqualTo(String.format(Locale.ROOT, "%.2f", c[n - 1]));
        assertThat(cell(robot, second, "Chg")).isEqualTo(String.format(Locale.ROOT, "%+.2f", c[n - 1] - c[n - 2]));
        assertThat(cell(robot, second, "Chg %")).isEqualTo(String.format(Locale.ROOT, "%+.2f%%", (c[n - 1] / c[n - 2] - 1) * 100));
        double v = bars.volume()[n - 1];
        assertThat(cell(robot, second, "Volume")).isEqualTo(v >= 1e6 ? String.format(Locale.ROOT, "%.2fM", v / 1e6)
                : String.format(Locale.ROOT, "%.1fK", v / 1e3));
    }

    @Test
    void aListIsCreatedFilledRenamedAndDeletedThroughThePanel(FxRobot robot) throws Exception {
        WatchlistPanel panel = open(robot);
        ComboBox<?> lists = robot.lookup("#watchlist-lists").queryAs(ComboBox.class);

        robot.clickOn("#watchlist-new");
        robot.clickOn("#watchlist-name-input").write("Swing").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Swing".equals(lists.getValue()));
        assertThat(app.context().watchlists().lists()).extracting(Watchlist::name).containsExactly("Swing", "Tech");

        robot.clickOn("#watchlist-add-symbol").write(SYMBOLS.get(3).toLowerCase(Locale.ROOT) + " " + SYMBOLS.get(0))
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.table().getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("Swing")).containsExactly(SYMBOLS.get(3), SYMBOLS.get(0));

        robot.clickOn("#watchlist-rename");
        robot.doubleClickOn("#watchlist-name-input").eraseText(5).write("Swing trades").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Swing trades".equals(lists.getValue()));
        assertThat(app.context().watchlists().lists()).extracting(Watchlist::name).containsExactly("Swing trades", "Tech");
        assertThat(robot.lookup("#watchlist-status").queryAs(Label.class).getText()).isEqualTo("Renamed Swing to Swing trades.");

        robot.clickOn("#watchlist-delete");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Node b) -> "OK".equals(((javafx.scene.control.Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Tech".equals(lists.getValue()));
        assertThat(app.context().watchlists().lists()).extracting(Watchlist::name).containsExactly("Tech");
    }

    @Test
    void rowsAreReorderedByDragAndByContextMenuAndTheDataPanelAddsToAList(FxRobot robot) throws Exception {
        WatchlistPanel panel = open(robot);
        String last = SYMBOLS.get(3);
        robot.drag(row(robot, last), MouseButton.PRIMARY).dropTo(row(robot, SYMBOLS.get(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored("Tech").getFirst().equals(last));
        assertThat(stored("Tech")).containsExactly(last, SYMBOLS.get(0), SYMBOLS.get(1), SYMBOLS.get(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.table().getItems().getFirst().symbol().equals(last));
        WaitForAsyncUtils.waitForFxEvents();

        // Monocle's headless platform turns neither a right click nor the menu key into a context-menu request, so
        // the menus are opened by code here and their items clicked by the robot; Alt+Down is the keyboard path.
        robot.clickOn(row(robot, last)).press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored("Tech").get(1).equals(last));
        assertThat(stored("Tech")).containsExactly(SYMBOLS.get(0), last, SYMBOLS.get(1), SYMBOLS.get(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.table().getItems().get(1).symbol().equals(last));
        WaitForAsyncUtils.waitForFxEvents();

        showContextMenu(robot, panel.table(), row(robot, last));
        robot.clickOn(menuItem(robot, "Move down    Alt+Down"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored("Tech").get(2).equals(last));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.table().getItems().get(2).symbol().equals(last));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(row(robot, last)).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.table().getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("Tech")).containsExactly(SYMBOLS.get(0), SYMBOLS.get(1), SYMBOLS.get(2));

        robot.interact(() -> app.workstation().openPanel("data"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<SeriesInfo> data = robot.lookup("#data-series").queryAs(TableView.class);
        // selected as a click would select it; since the sample market has minute series too, the daily row is
        // chosen by its item (a click landed on a neighbouring row of the longer table in CI, 2026-12-07)
        robot.interact(() -> data.getItems().stream()
                .filter(s -> s.symbol().equals(last) && s.timeframe() == Timeframe.DAILY).findFirst()
                .ifPresent(s -> {
                    data.scrollTo(s);
                    data.getSelectionModel().clearAndSelect(data.getItems().indexOf(s));
                }));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> dataRow = row(robot, "#data-series", last);
        showContextMenu(robot, data, dataRow);
        robot.clickOn(menuItem(robot, "Add to watchlist"));
        robot.clickOn(menuItem(robot, "Tech"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored("Tech").size() == 4);
        assertThat(stored("Tech")).containsExactly(SYMBOLS.get(0), SYMBOLS.get(1), SYMBOLS.get(2), last);

        // the default layout shows the data panel beside the watchlist: drag a series from one onto the other
        robot.interact(() -> app.workstation().openPanel("watchlist"));
        SeriesInfo other = data.getItems().stream().filter(i -> !SYMBOLS.contains(i.symbol())).findFirst().orElseThrow();
        robot.interact(() -> data.scrollTo(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag(row(robot, "#data-series", other.symbol()), MouseButton.PRIMARY).dropTo(panel.table());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored("Tech").size() == 5);
        assertThat(stored("Tech")).containsExactly(SYMBOLS.get(0), SYMBOLS.get(1), SYMBOLS.get(2), last, other.symbol());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.table().getItems().size() == 5);
    }

    @Test
    void aScanResultIsSavedAsAList(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("scanner"));
        robot.interact(() -> FormScroll.toShow(robot.lookup("#scan-run").query()));
        robot.clickOn("#scan-run");
        TableView<?> signals = robot.lookup("#scan-signals").queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !signals.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> expected = signals.getItems().stream().map(i -> ((Signal) i).symbol()).distinct().toList();

        showContextMenu(robot, signals, signals);
        robot.clickOn(menuItem(robot, "Save signals as watchlist..."));
        robot.doubleClickOn("#watchlist-name-input").eraseText(4).write("breakouts").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.context().watchlists().lists().size() == 2);
        assertThat(stored("breakouts")).isEqualTo(expected);
    }
}
