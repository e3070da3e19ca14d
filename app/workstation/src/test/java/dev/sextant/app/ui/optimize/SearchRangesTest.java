package dev.sextant.app.ui.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRangesTest {

    static final ParamSpace DECLARED = ParamSpace.of(
            ParamSpec.ofInt("period", 5, 100, 20, "lookback"),
            ParamSpec.ofLogFloat("stop", 0.01, 0.5, 0.08, "stop loss"),
            ParamSpec.ofChoice("ma", List.of("sma", "ema"), "sma", "average"));

    static SearchRanges ranges() {
        SearchRanges r = new SearchRanges();
        r.reset(DECLARED);
        return r;
    }

    @Test
    void startsWithEveryParameterOverItsDeclaredRange() {
        SearchRanges r = ranges();
        assertThat(r.problem()).isEmpty();
        assertThat(r.rows().get(0).low().value()).isEqualTo("5");
        assertThat(r.rows().get(0).high().value()).isEqualTo("100");
        assertThat(r.rows().get(1).low().value()).isEqualTo("0.01");
        assertThat(r.rows().get(2).low()).isNull();
        assertThat(r.space()).isEqualTo(DECLARED);
        assertThat(r.steps()).isEmpty();
    }

    @Test
    void rangesAreCheckedAgainstEachOtherAndTheDeclaredBounds() {
        SearchRanges r = ranges();
        SearchRanges.Row period = r.rows().get(0);
        period.low().text().set("4");
        assertThat(period.low().error().get()).isEqualTo("below period's minimum 5");
        period.low().text().set("x");
        assertThat(period.low().error().get()).isEqualTo("not a whole number");
        period.low().text().set("50");
        period.high().text().set("101");
        assertThat(period.high().error().get()).isEqualTo("above period's maximum 100");
        period.high().text().set("40");
        assertThat(period.high().error().get()).isEqualTo("must be above low (50)");
        period.low().text().set("30"); // fixing low clears the message under high
        assertThat(period.high().valid()).isTrue();
        period.step().text().set("0");
        assertThat(period.step().error().get()).isEqualTo("must be above 0");
        period.step().text().set("2.5");
        assertThat(period.step().error().get()).isEqualTo("not a whole number");
        period.step().text().set("11");
        assertThat(period.step().error().get()).isEqualTo("wider than 30 .. 40");
        assertThat(r.problem()).isEqualTo("fix the search ranges marked in red");
        period.high().text().set("80"); // a wider range makes the step fit
        assertThat(period.step().valid()).isTrue();
        SearchRanges.Row stop = r.rows().get(1);
        stop.high().text().set("0.6");
        assertThat(stop.high().error().get()).isEqualTo("above stop's maximum 0.5");
        stop.searched().set(false); // an unticked parameter is not checked
        assertThat(r.problem()).isEmpty();
        r.rows().forEach(row -> row.searched().set(false));
        assertThat(r.problem()).isEqualTo("search at least one parameter");
    }

    @Test
    void theSpaceAndStepsAreWhatTheFormSays() {
        SearchRanges r = ranges();
        r.rows().get(0).low().text().set("10");
        r.rows().get(0).high().text().set("30");
        r.rows().get(0).step().text().set("5");
        r.rows().get(1).low().text().set("0.02");
        r.rows().get(1).high().text().set("0.1");
        r.rows().get(2).searched().set(false);
        assertThat(r.space().params()).containsExactly(ParamSpec.ofInt("period", 10, 30, 20, "lookback"),
                ParamSpec.ofLogFloat("stop", 0.02, 0.1, 0.08, "stop loss"));
        assertThat(r.steps()).containsExactly(Map.entry("period", 5.0));
        r.rows().get(1).step().text().set("0.02"); // a stepped float is searched linearly
        assertThat(r.space().params().get(1)).isEqualTo(ParamSpec.ofFloat("stop", 0.02, 0.1, 0.08, "stop loss"));
        assertThat(r.steps()).containsEntry("stop", 0.02);

        SearchRanges shown = ranges();
        shown.fill(r.space(), r.steps());
        assertThat(shown.rows().get(0).low().value()).isEqualTo("10");
        assertThat(shown.rows().get(0).step().value()).isEqualTo("5");
        assertThat(shown.rows().get(1).step().value()).isEqualTo("0.02");
        assertThat(shown.rows().get(2).searched().get()).isFalse();
        assertThat(shown.space()).isEqualTo(r.space());
        assertThat(shown.steps()).isEqualTo(r.steps());
    }
}
