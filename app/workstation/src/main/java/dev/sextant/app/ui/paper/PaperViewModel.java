package dev.sextant.app.ui.paper;

import dev.sextant.app.ui.live.SessionOutputs;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.live.PaperFill;
import dev.sextant.engine.live.PaperSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The paper portfolio of the running session as the Paper panel shows it: equity, P&amp;L (equity
 * less the starting capital), realised and unrealised P&amp;L, cash, the open positions after the latest
 * bar, and the fills.
 */
public final class PaperViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    private static final ZoneId EXCHANGE = ZoneId.of("America/New_York");
    private static final String NO_SESSION = "No session: start a replay, or connect to a live stream.";

    private final SessionOutputs session;
    private final ReadOnlyStringWrapper equity = new ReadOnlyStringWrapper(this, "equity", "-");
    private final ReadOnlyStringWrapper pnl = new ReadOnlyStringWrapper(this, "pnl", "-");
    private final ReadOnlyStringWrapper realised = new ReadOnlyStringWrapper(this, "realised", "-");
    private final ReadOnlyStringWrapper unrealised = new ReadOnlyStringWrapper(this, "unrealised", "-");
    private final ReadOnlyStringWrapper cash = new ReadOnlyStringWrapper(this, "cash", "-");
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper(this, "asOf", NO_SESSION);
    private final ObservableList<PaperSnapshot.Position> positions = FXCollections.observableArrayList();

    public PaperViewModel(SessionOutputs session) {
        this.session = session;
        session.paper().addListener((obs, old, now) -> show(now));
        session.attached().addListener((obs, old, now) -> show(session.paper().get()));
        show(session.paper().get());
    }

    private void show(PaperSnapshot s) {
        if (s == null) {
            for (ReadOnlyStringWrapper w : new ReadOnlyStringWrapper[] {equity, pnl, realised, unrealised, cash}) {
                w.set("-");
            }
            positions.clear();
            asOf.set(session.attached().get() ? "Waiting for the first bar ..." : NO_SESSION);
            return;
        }
        equity.set(money(s.equity()));
        pnl.set(signed(s.equity() - session.capital()));
        realised.set(signed(s.realizedPnl()));
        unrealised.set(signed(s.unrealizedPnl()));
        cash.set(money(s.cash()));
        positions.setAll(s.positions());
        asOf.set(s.time() == null ? "Before the first bar" : "After the bar of " + time(s.time()) + " New York; "
                + s.closedTrips() + " round trip(s) closed");
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+,.2f", v);
    }

    public static String time(Instant t) {
        return TIME.format(t.atZone(EXCHANGE));
    }

    /** A fill's time, New York. */
    public static String time(Execution e) {
        return time(Instant.ofEpochSecond(e.time()));
    }

    /** A fill's P&amp;L: that of the round trip a sell closed, empty for a buy. */
    public static String fillPnl(PaperFill f) {
        return f.trip() == null ? "" : signed(f.trip().pnl());
    }

    public ReadOnlyStringProperty equity() {
        return equity.getReadOnlyProperty();
    }

    /** Equity less the starting capital. */
    public ReadOnlyStringProperty pnl() {
        return pnl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty realised() {
        return realised.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unrealised() {
        return unrealised.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cash() {
        return cash.getReadOnlyProperty();
    }

    /** Which bar the figures are after. */
    public ReadOnlyStringProperty asOf() {
        return asOf.getReadOnlyProperty();
    }

    public ObservableList<PaperSnapshot.Position> positions() {
        return positions;
    }

    public ObservableList<PaperFill> fills() {
        return session.fills();
    }
}
