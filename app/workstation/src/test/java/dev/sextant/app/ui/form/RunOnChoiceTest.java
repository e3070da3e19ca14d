package dev.sextant.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.app.research.RunOn;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The "Run on" choice turned into the RunOn the services take, checked with RunOn's own rules. */
class RunOnChoiceTest {

    private final Path home = Path.of("/tmp/sextant-home");

    @Test
    void thisComputerIsTheDefaultAndIgnoresTheClusterFields() {
        RunOnChoice choice = new RunOnChoice(home, () -> true);
        choice.master().text().set("not a master");
        assertThat(choice.valid()).isTrue();
        assertThat(choice.runOn()).isSameAs(RunOn.LOCAL);
        assertThat(RunOnChoice.label(choice.runOn())).isEqualTo("this computer");
    }

    @Test
    void aLocalMasterShipsToTheHomesSparkDataFolderUnlessAFolderIsGiven() {
        RunOnChoice choice = new RunOnChoice(home, () -> true);
        choice.cluster().set(true);
        assertThat(choice.valid()).isTrue();
        assertThat(choice.runOn()).isEqualTo(new RunOn("local[*]", "/tmp/sextant-home/spark-data"));
        choice.master().text().set(" local[2] ");
        choice.dataRoot().text().set("/data/bars");
        assertThat(choice.runOn()).isEqualTo(new RunOn("local[2]", "/data/bars"));
        assertThat(RunOnChoice.label(choice.runOn())).isEqualTo("Spark local[2]");
    }

    @Test
    void aBadMasterIsRefusedWithRunOnsMessage() {
        RunOnChoice choice = new RunOnChoice(home, () -> true);
        choice.cluster().set(true);
        choice.master().text().set("spark:/host");
        assertThatThrownBy(() -> RunOn.checkMaster("spark:/host")).hasMessage(choice.master().error().get());
        assertThat(choice.master().error().get()).startsWith("cluster master 'spark:/host' is not a Spark master URL");
        assertThat(choice.dataRoot().error().get()).isEmpty();
        assertThat(choice.valid()).isFalse();
        choice.cluster().set(false); // back to this computer: nothing to fix
        assertThat(choice.master().error().get()).isEmpty();
        assertThat(choice.valid()).isTrue();
    }

    @Test
    void aRemoteMasterNeedsAFolderEveryExecutorCanRead() {
        RunOnChoice choice = new RunOnChoice(home, () -> true);
        choice.cluster().set(true);
        choice.master().text().set("spark://node1:7077");
        assertThat(choice.dataRoot().error().get())
                .isEqualTo("master spark://node1:7077 needs a folder every executor can read (hdfs://… or s3a://…)");
        assertThat(choice.valid()).isFalse();
        choice.dataRoot().text().set("s3a://bucket/bars");
        assertThat(choice.valid()).isTrue();
        assertThat(choice.runOn()).isEqualTo(new RunOn("spark://node1:7077", "s3a://bucket/bars"));
    }

    @Test
    void withoutTheSparkModuleTheClusterIsRefusedWithHowToBuildIt() {
        RunOnChoice choice = new RunOnChoice(home, () -> false);
        assertThat(choice.available()).isFalse();
        assertThat(choice.unavailableReason()).isEqualTo(RunOn.MODULE_MISSING);
        assertThat(choice.valid()).isTrue();
        choice.cluster().set(true);
        assertThat(choice.master().error().get()).isEqualTo(RunOn.MODULE_MISSING);
        assertThat(choice.valid()).isFalse();
    }
}
