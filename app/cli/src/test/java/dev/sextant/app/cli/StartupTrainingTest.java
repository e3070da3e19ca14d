package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sextant.app.AppContext;
import dev.sextant.engine.backtest.RunSummary;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.optimize.StoredStudy;
import dev.sextant.engine.walkforward.SavedWalkForward;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher trains the commands' start-up cache on {@link StartupTraining}; if one of its commands stopped working
 * (an option renamed, a universe gone), the cache would quietly be made without it. On a home seeded with the sample
 * market, every command of the training runs and saves what it makes.
 */
class StartupTrainingTest {

    @Test
    void everyTrainingCommandRunsOnTheSampleMarket(@TempDir Path home) {
        assertThat(CliRun.of("--home", home.toString(), "universe", "list").exitCode()).isZero();

        StartupTraining.main(new String[] {"--home", home.toString()});

        try (AppContext ctx = AppContext.open(home, false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            assertThat(ctx.runs().list()).extracting(RunSummary::strategyId, RunSummary::symbols)
                    .containsExactlyInAnyOrder(tuple("sma-cross", 1), tuple("dwap-breakout", 120));
            assertThat(ctx.studies().list()).extracting(StoredStudy::name)
                    .anySatisfy(name -> assertThat(name).startsWith("startup-training-"));
            assertThat(ctx.walkForwards().list()).singleElement().extracting(SavedWalkForward::name)
                    .satisfies(name -> assertThat(name).startsWith("startup-training-"));
        }
    }

    @Test
    void withoutAHomeItSaysHowToCallIt() {
        assertThatThrownBy(() -> StartupTraining.main(new String[0])).hasMessage("usage: StartupTraining --home DIR");
    }
}
