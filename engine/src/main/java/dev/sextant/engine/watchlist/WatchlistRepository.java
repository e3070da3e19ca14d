package dev.sextant.engine.watchlist;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Port: where watchlists are kept. Each write is one transaction. */
public interface WatchlistRepository {

    /** All watchlists, by name. */
    List<Watchlist> list();

    Optional<Watchlist> find(String name);

    /** @throws IllegalArgumentException when a watchlist of that name exists */
    void create(Watchlist watchlist);

    /**
     * Reads the watchlist {@code name}, applies {@code edit} and stores the result, in one transaction; the edit
     * may rename the list.
     *
     * @return the stored result
     * @throws IllegalArgumentException when there is no such watchlist, or the new name is taken
     */
    Watchlist edit(String name, UnaryOperator<Watchlist> edit);

    /** @throws IllegalArgumentException when there is no such watchlist */
    void delete(String name);
}
