package dev.sextant.data.universe;

import dev.sextant.engine.market.UniverseCsv;

import dev.sextant.engine.market.UniverseMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The universe lists shipped with the app ({@code /universes/*.csv}), installed into the database on first use. */
public final class BundledUniverses {

    /** A shipped list: name, description and resource. */
    public record Bundled(String name, String description, String resource) {
    }

    private static final List<Bundled> LISTS = List.of(
            new Bundled("sector-etfs", "the 11 Select Sector SPDR ETFs, from their first trading day", "sector-etfs.csv"),
            new Bundled("us-large-caps", "US large caps: S&P 500 members of ~2018 with 10+ years of history (no membership dates)",
                    "us-large-caps.csv"));
    private static final Map<String, Bundled> BY_NAME = Map.of(LISTS.get(0).name(), LISTS.get(0), LISTS.get(1).name(), LISTS.get(1));

    private BundledUniverses() {
    }

    public static List<Bundled> all() {
        return LISTS;
    }

    public static Optional<Bundled> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<UniverseMember> members(Bundled list) {
        try (InputStream in = BundledUniverses.class.getResourceAsStream("/universes/" + list.resource())) {
            if (in == null) {
                throw new IllegalStateException("the bundled universe " + list.name() + " is missing from the classpath");
            }
            return UniverseCsv.parse(list.resource(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled universe " + list.name(), e);
        }
    }
}
