package dev.sextant.app.ui;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.shell.Screenshot;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Starts JavaFX from the plain launcher (JavaFX on the classpath, no {@code Application}
 * subclass). The database opens on another thread while the toolkit starts; the window is built
 * when both are ready. {@link #screenshot} renders off screen with Monocle, so it needs no display.
 */
public final class WorkstationLauncher {

    private WorkstationLauncher() {
    }

    /** Whether a window can be opened: always on Windows and macOS; on Linux and BSD only with X11 or Wayland. */
    public static boolean displayAvailable(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Opens the workstation window and returns when it is closed. */
    public static void open(Supplier<AppContext> opener) {
        CompletableFuture<AppContext> context = CompletableFuture.supplyAsync(opener);
        startToolkit(false);
        Stage splash = onFx(WorkstationLauncher::splash);
        AppContext ctx = await(context, splash);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            Platform.runLater(() -> {
                try {
                    Workstation w = new Workstation(ctx);
                    Stage stage = new Stage();
                    stage.setOnHidden(e -> closed.countDown());
                    w.show(stage);
                    splash.close();
                    whenChartShown(w, () -> reportTiming("first chart frame"));
                } catch (RuntimeException e) {
                    failure.set(e);
                    splash.close();
                    closed.countDown();
                }
            });
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ctx.close();
            Platform.exit();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /**
     * Renders the main window ({@link Workstation#WIDTH}×{@link Workstation#HEIGHT}) once the
     * chart and the data panel show the data, writes it to {@code file} as PNG, and returns the
     * milliseconds from JVM start to that frame. {@code panel} (nullable) is brought to front first.
     */
    public static long screenshot(Supplier<AppContext> opener, Path file, String panel) {
        startToolkit(true);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long[] at = new long[1];
        try (AppContext ctx = opener.get()) {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    Workstation w = new Workstation(ctx);
                    Stage stage = new Stage();
                    w.show(stage);
                    if (panel != null) {
                        w.openPanel(panel);
                    }
                    whenChartShown(w, () -> {
                        try {
                            at[0] = sinceJvmStart();
                            Screenshot.write(w.scene(), file);
                        } catch (RuntimeException e) {
                            failure.set(e);
                        } finally {
                            stage.hide();
                            done.countDown();
                        }
                    });
                } catch (RuntimeException e) {
                    failure.set(e);
                    done.countDown();
                }
            });
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering the screenshot", e);
        } finally {
            Platform.exit();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return at[0];
    }

    private static void startToolkit(boolean headless) {
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1080-32");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
    }

    private static Stage splash() {
        Label label = new Label("Sextant: opening the database ...");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        VBox box = new VBox(12, label, bar);
        box.setAlignment(Pos.CENTER);
        box.setStyle("-fx-padding: 24; -fx-background-color: #22272e; -fx-text-fill: #cdd9e5;");
        label.setStyle("-fx-text-fill: #cdd9e5; -fx-font-size: 14px;");
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(new Scene(box, 340, 110));
        stage.show();
        return stage;
    }

    private static AppContext await(CompletableFuture<AppContext> context, Stage splash) {
        try {
            return context.join();
        } catch (CompletionException e) {
            Platform.runLater(splash::close);
            Platform.exit();
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    /**
     * Runs {@code action} on the FX thread three frames after the chart shows its data (or says why it
     * cannot) and no job is running: the moment a user sees the sample chart.
     */
    static void whenChartShown(Workstation w, Runnable action) {
        BooleanSupplier ready = () -> w.tasks().running().isEmpty()
                && w.chartPanel().map(p -> (p.charts() != null && !p.charts().hasPendingWrite()) || !p.viewModel().message().get().startsWith("Loading"))
                .orElse(true);
        new AnimationTimer() {
            private int framesReady;

            @Override
            public void handle(long now) {
                framesReady = ready.getAsBoolean() ? framesReady + 1 : 0;
                if (framesReady == 3) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void reportTiming(String what) {
        if (System.getenv("SEXTANT_TIMING") != null) {
            System.err.printf("sextant: %s after %d ms from JVM start (epoch ms %d)%n", what, sinceJvmStart(),
                    System.currentTimeMillis());
        }
    }
}
