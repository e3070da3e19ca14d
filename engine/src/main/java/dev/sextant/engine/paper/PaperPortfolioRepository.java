package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.HandTrade;
import java.util.List;
import java.util.Optional;

/**
 * Where paper portfolios are kept. History is append-only: {@link #append} adds an update's days,
 * fills, round trips and switches and replaces the current state, in one transaction, and refuses
 * an update that was computed from a state other than the stored one.
 */
public interface PaperPortfolioRepository {

    /** @throws IllegalArgumentException when the name is taken, or a ghost's live portfolio does not exist */
    long create(PaperPortfolio portfolio);

    Optional<StoredPaperPortfolio> find(String name);

    /** All portfolios by name. */
    List<StoredPaperPortfolio> list();

    /** Names of the ghosts that run beside {@code live}. */
    List<String> ghostsOf(String live);

    /**
     * @param before the state the update was computed from
     * @throws IllegalStateException when the stored state is no longer {@code before} (another update won)
     */
    void append(String name, PaperState before, PaperUpdate update);

    /**
     * Records a hand trade to book at the close of its day on the next update.
     *
     * @throws IllegalArgumentException when its day is not after the last processed day
     */
    void addHandTrade(String name, HandTrade trade);

    PaperHistory history(String name);
}
