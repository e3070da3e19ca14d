package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.live.StreamLight;
import dev.sextant.app.ui.live.StreamState;
import dev.sextant.app.ui.shell.Theme;
import dev.sextant.data.provider.stream.AlpacaSettings;
import dev.sextant.data.provider.stream.FakeAlpaca;
import dev.sextant.engine.live.PaperSnapshot;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.scan.SessionCross;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workstation connects to a live provider: the bundled Alpaca stream pointed (through its
 * {@code provider.alpaca.stream-url} and {@code provider.alpaca.url} settings) at a scripted Alpaca on loopback
 * (data's {@link FakeAlpaca}: websocket and REST). The robot starts a replay, then picks the provider, takes the
 * symbols from a watchlist and clicks Connect: the replay stops (one session at a time) and the light turns to
 * {@code Live}. The server pushes 30 minute bars of a session in which SMA(9) crosses up through the session VWAP; the
 * test computes the cross, the paper fill and the P&amp;L on its own and checks the Crosses table, the Paper panel, the
 * notification and the bars stored in the home's H2 file. The live session's wall clock runs from 30 s after the last
 * pushed minute (its bars final, the session still open). A dropped connection shows {@code Reconnecting}, then
 * {@code Live} again. Disconnect stops the stream. Without keys, Connect shows what to set and how.
 */
class LiveConnectUiTest {

    private static final String SYMBOL = "NEWCO";
    private static final Instant OPEN = Instant.parse("2026-12-04T14:30:00Z"); // Friday, 09:30 New York
    private static final int MINUTES = 30;

    @RegisterExtension
    final HeadlessWorkstation app = HeadlessWorkstation.seededWith(ctx -> ctx.watchlists().create("Streamed", List.of(SYMBOL)))
            .at(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), OPEN.plus(Duration.ofMinutes(MINUTES)).plusSeconds(30))));

    private FakeAlpaca alpaca;

    @BeforeEach
    void startAlpaca() throws Exception {
        alpaca = new FakeAlpaca();
    }

    @AfterEach
    void stopAlpaca() {
        alpaca.close();
    }

    /** One pushed bar: o, h, l, c, v. */
    private record Bar(Instant start, double open, double high, double low, double close, double volume) {
    }

    /** 20 minutes drifting down, then 10 rising a point a minute. */
    private static List<Bar> session() {
        List<Bar> bars = new ArrayList<>();
        for (int m = 0; m < MINUTES; m++) {
            Instant t = OPEN.plus(Duration.ofMinutes(m));
            if (m < 20) {
                double c = 100 - 0.25 * m;
                bars.add(new Bar(t, c + 0.1, c + 0.2, c - 0.2, c, 1000 + 10 * m));
            } else {
                double c = 95.25 + (m - 19);
                bars.add(new Bar(t, c - 0.3, c + 0.2, c - 0.5, c, 2000));
            }
        }
        return bars;
    }

    /**
     * The minutes at which SMA(9) of the closes crosses the session VWAP of the typical price (h + l + c) / 3, computed
     * here: a cross is a change of the sign of SMA − VWAP from the last bar where it had one; +1 up, −1 down.
     */
    private static int[] crosses(List<Bar> bars) {
        int[] cross = new int[bars.size()];
        double pv = 0;
        double v = 0;
        int last = 0;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            pv += (b.high() + b.low() + b.close()) / 3 * b.volume();
            v += b.volume();
            if (i < 8) {
                continue;
            }
            double sma = 0;
            for (int k = i - 8; k <= i; k++) {
                sma += bars.get(k).close();
            }
            double d = sma / 9 - pv / v;
            int sign = d > 0 ? 1 : d < 0 ? -1 : 0;
            if (sign != 0) {
                if (last != 0 && sign != last) {
                    cross[i] = sign;
                }
                last = sign;
            }
        }
        return cross;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * Waits for {@code condition}, then for the FX thread to finish what it was doing: the condition may hold halfway
     * through one update (the light's colour is set just before its word), which the assertions after it read.
     */
    private static void await(String what, Callable<Boolean> condition, Callable<String> state) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " within 30 s; now " + state.call(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pointAtLoopback(String keyId, String secret) {
        var settings = app.context().settings();
        settings.set(AlpacaSettings.STREAM_URL, alpaca.streamUrl());
        settings.set(AlpacaSettings.URL, alpaca.restUrl().toString());
        // the pushed session is days old: only a bar older than this shows the light as delayed
        settings.set(AlpacaSettings.DELAYED_AFTER, String.valueOf(Duration.ofDays(3650).toSeconds()));
        if (keyId != null) {
            settings.set(AlpacaSettings.KEY_ID, keyId);
            settings.set(AlpacaSettings.SECRET, secret);
        }
    }

    private static void chooseProvider(FxRobot robot, String id) throws Exception {
        robot.clickOn("#live-provider");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> id.equals(c.getText()) && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no provider " + id + " in the list"));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openLiveWindow(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await("the live stream's window", () -> app.workstation().liveWindow().map(Stage::isShowing).orElse(false), () -> "");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The main window at 1600x1000 with the live stream's window drawn where it stands over it (a separate window:
     * the scene's snapshot alone would not show it).
     */
    private void screenshot(FxRobot robot, Path file) {
        robot.interact(() -> {
            Scene main = app.workstation().scene();
            Stage live = app.workstation().liveWindow().orElseThrow();
            WritableImage back = main.snapshot(null);
            WritableImage front = live.getScene().snapshot(null);
            int w = (int) front.getWidth();
            int h = (int) front.getHeight();
            int x = (int) Math.round(live.getX() + live.getScene().getX() - main.getWindow().getX() - main.getX());
            int y = (int) Math.round(live.getY() + live.getScene().getY() - main.getWindow().getY() - main.getY());
            x = Math.clamp(x, 0, (int) back.getWidth() - w);
            y = Math.clamp(y, 0, (int) back.getHeight() - h);
            back.getPixelWriter().setPixels(x, y, w, h, front.getPixelReader(), 0, 0);
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(back, null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void connectsToAlpacaOnLoopbackAndTheCrossTheBarsAndThePaperPortfolioShow(FxRobot robot) throws Exception {
        pointAtLoopback(FakeAlpaca.KEY_ID, FakeAlpaca.SECRET);
        robot.interact(() -> {
            app.workstation().openPanel("crosses");
            app.workstation().openPanel("paper");
        });
        StreamLight light = robot.lookup("#stream-light").queryAs(StreamLight.class);
        List<StreamState.Light> lights = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> light.textProperty().addListener((obs, old, now) -> lights.add(light.shown())));

        // a replay runs ...
        robot.doubleClickOn("#replay-symbols").eraseText(20).write("IDX.SX").type(KeyCode.ENTER);
        ComboBox<?> sessions = robot.lookup("#replay-session").queryAs(ComboBox.class);
        await("the sessions of IDX.SX", () -> sessions.getValue() != null, () -> String.valueOf(sessions.getItems()));
        robot.clickOn("#replay-start");
        await("a replay", () -> light.shown() == StreamState.Light.BLUE, light::getText);

        // ... and connecting to Alpaca with a watchlist's symbols (Live menu: Ctrl+Shift+L) stops it
        openLiveWindow(robot);
        assertThat(text(robot, "#live-provider-description")).isEqualTo("Alpaca market data (websocket stream, REST backfill)");
        chooseProvider(robot, "alpaca");
        robot.clickOn("#live-watchlist");
        await("the watchlist menu", () -> robot.lookup(".context-menu .menu-item .label").tryQuery().isPresent(), () -> "");
        Label streamed = robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .filter(l -> "Streamed".equals(l.getText())).findFirst().orElseThrow(() -> new AssertionError("no watchlist item"));
        robot.clickOn(streamed);
        TextField symbols = robot.lookup("#live-symbols").queryAs(TextField.class);
        await("the watchlist's symbols", () -> SYMBOL.equals(symbols.getText()), symbols::getText);
        robot.clickOn("#live-connect");
        await("the light showing Live", () -> light.shown() == StreamState.Light.GREEN,
                () -> light.getText() + " / " + light.getTooltip().getText() + " / " + app.workstation().notices().all());
        assertThat(light.getText()).isEqualTo("Live");
        assertThat(light.getTooltip().getText())
                .isEqualTo("Connected: bars arrive as they close: receiving the minute bars of 1 symbol (iex feed)");
        assertThat(app.workstation().replay().replay()).as("the replay was stopped").isEmpty();
        assertThat(robot.lookup("#replay-stop").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#live-connect").queryAs(Button.class).getText()).isEqualTo("Disconnect");
        assertThat(lights).as("the light went from the replay to connecting to live")
                .containsSubsequence(StreamState.Light.BLUE, StreamState.Light.OFF, StreamState.Light.AMBER, StreamState.Light.GREEN);

        // the server pushes the session
        List<Bar> bars = session();
        FakeAlpaca.Connection server = alpaca.nextConnection();
        for (Bar b : bars) {
            server.send(FakeAlpaca.bar("b", SYMBOL, b.start(), b.open(), b.high(), b.low(), b.close(), b.volume()));
        }

        // the crosses, computed here: the last one is up, while the prices rise
        int[] expected = crosses(bars);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != 0) {
                at.add(i);
            }
        }
        int k = at.getLast();
        assertThat(expected[k]).as("the last cross").isEqualTo(1);
        assertThat(k).isBetween(20, MINUTES - 2);

        robot.interact(() -> app.workstation().openPanel("crosses")); // the Paper panel shares its tabs
        @SuppressWarnings("unchecked")
        TableView<SessionCross> table = robot.lookup("#crosses-table").queryAs(TableView.class);
        await("the crosses in the Crosses table", () -> table.getItems().stream().filter(r -> r.symbol().equals(SYMBOL)).count() == at.size(),
                () -> table.getItems().size() + " rows; light " + light.getText());
        for (int j = 0; j < at.size(); j++) {
            int i = at.get(at.size() - 1 - j); // latest on top
            SessionCross row = table.getItems().get(j);
            assertThat(row.symbol()).isEqualTo(SYMBOL);
            assertThat(row.up()).isEqualTo(expected[i] > 0);
            assertThat(row.time()).isEqualTo(bars.get(i).start().getEpochSecond());
            assertThat(row.price()).isEqualTo(bars.get(i).close());
        }
        assertThat(text(robot, "#crosses-status"))
                .isEqualTo("Live: " + at.size() + " cross(es) of the session so far, latest on top.");

        // the paper portfolio (a down-cross without a position trades nothing): bought floor(10,000 / close of the cross's bar) at the next bar's open, marked at the last close
        double shares = Math.floor(10_000 / bars.get(k).close());
        double entry = bars.get(k + 1).open();
        double pnl = shares * (bars.getLast().close() - entry);
        robot.interact(() -> app.workstation().openPanel("paper"));
        String pnlText = String.format(Locale.ROOT, "%+,.2f", pnl);
        await("the paper P&L after the last bar", () -> pnlText.equals(text(robot, "#paper-pnl")),
                () -> text(robot, "#paper-pnl") + " / " + text(robot, "#paper-as-of"));
        assertThat(text(robot, "#paper-equity")).isEqualTo(String.format(Locale.ROOT, "%,.2f", 100_000 + pnl));
        assertThat(text(robot, "#paper-as-of")).isEqualTo("After the bar of 12-04 09:59 New York; 0 round trip(s) closed");
        @SuppressWarnings("unchecked")
        TableView<PaperSnapshot.Position> positions = robot.lookup("#paper-positions").queryAs(TableView.class);
        assertThat(positions.getItems()).singleElement().satisfies(p -> {
            assertThat(p.symbol()).isEqualTo(SYMBOL);
            assertThat(p.shares()).isEqualTo(shares);
            assertThat(p.entryPrice()).isEqualTo(entry);
            assertThat(p.lastPrice()).isEqualTo(bars.getLast().close());
        });
        assertThat(robot.lookup("#paper-fills").queryAs(TableView.class).getItems()).hasSize(1);

        // the watched symbol's cross is announced
        await("the cross's notification", () -> app.workstation().notices().all().stream()
                .anyMatch(n -> n.contains(SYMBOL + " SMA crossed up through the session VWAP at 12-04 ")),
                () -> String.valueOf(app.workstation().notices().all()));
        assertThat(app.workstation().notices().all()).anyMatch(n -> n.contains(SYMBOL + " SMA crossed up") && n.endsWith("Watchlist Streamed."));

        // every bar stored once, with its values, in the home's H2 file
        await("30 stored bars", () -> app.context().bars().load(SYMBOL, Timeframe.MINUTE_1).map(PriceColumns::size).orElse(0) == MINUTES,
                () -> String.valueOf(app.context().bars().load(SYMBOL, Timeframe.MINUTE_1).map(PriceColumns::size)));
        PriceColumns stored = app.context().bars().load(SYMBOL, Timeframe.MINUTE_1).orElseThrow();
        for (int i = 0; i < MINUTES; i++) {
            Bar b = bars.get(i);
            assertThat(new double[] {stored.time()[i], stored.open()[i], stored.high()[i], stored.low()[i], stored.close()[i],
                    stored.volume()[i]}).as("stored bar " + i)
                    .containsExactly(b.start().getEpochSecond(), b.open(), b.high(), b.low(), b.close(), b.volume());
        }

        // the 1m chart of the streamed symbol: its stored bars, with the SMA and the VWAP
        robot.interact(() -> {
            app.workstation().workspace().timeframe().set(Timeframe.MINUTE_1);
            app.workstation().workspace().symbol().set(SYMBOL);
            app.workstation().openPanel("chart");
        });
        await("the chart of " + SYMBOL, () -> app.workstation().chartPanel().map(p -> p.charts() != null
                && p.charts().data().bars().symbol().equals(SYMBOL) && p.charts().data().bars().size() == MINUTES).orElse(false),
                () -> "no chart");

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertThat(app.workstation().theme()).isEqualTo(Theme.DARK);
        screenshot(robot, shots.resolve("live-dark.png"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.workstation().theme() == Theme.LIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, shots.resolve("live-light.png"));

        // a dropped connection: reconnecting, then live again
        lights.clear();
        alpaca.dropConnections();
        alpaca.nextConnection();
        await("live again", () -> lights.contains(StreamState.Light.RED) && light.shown() == StreamState.Light.GREEN,
                () -> lights + " " + light.getText());
        assertThat(lights).containsSubsequence(StreamState.Light.RED, StreamState.Light.GREEN);

        // the keys show nowhere
        List<String> shown = new ArrayList<>(app.workstation().notices().all());
        shown.add(light.getTooltip().getText());
        assertThat(shown).noneMatch(s -> s.contains(FakeAlpaca.SECRET) || s.contains(FakeAlpaca.KEY_ID));

        robot.clickOn("#live-connect");
        await("the disconnection", () -> app.workstation().notices().all().stream().anyMatch(n -> n.contains("Disconnected")),
                () -> String.valueOf(app.workstation().notices().all()));
        assertThat(app.workstation().notices().all()).anyMatch(n -> n.endsWith(
                "  Disconnected from alpaca: 30 bars, " + at.size() + " crosses, 2 fills; 30 bars stored."));
        assertThat(light.shown()).isEqualTo(StreamState.Light.OFF);
        assertThat(light.getText()).isEqualTo("Stopped");
        assertThat(light.getTooltip().getText()).isEqualTo("Stream stopped: disconnected from alpaca");
        assertThat(robot.lookup("#live-connect").queryAs(Button.class).getText()).isEqualTo("Connect");
        assertThat(app.workstation().live().session()).isEqualTo(Optional.empty());
    }

    @Test
    void withoutKeysConnectSaysWhichSettingsToSetAndHow(FxRobot robot) throws Exception {
        pointAtLoopback(null, null);
        StreamLight light = robot.lookup("#stream-light").queryAs(StreamLight.class);
        openLiveWindow(robot);
        robot.clickOn("#live-symbols").write("spy").type(KeyCode.ENTER); // Enter: the default button, Connect
        await("the stream giving up", () -> light.shown() == StreamState.Light.RED,
                () -> light.getText() + " " + app.workstation().notices().all());
        assertThat(light.getText()).isEqualTo("Stream failed");
        assertThat(light.getTooltip().getText())
                .isEqualTo("The stream gave up: no Alpaca keys: set provider.alpaca.key-id and provider.alpaca.secret");
        await("the message", () -> app.workstation().notices().all().stream().anyMatch(n -> n.contains("Not connected")),
                () -> String.valueOf(app.workstation().notices().all()));
        String message = "Not connected to alpaca: no Alpaca keys: set "
                + "provider.alpaca.key-id and provider.alpaca.secret. Set them on the command line, the value read from "
                + "stdin: ./sextant settings set provider.alpaca.key-id - and ./sextant settings set provider.alpaca.secret -;"
                + " then Connect again.";
        assertThat(app.workstation().notices().all()).anyMatch(n -> n.endsWith("  " + message));
        assertThat(text(robot, "#status-notice")).startsWith("Not connected to alpaca: no Alpaca keys");
        assertThat(text(robot, "#live-message")).isEqualTo(message);
        assertThat(text(robot, "#live-status")).isEqualTo(light.getTooltip().getText());
        assertThat(app.workstation().notices().all()).noneMatch(n -> n.contains("Exception") || n.contains("\tat "));
        assertThat(robot.lookup("#live-connect").queryAs(Button.class).getText()).isEqualTo("Connect");
        assertThat(app.workstation().live().session()).isEmpty();
        assertThat(alpaca.socketRequests()).as("nothing was sent to the server").isZero();
    }
}
