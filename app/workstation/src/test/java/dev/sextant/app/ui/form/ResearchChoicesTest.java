package dev.sextant.app.ui.form;

import dev.sextant.app.ui.SteppedTaskRunner;

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

    /** Choices whose stored universes and symbols have been read, as the task runner would do. */
    static ResearchChoices choices(String strategy, String universe, boolean symbolsShown, ResearchChoices.Dates dates) {
        SteppedTaskRunner tasks = new SteppedTaskRunner();
        ResearchChoices choices = new ResearchChoices(services, tasks, strategy, universe, symbolsShown, dates);
        tasks.runAll();
        return choices;
    }

    @Test
    void readsTheStoreThroughTheTaskRunnerNotInTheConstructor() {
        SteppedTaskRunner tasks = new SteppedTaskRunner();
        ResearchChoices choices = new ResearchChoices(services, tasks, "sma-cross", "no-such", true, ResearchChoices.Dates.RANGE);
        assertThat(choices.universes()).isEmpty();
        assertThat(choices.loaded().get()).isFalse();
        assertThat(choices.universe().get()).isEqualTo("no-such");
        tasks.runAll();
        assertThat(choices.loaded().get()).isTrue();
        assertThat(choices.universes()).containsExactlyElementsOf(services.universes());
        assertThat(choices.universe().get()).isEqualTo(services.universes().getFirst());
    }

    @Test
    void startsAtTheDefaultsThatExistElseTheFirst() {
        ResearchChoices choices = choices("sma-cross", "sample-sectors", true, ResearchChoices.Dates.RANGE);
        assertThat(choices.strategy().get()).isEqualTo("sma-cross");
        assertThat(choices.universe().get()).isEqualTo("sample-sectors");
        ResearchChoices unknown = choices("no-such", "no-such", true, ResearchChoices.Dates.RANGE);
        assertThat(unknown.strategy().get()).isEqualTo(services.strategies().ids().getFirst());
        assertThat(unknown.universe().get()).isEqualTo(services.universes().getFirst());
    }

    @Test
    void typedSymbolsReplaceTheUniverseAndAreCheckedAgainstTheStoredBars() {
        ResearchChoices choices = choices("sma-cross", "sample-sectors", true, ResearchChoices.Dates.RANGE);
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
        ResearchChoices choices = choices("sma-cross", "sample-sectors", false, ResearchChoices.Dates.RANGE);
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
        ResearchChoices choices = choices("dwap-breakout", "sample-stocks", false,
                ResearchChoices.Dates.startingOn("Start"));
        assertThat(choices.from().label()).isEqualTo("Start");
        assertThat(choices.valid()).isFalse();
        choices.from().text().set("2024-06-03");
        assertThat(choices.valid()).isTrue();
    }
}
