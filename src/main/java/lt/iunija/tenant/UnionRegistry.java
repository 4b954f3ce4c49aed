package lt.iunija.tenant;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The unions the portal serves right now. Reads the tenants folder at start and re-reads it whenever its
 * fingerprint changes, so operators add, change or remove a union without a redeploy.
 */
@ApplicationScoped
public class UnionRegistry {

    private static final Logger LOG = Logger.getLogger(UnionRegistry.class.getName());

    @Inject
    @ConfigProperty(name = "iunija.tenants.dir")
    String tenantsDir;

    @Inject
    @ConfigProperty(name = "iunija.tenants.reload-seconds", defaultValue = "2")
    int reloadSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile UnionDirectory directory;
    private volatile UnionSnapshot snapshot = UnionSnapshot.EMPTY;
    private volatile String fingerprint = "";
    private ScheduledFuture<?> watch;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStart) {
        directory = new UnionDirectory(Path.of(tenantsDir).toAbsolutePath().normalize());
        reloadIfChanged();
        watch = scheduler.scheduleWithFixedDelay(this::reloadIfChanged, reloadSeconds, reloadSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (watch != null) {
            watch.cancel(false);
        }
    }

    public Optional<Union> find(String id) {
        return snapshot.find(id);
    }

    public Optional<Union> findByHost(String host) {
        return host == null ? Optional.empty() : snapshot.findByHost(host.toLowerCase(Locale.ROOT));
    }

    /** Every valid union, sorted by id so that the picker and logs are stable. */
    public List<Union> all() {
        return snapshot.all().stream().sorted(Comparator.comparing(Union::id)).toList();
    }

    public UnionSnapshot snapshot() {
        return snapshot;
    }

    public Path directory() {
        return directory.path();
    }

    /** Re-reads the folder when anything in it changed. Safe to call from any thread. */
    public synchronized void reloadIfChanged() {
        try {
            String current = directory.fingerprint();
            if (current.equals(fingerprint)) {
                return;
            }
            UnionSnapshot fresh = directory.read();
            logChanges(snapshot, fresh);
            snapshot = fresh;
            fingerprint = current;
        } catch (IOException | RuntimeException e) {
            // Keep serving the last good snapshot; the folder may be half written.
            LOG.log(
                    Level.WARNING,
                    "Cannot read the tenants folder " + directory.path() + "; keeping the previous unions",
                    e);
        }
    }

    private void logChanges(UnionSnapshot before, UnionSnapshot after) {
        after.unions().forEach((id, union) -> {
            Union old = before.unions().get(id);
            if (old == null) {
                LOG.info(() -> "Union '" + id + "' loaded from " + directory.path());
            } else if (!Objects.equals(old, union)) {
                LOG.info(() -> "Union '" + id + "' changed");
            }
        });
        before.unions().keySet().stream()
                .filter(id -> !after.unions().containsKey(id))
                .forEach(id -> LOG.info(() -> "Union '" + id + "' is no longer served"));
        after.problems().forEach((file, problems) -> {
            if (!problems.equals(before.problems().get(file))) {
                LOG.severe(() -> "Tenant file " + directory.path().resolve(file) + " is broken and is not served: "
                        + String.join("; ", problems));
            }
        });
        if (after.unions().isEmpty()) {
            LOG.warning(() -> "No union is served: the tenants folder " + directory.path() + " has no valid file");
        }
    }
}
