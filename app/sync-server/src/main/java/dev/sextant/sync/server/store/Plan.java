package dev.sextant.sync.server.store;

import java.time.Instant;
import java.util.Optional;

/** An account's subscription: status and the end of the paid (or trial) period. */
public record Plan(PlanStatus status, Optional<Instant> periodEnd) {

    public static final Plan NONE = new Plan(PlanStatus.NONE, Optional.empty());
}
