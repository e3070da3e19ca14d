package dev.sextant.app.ui.form;

import dev.sextant.app.api.TaskRunner;
import dev.sextant.app.research.EntryRuleChoices;
import dev.sextant.app.research.EntryRuleService;
import dev.sextant.engine.rules.CircuitBreaker;
import dev.sextant.engine.rules.MarketFilter;
import dev.sextant.engine.rules.RegimeGate;
import dev.sextant.engine.rules.RiskPolicy;
import dev.sextant.engine.rules.VolatilityCeiling;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The entry-filter and risk-policy fields the backtest, scanner and optimizer forms share, each
 * empty when unset and checked as typed ({@code SPY:sma200}, {@code strong_bull,weak_bull},
 * {@code ^VIX:30}, {@code 3:10:trailing}, a saved policy's name). Symbols and the policy are
 * looked up when the job runs ({@link EntryRuleService#resolve}), off the FX thread.
 */
public final class EntryRuleFields {

    private final ValidatedField marketFilter = optional("Market filter", MarketFilter::parse);
    private final ValidatedField regimeGate = optional("Regime gate", RegimeGate::parseRegimes);
    private final ValidatedField volCeiling = optional("Vol ceiling", VolatilityCeiling::parse);
    private final ValidatedField circuitBreaker = optional("Circuit breaker", CircuitBreaker::parse);
    private final ValidatedField riskPolicy = new ValidatedField("Risk policy", "", t -> "");
    private final ObservableList<String> policyNames = FXCollections.observableArrayList();

    private static ValidatedField optional(String label, Function<String, ?> parse) {
        return ValidatedField.parsed(label, "", t -> t.isEmpty() ? null : parse.apply(t));
    }

    public ValidatedField marketFilter() {
        return marketFilter;
    }

    public ValidatedField regimeGate() {
        return regimeGate;
    }

    public ValidatedField volCeiling() {
        return volCeiling;
    }

    public ValidatedField circuitBreaker() {
        return circuitBreaker;
    }

    public ValidatedField riskPolicy() {
        return riskPolicy;
    }

    /** Names of the saved risk policies, for the policy field's choices. */
    public ObservableList<String> policyNames() {
        return policyNames;
    }

    /** Reads the saved policies' names in the background; {@code problem} hears why when they cannot be read. */
    public void refreshPolicies(TaskRunner tasks, EntryRuleService rules, java.util.function.Consumer<String> problem) {
        tasks.submit("List risk policies", (p, c) -> rules.policies().list().stream().map(RiskPolicy::name).toList(),
                policyNames::setAll, error -> problem.accept("Risk policies not listed: " + error.getMessage()));
    }

    public List<ValidatedField> fields() {
        return List.of(marketFilter, regimeGate, volCeiling, circuitBreaker, riskPolicy);
    }

    public boolean valid() {
        return fields().stream().allMatch(ValidatedField::valid);
    }

    public EntryRuleChoices choices() {
        return new EntryRuleChoices(marketFilter.value(), regimeGate.value(), volCeiling.value(), circuitBreaker.value(),
                riskPolicy.value());
    }
}
