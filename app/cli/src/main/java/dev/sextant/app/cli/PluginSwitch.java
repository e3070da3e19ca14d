package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.PluginStatus;

/** Shared check of {@code plugins enable|disable}: the id must be one that {@code plugins list} shows. */
final class PluginSwitch {

    private PluginSwitch() {
    }

    static void requireKnown(AppContext ctx, String id) {
        if (ctx.plugins().status(id).filter(s -> !s.name().isEmpty()).isEmpty()) {
            throw new UserError("no plugin '" + id + "' (known: " + String.join(", ",
                    ctx.plugins().statuses().stream().filter(s -> !s.name().isEmpty()).map(PluginStatus::id).toList()) + ")");
        }
    }
}
