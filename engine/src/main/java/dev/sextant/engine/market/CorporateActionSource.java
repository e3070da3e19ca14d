package dev.sextant.engine.market;

import java.util.List;

/** The recorded splits and dividends of a symbol (the port the {@code corporate_action} table fills). */
@FunctionalInterface
public interface CorporateActionSource {

    /** A source without any actions: for callers that run price returns only. */
    CorporateActionSource NONE = symbol -> List.of();

    /** The actions of {@code symbol}, by ex-date; empty when none are recorded. */
    List<CorporateAction> actions(String symbol);

    /** The actions of each of {@code symbols}, in their order: one {@link #actions} call each unless a source can do better. */
    default List<List<CorporateAction>> actionsOf(List<String> symbols) {
        return symbols.stream().map(this::actions).toList();
    }
}
