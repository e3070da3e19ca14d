package dev.sextant.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossAlertsTest {

    @Test
    void onlyCrossesOnWatchedSymbolsAlertNamingTheirWatchlists() {
        CrossAlerts alerts = new CrossAlerts();
        Instant t = Instant.parse("2024-12-31T15:31:00Z"); // 10:31 in New York (EST)
        assertThat(alerts.alertFor("SPY", true, t, 1, 1)).isEmpty();

        alerts.watch(Map.of("Tech", List.of("QQQ", "SPY"), "Core", List.of("SPY")));
        assertThat(alerts.watched()).containsExactly("QQQ", "SPY");
        assertThat(alerts.alertFor("IWM", true, t, 1, 1)).isEmpty();
        CrossAlerts.Alert a = alerts.alertFor("SPY", false, t, 481.256, 482.1).orElseThrow();
        assertThat(a.title()).isEqualTo("SPY crossed down");
        assertThat(a.text()).isEqualTo("SPY SMA crossed down through the session VWAP at 12-31 10:31 New York: 481.26 (VWAP 482.10)."
                + " Watchlist Core, Tech.");

        alerts.watch(Map.of());
        assertThat(alerts.alertFor("SPY", true, t, 1, 1)).isEmpty();
    }
}
