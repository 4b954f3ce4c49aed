package lt.iunija.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unions as read at one moment: the valid ones by id, and the broken files with their reasons.
 */
public record UnionSnapshot(Map<String, Union> unions, Map<String, List<String>> problems) {

    public static final UnionSnapshot EMPTY = new UnionSnapshot(Map.of(), Map.of());

    public UnionSnapshot {
        unions = Map.copyOf(unions);
        problems = Map.copyOf(problems);
    }

    public Optional<Union> find(String id) {
        return Optional.ofNullable(unions.get(id));
    }

    public Optional<Union> findByHost(String host) {
        return unions.values().stream()
                .filter(union -> union.hosts().contains(host))
                .findFirst();
    }

    public Collection<Union> all() {
        return unions.values();
    }
}
