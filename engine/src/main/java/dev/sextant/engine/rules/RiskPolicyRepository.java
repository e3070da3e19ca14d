package dev.sextant.engine.rules;

import java.util.List;
import java.util.Optional;

/** Saved {@link RiskPolicy}s by name. */
public interface RiskPolicyRepository {

    /** All policies, by name. */
    List<RiskPolicy> list();

    Optional<RiskPolicy> find(String name);

    /** @throws IllegalArgumentException when a policy of that name exists */
    void create(RiskPolicy policy);

    /** @throws IllegalArgumentException when there is no policy of that name */
    void delete(String name);
}
