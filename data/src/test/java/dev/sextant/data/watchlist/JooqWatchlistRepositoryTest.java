package dev.sextant.data.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.data.db.Database;
import dev.sextant.engine.watchlist.Watchlist;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watchlists in a real H2 file: edits keep the order, survive closing and reopening, and bad edits change nothing. */
class JooqWatchlistRepositoryTest {

    @TempDir
    Path home;

    @Test
    void listsAreFoundAgainAfterARestartInTheirOrder() {
        try (Database db = Database.open(home)) {
            JooqWatchlistRepository repo = new JooqWatchlistRepository(db.dsl());
            repo.create(new Watchlist("Tech", List.of("MSFT", "AAPL")));
            repo.create(new Watchlist("Banks", List.of()));
            repo.edit("Tech", w -> w.withAdded(List.of("NVDA", "AMD")));
            repo.edit("Tech", w -> w.withMoved("AMD", 0));
            repo.edit("Tech", w -> w.withRemoved(List.of("AAPL")));
            repo.edit("Banks", w -> w.renamed("Financials").withAdded(List.of("JPM")));
        }
        try (Database db = Database.open(home)) {
            JooqWatchlistRepository repo = new JooqWatchlistRepository(db.dsl());
            assertThat(repo.list()).containsExactly(
                    new Watchlist("Financials", List.of("JPM")),
                    new Watchlist("Tech", List.of("AMD", "MSFT", "NVDA")));
            repo.delete("Financials");
            assertThat(repo.find("Financials")).isEmpty();
            assertThat(repo.find("Tech")).hasValueSatisfying(w -> assertThat(w.symbols()).containsExactly("AMD", "MSFT", "NVDA"));
        }
    }

    @Test
    void aFailedEditLeavesTheListAsItWas() {
        try (Database db = Database.open(home)) {
            JooqWatchlistRepository repo = new JooqWatchlistRepository(db.dsl());
            repo.create(new Watchlist("A", List.of("X", "Y")));
            repo.create(new Watchlist("B", List.of()));

            assertThatThrownBy(() -> repo.create(new Watchlist("A", List.of()))).hasMessage("watchlist 'A' already exists");
            assertThatThrownBy(() -> repo.edit("A", w -> w.withAdded(List.of("Z")).renamed("B")))
                    .hasMessage("watchlist 'B' already exists");
            assertThatThrownBy(() -> repo.edit("A", w -> w.withMoved("Q", 0))).hasMessage("watchlist 'A' has no symbol 'Q'");
            assertThatThrownBy(() -> repo.edit("nope", w -> w)).hasMessage("no watchlist named 'nope'");
            assertThatThrownBy(() -> repo.delete("nope")).hasMessage("no watchlist named 'nope'");

            assertThat(repo.find("A")).hasValue(new Watchlist("A", List.of("X", "Y")));
        }
    }
}
