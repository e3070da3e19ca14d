package dev.sextant.app.ui.form;

import dev.sextant.app.api.TaskRunner;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.research.Preset;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A form's Preset choice: the preset names ({@code ./sextant preset list}) and the chosen one. Choosing a preset reads
 * it in the background and fills the form's strategy, params and entry rules, then hands it to the form for its own
 * fields; fields typed afterwards override it, as options do on the command line. Choosing another strategy than the
 * preset's drops the preset (its params are for its strategy only).
 */
public final class PresetChoice {

    private final ResearchServices services;
    private final TaskRunner tasks;
    private final ResearchChoices choices;
    private final ParamForm params;
    private final EntryRuleFields rules;
    private final Consumer<Preset> fillRest;
    private final Consumer<String> status;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>(this, "preset");
    /** {@code name@version} of the preset the form was filled from; null for none. */
    private String label;
    private String strategy;
    /** True while the form is filled, so that its own changes do not drop or re-read the preset. */
    private boolean filling;

    /**
     * @param fillRest fills the form's other fields from the preset (on the FX thread)
     * @param status hears what happened, for the form's status line
     */
    public PresetChoice(ResearchServices services, TaskRunner tasks, ResearchChoices choices, ParamForm params,
            EntryRuleFields rules, Consumer<Preset> fillRest, Consumer<String> status) {
        this.services = services;
        this.tasks = tasks;
        this.choices = choices;
        this.params = params;
        this.rules = rules;
        this.fillRest = fillRest;
        this.status = status;
        chosen.addListener((obs, old, now) -> {
            if (!filling) {
                choose(now);
            }
        });
        choices.strategy().addListener((obs, old, now) -> {
            if (!filling && label != null && !Objects.equals(now, strategy)) {
                chosen.set(null);
            }
        });
        refresh();
    }

    public ObservableList<String> names() {
        return FXCollections.unmodifiableObservableList(names);
    }

    /** The chosen preset's name; null for none. */
    public ObjectProperty<String> chosen() {
        return chosen;
    }

    /** {@code name@version} of the preset the form holds, for the run's provenance; null for none. */
    public String label() {
        return label;
    }

    /** Reads the preset names in the background. */
    public void refresh() {
        tasks.submit("List presets", (p, c) -> services.presets().names(), names::setAll,
                error -> status.accept("Presets not listed: " + error.getMessage()));
    }

    /** Shows {@code presetLabel} ({@code name@version}, or null) as chosen without filling the form: a reopened run's. */
    public void showRecorded(String presetLabel, String runStrategy) {
        filling = true;
        chosen.set(presetLabel == null ? null : presetLabel.substring(0, presetLabel.lastIndexOf('@')));
        filling = false;
        label = presetLabel;
        strategy = runStrategy;
    }

    private void choose(String name) {
        if (name == null || name.isBlank()) {
            label = null;
            strategy = null;
            return;
        }
        tasks.submit("Read preset " + name, (p, c) -> services.presets().get(name), this::fill,
                error -> status.accept("Preset " + name + " not applied: " + error.getMessage()));
    }

    private void fill(Preset p) {
        filling = true;
        try {
            choices.strategy().set(p.strategy());
            params.load(services.strategies().get(p.strategy()));
            params.set(p.params());
            var e = p.rules();
            rules.marketFilter().text().set(orEmpty(e.marketFilter()));
            rules.regimeGate().text().set(orEmpty(e.regimeGate()));
            rules.volCeiling().text().set(orEmpty(e.volCeiling()));
            rules.circuitBreaker().text().set(orEmpty(e.circuitBreaker()));
            rules.riskPolicy().text().set(orEmpty(e.riskPolicy()));
            fillRest.accept(p);
        } finally {
            filling = false;
        }
        label = p.label();
        strategy = p.strategy();
        status.accept("Preset " + p.label() + " filled in: " + p.description());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
