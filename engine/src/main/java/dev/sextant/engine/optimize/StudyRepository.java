package dev.sextant.engine.optimize;

import java.util.List;
import java.util.Optional;

/** Port: a {@link StudyStore} that keeps studies across runs and lists them. */
public interface StudyRepository extends StudyStore {

    /** The study named {@code name}, if stored. */
    Optional<StoredStudy> find(String name);

    /** The stored studies, newest first, with their recorded trial counts. */
    List<StoredStudy> list();
}
