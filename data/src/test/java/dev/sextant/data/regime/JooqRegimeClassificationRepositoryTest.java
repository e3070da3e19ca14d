package dev.sextant.data.regime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.db.Database;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeClassificationKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored regime classifications in a real H2 file, one per (index, volatility index, model version, fingerprint). */
class JooqRegimeClassificationRepositoryTest {

    @TempDir
    Path home;

    private static SortedMap<LocalDate, MarketRegime> days(int n, int shift) {
        SortedMap<LocalDate, MarketRegime> m = new TreeMap<>();
        MarketRegime[] all = MarketRegime.values();
        for (int i = 0; i < n; i++) {
            m.put(LocalDate.of(2019, 12, 30).plusDays(i), all[(i / 3 + shift) % all.length]);
        }
        return m;
    }

    @Test
    void aSavedClassificationLoadsBackByItsKeyInANewSession() {
        RegimeClassificationKey withVol = new RegimeClassificationKey("SPY", "VIX", "2.1", "00ff00ff00ff00ff");
        RegimeClassificationKey noVol = new RegimeClassificationKey("SPY", null, "2.1", "00ff00ff00ff00ff");
        SortedMap<LocalDate, MarketRegime> a = days(400, 0);
        SortedMap<LocalDate, MarketRegime> b = days(250, 2);
        try (Database db = Database.open(home)) {
            var store = new JooqRegimeClassificationRepository(db.dsl());
            assertThat(store.load(withVol)).isEmpty();
            store.save(withVol, a);
            store.save(noVol, b);
        }
        try (Database db = Database.open(home)) {
            var store = new JooqRegimeClassificationRepository(db.dsl());
            assertThat(store.load(withVol)).hasValue(a);
            assertThat(store.load(noVol)).as("no volatility index is its own key").hasValue(b);
            assertThat(store.load(new RegimeClassificationKey("SPY", "VIX", "2.1", "1111111111111111")))
                    .as("other bars").isEmpty();
            assertThat(store.load(new RegimeClassificationKey("SPY", "VIX", "2.2", "00ff00ff00ff00ff")))
                    .as("another model version").isEmpty();
            assertThat(store.load(new RegimeClassificationKey("QQQ", "VIX", "2.1", "00ff00ff00ff00ff"))).isEmpty();

            store.save(withVol, b);
            assertThat(store.load(withVol)).as("saving a key again replaces it").hasValue(b);
            assertThat(db.dsl().fetchCount(dev.sextant.data.jooq.Tables.REGIME_CLASSIFICATION)).isEqualTo(2);

            store.save(noVol, new TreeMap<>());
            assertThat(store.load(noVol)).hasValueSatisfying(m -> assertThat(m).isEmpty());
        }
    }

    @Test
    void thePackedFormIsFiveBytesADayAndEveryRegimeHasACode() {
        SortedMap<LocalDate, MarketRegime> all = days(3 * MarketRegime.COUNT, 0);
        assertThat(all.values()).containsAll(java.util.List.of(MarketRegime.values()));
        byte[] packed = JooqRegimeClassificationRepository.pack(all);
        assertThat(packed).hasSize(5 * all.size());
        assertThat(JooqRegimeClassificationRepository.unpack(packed, all.size())).isEqualTo(all);
        assertThat(JooqRegimeClassificationRepository.CODES).containsExactlyInAnyOrder(MarketRegime.values());
    }
}
