package lt.iunija.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import lt.iunija.infrastructure.config.CardSecret;
import lt.iunija.infrastructure.config.PortalMode;
import lt.iunija.member.CodeCard;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.member.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, makes sure every member of the demo file exists. Idempotent: a member already present keeps
 * its state (activation, locks), so demo data survives restarts as real data would.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoMembersLoader {

    private static final Logger LOG = Logger.getLogger(DemoMembersLoader.class.getName());

    @Inject
    PortalMode mode;

    @Inject
    @ConfigProperty(name = "iunija.demo.members-file")
    String membersFile;

    @Inject
    MembershipRepository memberships;

    @Inject
    CardSecret cardSecret;

    @PostConstruct
    void load() {
        if (!mode.isDemo()) {
            return;
        }
        Path file = Path.of(membersFile).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            LOG.warning(
                    () -> "Demo mode, but the demo members file " + file + " does not exist: no demo members loaded");
            return;
        }
        List<DemoMember> members;
        try {
            members = DemoMembersCsv.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot load the demo members file " + file + ": " + e.getMessage(), e);
        }
        int added = 0;
        for (DemoMember member : members) {
            if (memberships
                    .findByUserNumber(member.tenant(), member.userNumber())
                    .isEmpty()) {
                Person person = memberships.findOrCreatePerson(member.identity());
                memberships.add(new Membership(
                        member.tenant(),
                        member.userNumber(),
                        person,
                        member.smartIdActivated(),
                        CodeCard.issue(member.card(), cardSecret.bytes())));
                added++;
            }
        }
        int newMembers = added;
        LOG.info(() -> "Demo members: " + members.size() + " in " + file + ", " + newMembers + " added now");
    }
}
