package dev.sextant.engine.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WatchlistTest {

    private final Watchlist tech = new Watchlist("Tech", List.of("aapl", "MSFT", " nvda "));

    @Test
    void symbolsAreUpperCasedAndKeepTheirOrder() {
        assertThat(tech.symbols()).containsExactly("AAPL", "MSFT", "NVDA");
    }

    @Test
    void addingAppendsOnlyNewSymbols() {
        assertThat(tech.withAdded(List.of("msft", "AMD", "AMD")).symbols()).containsExactly("AAPL", "MSFT", "NVDA", "AMD");
    }

    @Test
    void removingAndMoving() {
        assertThat(tech.withRemoved(List.of("MSFT", "XYZ")).symbols()).containsExactly("AAPL", "NVDA");
        assertThat(tech.withMoved("NVDA", 0).symbols()).containsExactly("NVDA", "AAPL", "MSFT");
        assertThat(tech.withMoved("AAPL", 1).symbols()).containsExactly("MSFT", "AAPL", "NVDA");
        assertThat(tech.withMoved("AAPL", 99).symbols()).containsExactly("MSFT", "NVDA", "AAPL");
    }

    @Test
    void badInputNamesTheFieldAndValue() {
        assertThatThrownBy(() -> new Watchlist(" ", List.of())).hasMessageContaining("watchlist name ' '");
        assertThatThrownBy(() -> new Watchlist("x", List.of("A B"))).hasMessageContaining("symbol 'A B'");
        assertThatThrownBy(() -> new Watchlist("x", List.of("A", "a"))).hasMessage("symbol 'A' is twice in watchlist 'x'");
        assertThatThrownBy(() -> tech.withMoved("AMD", 0)).hasMessage("watchlist 'Tech' has no symbol 'AMD'");
    }
}
