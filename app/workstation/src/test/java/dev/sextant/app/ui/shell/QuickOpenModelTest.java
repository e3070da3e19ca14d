package dev.sextant.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuickOpenModelTest {

    @Test
    void prefixMatchesComeFirstThenContainingOnes() {
        QuickOpenModel model = new QuickOpenModel();
        Runnable none = () -> { };
        model.addSource(() -> List.of(new QuickOpenModel.Entry("symbol", "XIDX.SX", none),
                new QuickOpenModel.Entry("symbol", "IDX.SX", none), new QuickOpenModel.Entry("symbol", "S001.SX", none)));
        model.addSource(() -> List.of(new QuickOpenModel.Entry("panel", "Data", none)));
        assertThat(model.matches("idx")).extracting(QuickOpenModel.Entry::name).containsExactly("IDX.SX", "XIDX.SX");
        assertThat(model.matches("da")).extracting(QuickOpenModel.Entry::kind).containsExactly("panel");
        assertThat(model.matches("")).hasSize(4);
        assertThat(model.matches("zzz")).isEmpty();
    }
}
