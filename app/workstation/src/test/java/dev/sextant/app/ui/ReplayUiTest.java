package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.research.live.ReplaySession;
import dev.sextant.app.ui.live.StreamLight;
import dev.sextant.app.ui.live.StreamState;
import dev.sextant.app.ui.shell.Screenshot;
import dev.sextant.app.ui.shell.Theme;
import dev.sextant.engine.live.LiveCross;
import dev.sextant.engine.live.PaperSnapshot;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.scan.SessionCross;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A replay in the headless workstation on the sample market, driven by the robot: typing the symbols,
 * choosing 1x, Replay, Space to pause, three clicks on Step, a drag of the seek slider to 11:00 New
 * York, Stop. After each step the test checks what the user sees against the stored bars: the replay
 * clock (New York time of the minutes played, counted from the bars), the stream light and its
 * tooltip, the chart of IDX.SX ending at the last played minute, the Crosses table (the session's
 * crosses, latest first, each at a played minute's close), the Paper panel's P&amp;L (equity less the
 * 100,000 start, equity = cash + shares at the stored closes) and a notification for a watched symbol.
 * Screenshots of the paused replay in both themes go to {@code target/screenshots/replay-{dark,light}.png}.
 */
class ReplayUiTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<String> SYMBOLS = List.of("IDX.SX", "TECH.SX");

    @RegisterExtension
    final HeadlessWorkstation app = HeadlessWorkstation.seededWith(ctx -> ctx.watchlists().create("Replayed", SYMBOLS));

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The minutes with a bar of any of the symbols on {@code day}, in order (epoch seconds of their starts). */
    private long[] minutes(LocalDate day) {
        long from = day.atStartOfDay(NEW_YORK).toEpochSecond();
        long to = day.plusDays(1).atStartOfDay(NEW_YORK).toEpochSecond();
        TreeSet<Long> all = new TreeSet<>();
        for (String s : SYMBOLS) {
            for (long t : bars(s).time()) {
                if (t >= from && t < to) {
                    all.add(t);
                }
            }
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private PriceColumns bars(String symbol) {
        return app.context().bars().load(symbol, Timeframe.MINUTE_1).orElseThrow();
    }

    /**
     * The index of the last bar of {@code b} the session made final by replay time {@code time}: the one before the
     * last played, which is final once the next minute arrives (the replay clock stands still while paused).
     */
    private static int lastFinal(PriceColumns b, long time) {
        return b.indexAtOrAfter(time) - 2;
    }

    private static String clockOf(long[] minutes, int played) {
        return CLOCK.format(Instant.ofEpochSecond(minutes[played - 1] + 60).atZone(NEW_YORK)) + " NY " + played + "/"
                + minutes.length + " 1x";
    }

    private static void chooseInCombo(FxRobot robot, String combo, String item) throws Exception {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> item.equals(c.getText()) && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + item + " in " + combo));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ReplaySession replay() {
        return app.workstation().replay().replay().orElseThrow();
    }

    /** Waits until the session handed every event to the workstation and the next pulse applied them. */
    private void settled(FxRobot robot) throws Exception {
        replay().session().awaitDelivered();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS); // one pulse at least applies the batch
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aReplayPlaysPausesStepsAndSeeksAndThePanelsFollow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.workstation().workspace().timeframe().set(Timeframe.MINUTE_1);
            app.workstation().workspace().symbol().set("IDX.SX");
            app.workstation().openPanel("crosses");
            app.workstation().openPanel("paper");
        });
        StreamLight light = robot.lookup("#stream-light").queryAs(StreamLight.class);
        assertThat(light.shown()).isEqualTo(StreamState.Light.OFF);
        assertThat(light.getText()).isEqualTo("No stream");

        robot.doubleClickOn("#replay-symbols").eraseText(20).write("idx.sx, TECH.SX").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ComboBox<LocalDate> sessions = robot.lookup("#replay-session").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !sessions.getItems().isEmpty());
        LocalDate day = sessions.getValue();
        assertThat(day).as("the latest session of the sample's minute bars").isEqualTo(LocalDate.of(2024, 12, 31));
        long[] minutes = minutes(day);
        chooseInCombo(robot, "#replay-speed", "1x");

        robot.clickOn("#replay-start");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> light.shown() == StreamState.Light.BLUE);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no replay: light " + light.shown() + " '" + light.getText() + "', message '"
                    + "', notices " + app.workstation().notices().all(), e);
        }
        WaitForAsyncUtils.waitForFxEvents(); // the light's colour is set just before its word, in the same FX update
        assertThat(light.getText()).isEqualTo("Replaying");
        assertThat(light.getTooltip().getText()).startsWith("Replaying stored bars: replaying " + minutes.length + " minutes at 1");

        // at 1x the first minute takes a real minute: Space pauses well before it is played
        robot.type(KeyCode.SPACE);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Paused".equals(light.getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not paused: playing " + app.workstation().replay().playing().get() + ", focus "
                    + app.workstation().scene().getFocusOwner() + ", light " + light.getText() + ", clock "
                    + text(robot, "#replay-clock") + ", windows " + robot.listWindows(), e);
        }
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#replay-clock").endsWith("paused"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("clock " + text(robot, "#replay-clock") + " state " + replay().stream().state()
                    + " playing " + app.workstation().replay().playing().get() + " status " + replay().session().streamStatus(), e);
        }
        assertThat(light.shown()).isEqualTo(StreamState.Light.BLUE);
        assertThat(text(robot, "#replay-clock")).contains(" 0/" + minutes.length + " 1x paused");

        for (int i = 0; i < 3; i++) {
            robot.clickOn("#replay-step");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#replay-clock").contains(" 3/"));
        assertThat(text(robot, "#replay-clock")).isEqualTo(clockOf(minutes, 3) + " paused");

        // drag the seek slider's thumb to 11:00 New York
        Slider seek = robot.lookup("#replay-seek").queryAs(Slider.class);
        long eleven = day.atTime(11, 0).atZone(NEW_YORK).toEpochSecond();
        Node thumb = robot.lookup("#replay-seek .thumb").query();
        Node track = robot.lookup("#replay-seek .track").query();
        Bounds t = track.localToScreen(track.getBoundsInLocal());
        Bounds th = thumb.localToScreen(thumb.getBoundsInLocal());
        // the thumb's centre travels the track less the thumb's width; it stands at the slider's value now
        double pixelsPerSecond = (t.getWidth() - th.getWidth()) / (seek.getMax() - seek.getMin());
        Point2D target = new Point2D(th.getCenterX() + (eleven - seek.getValue()) * pixelsPerSecond, t.getCenterY());
        robot.moveTo(new Point2D(th.getCenterX(), th.getCenterY())).press(MouseButton.PRIMARY)
                .moveTo(target.add(-30, 0)).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#replay-clock").contains(" 3/"));
        settled(robot);

        String clock = text(robot, "#replay-clock");
        int played = Integer.parseInt(clock.replaceAll(".* (\\d+)/\\d+ 1x.*", "$1"));
        assertThat(clock).isEqualTo(clockOf(minutes, played) + " paused");
        long replayTime = minutes[played - 1] + 60;
        double secondsPerPixel = 1 / pixelsPerSecond;
        assertThat((double) replayTime).as("the replay time is where the thumb was dropped")
                .isCloseTo(eleven, within(3 * secondsPerPixel + 60));

        // the chart of IDX.SX holds every stored bar up to its last played minute, none missing, none after
        PriceColumns idx = bars("IDX.SX");
        PriceColumns charted = app.workstation().chartPanel().orElseThrow().charts().data().bars();
        int lastPlayed = idx.indexAtOrAfter(replayTime) - 1;
        assertThat(charted.size()).isEqualTo(lastPlayed + 1);
        assertThat(charted.time()).isEqualTo(java.util.Arrays.copyOf(idx.time(), lastPlayed + 1));
        assertThat(charted.close()).isEqualTo(java.util.Arrays.copyOf(idx.close(), lastPlayed + 1));

        // the Crosses table lists the session's crosses, latest first, each at a played minute
        List<LiveCross> crosses = replay().session().crosses();
        assertThat(crosses).as("crosses by 11:00 in the sample session").isNotEmpty();
        robot.interact(() -> app.workstation().openPanel("crosses")); // the Paper panel shares its tabs
        @SuppressWarnings("unchecked")
        TableView<SessionCross> table = robot.lookup("#crosses-table").queryAs(TableView.class);
        List<SessionCross> rows = table.getItems().subList(0, crosses.size());
        for (int i = 0; i < crosses.size(); i++) {
            LiveCross c = crosses.get(crosses.size() - 1 - i);
            SessionCross row = rows.get(i);
            assertThat(row.symbol()).isEqualTo(c.symbol());
            assertThat(row.time()).isEqualTo(c.time().getEpochSecond()).isLessThan(replayTime);
            PriceColumns b = bars(row.symbol());
            assertThat(row.price()).as("the close of the cross's minute").isEqualTo(b.close()[b.indexAtOrAfter(row.time())]);
        }
        assertThat(text(robot, "#crosses-status")).isEqualTo("Live: " + crosses.size() + " cross(es) of the session so far, latest on top.");

        // the Paper panel: P&L = equity - 100,000; equity = cash + the positions at their stored closes
        robot.interact(() -> app.workstation().openPanel("paper"));
        PaperSnapshot paper = replay().session().paper();
        double positions = 0;
        for (PaperSnapshot.Position p : paper.positions()) {
            PriceColumns b = bars(p.symbol());
            positions += p.shares() * b.close()[lastFinal(b, replayTime)];
        }
        assertThat(paper.equity()).isCloseTo(paper.cash() + positions, within(1e-6));
        assertThat(text(robot, "#paper-pnl")).isEqualTo(String.format(Locale.ROOT, "%+,.2f", paper.equity() - 100_000));
        assertThat(text(robot, "#paper-equity")).isEqualTo(String.format(Locale.ROOT, "%,.2f", paper.equity()));
        assertThat(robot.lookup("#paper-positions").queryAs(TableView.class).getItems()).hasSize(paper.positions().size());
        assertThat(robot.lookup("#paper-fills").queryAs(TableView.class).getItems()).hasSize(replay().session().fills().size());

        // a cross on a watched symbol: in the window and in the status bar; no desktop notification headless
        LiveCross latest = crosses.getLast();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#status-notice").contains(" crossed "));
        assertThat(app.workstation().notices().all()).anyMatch(n -> n.contains(latest.symbol() + " SMA crossed "
                + (latest.up() ? "up" : "down")) && n.contains("Watchlist Replayed."));
        assertThat(robot.lookup(".notification-bar").tryQuery()).isPresent();

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertThat(app.workstation().theme()).isEqualTo(Theme.DARK);
        robot.interact(() -> Screenshot.write(app.workstation().scene(), shots.resolve("replay-dark.png")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.workstation().theme() == Theme.LIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.write(app.workstation().scene(), shots.resolve("replay-light.png")));

        robot.clickOn("#replay-stop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(light.shown()).isEqualTo(StreamState.Light.OFF);
        assertThat(light.getText()).isEqualTo("Stopped");
    }
}
