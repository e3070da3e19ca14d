package dev.sextant.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.SeededHome;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchChoicesTest {

    @TempDir
    static Path home;
    static AppContext ctx;
    static ResearchServices services;

    @BeforeAll
    static void open() {
        ctx = SeededHome.open(home);
        services = ctx.research();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void startsAtTheDefaultsThatExistElseTheFirst() {
        ResearchChoices choices = new ResearchChoices(services, "sma-cross", "sample-sectors", true, ResearchChoices.Dates.RANGE);
        assertThat(choices.strategy().get()).isEqualTo("sma-cross");
        assertThat(choices.universe().get()).isEqualTo("sample-sectors");
        ResearchChoices unknown = new ResearchChoices(services, "no-such", "no-such", true, ResearchChoices.Dates.RANGE);
        assertThat(unknown.strategy().get()).isEqualTo(services.strategies().ids().getFirst());
        assertThat(unknown.universe().get()).isEqualTo(services.universes().getFirst());
    }

    @Test
    void typedSymbolsReplaceTheUniverseAndAreCheckedAgainstTheStoredBars() {
        ResearchChoices choices = new ResearchChoices(services, "sma-cross", "sample-sectors", true, ResearchChoices.Dates.RANGE);
        assertThat(choices.market()).isEqualTo(MarketChoice.ofUniverse("sample-sectors"));
        choices.symbols().text().set("s001.sx, NOPE");
        assertThat(choices.symbols().error().get()).isEqualTo("no daily bars for NOPE");
        assertThat(choices.valid()).isFalse();
        choices.symbols().text().set("s001.sx S002.SX s001.sx");
        assertThat(choices.valid()).isTrue();
        assertThat(choices.market()).isEqualTo(MarketChoice.ofSymbols(java.util.List.of("S001.SX", "S002.SX")));
    }

    @Test
    void checksTheDatesAndTheirOrder() {
        ResearchChoices choices = new ResearchChoices(services, "sma-cross", "sample-sectors", false, ResearchChoices.Dates.RANGE);
        assertThat(choices.fromDate()).isNull();
        assertThat(choices.toDate()).isNull();
        choices.from().text().set("2024-13-01");
        assertThat(choices.from().error().get()).isEqualTo("expected YYYY-MM-DD");
        choices.fillDates(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1));
        assertThat(choices.to().error().get()).isEqualTo("before From (2020-01-01)");
        choices.from().text().set("2018-01-01");
        assertThat(choices.to().error().get()).isEmpty();
        assertThat(choices.fromDate()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(choices.toDate()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void aRequiredStartMustBeGiven() {
        ResearchChoices choices = new ResearchChoices(services, "dwap-breakout", "sample-stocks", false,
                ResearchChoices.Dates.startingOn("Start"));
        assertThat(choices.from().label()).isEqualTo("Start");
        assertThat(choices.valid()).isFalse();
        choices.from().text().set("2024-06-03");
        assertThat(choices.valid()).isTrue();
    }
}
