package dev.sextant.data.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.data.db.Database;
import dev.sextant.data.jooq.Tables;
import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.drawing.DrawingStyle;
import dev.sextant.engine.market.Timeframe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chart drawings stored per symbol in a real H2 file: added, moved, restyled and deleted, and read by a new session. */
class JooqDrawingRepositoryTest {

    @TempDir
    Path home;

    static final Drawing TREND = Drawing.of("SPY", DrawingKind.TREND_LINE, Timeframe.DAILY,
            List.of(new Anchor(1_704_672_000L, 470.25), new Anchor(1_707_091_200L, 494.5)), DrawingStyle.standard(), "");
    static final Drawing LEVEL = Drawing.of("SPY", DrawingKind.HORIZONTAL_LINE, Timeframe.WEEKLY,
            List.of(new Anchor(1_704_672_000L, 480)), new DrawingStyle("#E0B04C", 2, true, true), "");
    static final Drawing NOTE = Drawing.of("QQQ", DrawingKind.TEXT_NOTE, Timeframe.MINUTE_5,
            List.of(new Anchor(1_704_724_200L, 410.5)), DrawingStyle.standard(), "earnings gap");

    @Test
    void drawingsAreStoredPerSymbolAndEveryEditSurvivesANewSession() {
        Drawing trend;
        Drawing level;
        Drawing note;
        try (Database db = Database.open(home)) {
            var store = new JooqDrawingRepository(db.dsl());
            assertThat(store.list("SPY")).isEmpty();
            trend = store.add(TREND);
            level = store.add(LEVEL);
            note = store.add(NOTE);
            assertThat(trend.id()).isPositive();
            assertThat(level.id()).isGreaterThan(trend.id());
        }
        try (Database db = Database.open(home)) {
            var store = new JooqDrawingRepository(db.dsl());
            assertThat(store.list("SPY")).containsExactly(trend, level);
            assertThat(store.list("QQQ")).containsExactly(note);
            assertThat(level.style().colour()).as("stored lower case").isEqualTo("#e0b04c");

            Drawing moved = trend.withAnchors(List.of(new Anchor(1_704_758_400L, 471), new Anchor(1_707_177_600L, 495)),
                    Timeframe.WEEKLY).withStyle(new DrawingStyle("#ff0000", 3, false, true), "");
            store.update(moved);
            store.delete(level.id());
            assertThat(store.list("SPY")).containsExactly(moved);
        }
        try (Database db = Database.open(home)) {
            var store = new JooqDrawingRepository(db.dsl());
            assertThat(store.list("SPY")).hasSize(1).first().satisfies(d -> {
                assertThat(d.first()).isEqualTo(new Anchor(1_704_758_400L, 471));
                assertThat(d.drawnOn()).isEqualTo(Timeframe.WEEKLY);
                assertThat(d.style().extendRight()).isTrue();
                assertThat(d.style().width()).isEqualTo(3);
            });
            assertThat(db.dsl().fetchCount(Tables.CHART_DRAWING)).isEqualTo(2);
        }
    }

    @Test
    void editingOrDeletingADrawingThatIsNotStoredFailsNamingItsIdAndWritesNothing() {
        try (Database db = Database.open(home)) {
            var store = new JooqDrawingRepository(db.dsl());
            Drawing stored = store.add(TREND);
            assertThatThrownBy(() -> store.update(TREND.withId(stored.id() + 99)))
                    .hasMessageContaining("no stored drawing with id " + (stored.id() + 99));
            assertThatThrownBy(() -> store.delete(12345)).hasMessageContaining("no stored drawing with id 12345");
            assertThatThrownBy(() -> store.add(stored)).hasMessageContaining("stored already");
            assertThat(store.list("SPY")).containsExactly(stored);
        }
    }

    @Test
    void aDrawingWithTheWrongNumberOfAnchorsOrABadStyleIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Drawing.of("SPY", DrawingKind.RECTANGLE, Timeframe.DAILY,
                List.of(new Anchor(0, 1)), DrawingStyle.standard(), ""))
                .hasMessage("Rectangle needs 2 anchor(s), not 1");
        assertThatThrownBy(() -> new DrawingStyle("red", 1, false, false))
                .hasMessage("drawing colour must be #RRGGBB, not 'red'");
        assertThatThrownBy(() -> new DrawingStyle("#ff0000", 20, false, false))
                .hasMessageContaining("drawing width must be 0.5 to 8.0 px, not 20.0");
        assertThatThrownBy(() -> new Anchor(0, Double.NaN)).hasMessageContaining("anchor price must be a finite number");
    }
}
