package dev.sextant.app.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.engine.paper.PaperDay;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioViewModelTest {

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
    void createsUpdatesAndShowsAPortfolioFromTheForm() {
        PortfolioViewModel vm = new PortfolioViewModel(services, new WorkspaceState(ctx.bars(), new DirectTaskRunner()));
        assertThat(vm.portfolios()).isEmpty();
        vm.create();
        assertThat(vm.status().get()).startsWith("Fill in a name and a start date");
        assertThat(ctx.paperPortfolios().list()).isEmpty();

        vm.name().text().set("bad name!");
        assertThat(vm.name().valid()).isFalse();
        vm.name().text().set("vm-live");
        vm.choices().from().text().set("2024-13-01");
        assertThat(vm.formValid()).isFalse();
        vm.choices().from().text().set("2024-06-03");
        vm.choices().strategy().set("dwap-breakout");
        vm.choices().universe().set("sample-stocks");
        vm.create();

        assertThat(vm.portfolios()).containsExactly("vm-live");
        assertThat(vm.selected().get()).isEqualTo("vm-live");
        PortfolioViewModel.Shown shown = vm.shown().get();
        assertThat(shown.days()).isNotEmpty();
        assertThat(shown.days().getFirst().date()).isAfterOrEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(shown.days().getLast().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(shown.view().benchmark()).hasSize(shown.days().size());
        assertThat(shown.summary()).startsWith("vm-live: dwap-breakout · 2024-06-03 .. 2024-12-31 · equity ");
        assertThat(shown.postMortems()).isNotEmpty().allMatch(m -> !m.verdict().isBlank());
        assertThat(vm.status().get()).isEqualTo("Created vm-live and updated it through 2024-12-31.");
        assertThat(vm.busy().get()).isFalse();

        vm.update();
        assertThat(vm.status().get()).startsWith("Updated vm-live: 0 new day(s)");
        assertThat(vm.shown().get().days()).extracting(PaperDay::date).containsExactlyElementsOf(
                shown.days().stream().map(PaperDay::date).toList());

        vm.name().text().set("vm-live");
        vm.create();
        assertThat(vm.status().get()).contains("portfolio 'vm-live' already exists");

        vm.whatIfSince().text().set("June");
        vm.runWhatIf();
        assertThat(vm.status().get()).isEqualTo("Give the first day of the what-if (YYYY-MM-DD).");
        assertThat(vm.whatIf().get()).isNull();
        // following every signal since the portfolio's own start is the portfolio itself (paper = backtest)
        vm.whatIfSince().text().set("2024-06-03");
        vm.runWhatIf();
        double paperEquity = vm.shown().get().days().getLast().equity();
        assertThat(vm.whatIf().get().metrics().finalEquity()).isCloseTo(paperEquity, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(vm.status().get()).startsWith("What if: dwap-breakout since 2024-06-03 (to 2024-12-31): final equity ");
        vm.whatIfSince().text().set("2024-10-01");
        vm.runWhatIf();
        assertThat(LocalDate.ofEpochDay(vm.whatIf().get().curve().time()[0])).isAfterOrEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(ctx.paperPortfolios().list()).hasSize(1);
    }
}
