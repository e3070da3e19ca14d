package dev.sextant.engine.market;

import java.util.List;

/** Port: named lists of symbols. */
public interface UniverseRepository {

    /** The universe that means every instrument in the store. */
    String ALL = "all";

    /** Symbols of a universe, sorted; {@link #ALL} means every instrument. Fails with a clear message for an unknown name. */
    List<String> members(String name);

    /** Names of the stored universes, sorted. */
    List<String> names();
}
