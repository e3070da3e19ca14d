package dev.sextant.app.ui;

import dev.sextant.app.AppContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The headless UI test fixture, shared: before each test a fresh home with the sample market ({@link SeededHome}),
 * its services, and the workstation window shown on TestFX's primary stage; after it the jobs stopped, the home
 * closed and deleted. Test methods may take an {@link FxRobot}. Use with {@code @RegisterExtension}; a test that needs
 * something stored before the window opens (e.g. a saved backtest) says so with {@link #seededWith(Consumer)}.
 */
public final class HeadlessWorkstation implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Consumer<AppContext> seed;
    private final Clock clock;
    private Path home;
    private AppContext ctx;
    private Workstation workstation;

    /** The fixture on the sample market alone. */
    public HeadlessWorkstation() {
        this(ctx -> { }, Clock.systemUTC());
    }

    private HeadlessWorkstation(Consumer<AppContext> seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    /**
     * The fixture with {@code seed} run on the fresh home's services before the window opens (on the test
     * thread, not the FX thread, so TestFX's set-up time limit does not cover it).
     */
    public static HeadlessWorkstation seededWith(Consumer<AppContext> seed) {
        return new HeadlessWorkstation(seed, Clock.systemUTC());
    }

    /** This fixture with {@code now} as the wall clock of live sessions (e.g. in the middle of a past session). */
    public HeadlessWorkstation at(Clock now) {
        return new HeadlessWorkstation(seed, now);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("sextant-ui-test");
        ctx = SeededHome.open(home);
        seed.accept(ctx);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            workstation = new Workstation(ctx, clock);
            workstation.show(stage);
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        workstation.tasks().close();
        ctx.close();
        FxToolkit.cleanupStages();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test home " + home, e);
        }
    }

    public Path home() {
        return home;
    }

    public AppContext context() {
        return ctx;
    }

    public Workstation workstation() {
        return workstation;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new FxRobot();
    }
}
