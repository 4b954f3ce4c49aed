package lt.iunija.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import lt.iunija.incident.AuditAction;
import lt.iunija.incident.AuditDetail;
import lt.iunija.incident.Incident;
import lt.iunija.incident.IncidentStatus;
import lt.iunija.incident.IncidentStore;
import lt.iunija.incident.Resolution;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.smartid.InitiationMutes;

/**
 * What an admin can do with an incident of their union, each step written to its audit trail. Every method
 * finds the incident (and the member) inside the admin's union first; anything else is {@link NotFound}.
 */
@ApplicationScoped
@Transactional
public class IncidentActions {

    /** The incident or member is not in this admin's union (or does not exist): answered as 404. */
    public static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A status change that the workflow does not allow, or RESOLVED without a resolution. */
    public static class NotAllowed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    IncidentStore store;

    @Inject
    MembershipRepository memberships;

    @Inject
    InitiationMutes mutes;

    public void take(AdminSession.Admin admin, long incidentId) {
        Incident incident = incident(admin, incidentId);
        incident.assignTo(admin.semanticsIdentifier());
        store.audit(incident, admin.semanticsIdentifier(), AuditAction.TAKEN, new AuditDetail.Text(admin.name()));
    }

    public void addNote(AdminSession.Admin admin, long incidentId, String note) {
        store.audit(
                incident(admin, incidentId),
                admin.semanticsIdentifier(),
                AuditAction.NOTE_ADDED,
                new AuditDetail.Text(note.strip()));
    }

    public void changeStatus(AdminSession.Admin admin, long incidentId, IncidentStatus status, Resolution resolution) {
        Incident incident = incident(admin, incidentId);
        if (!incident.getStatus().canMoveTo(status) || (status == IncidentStatus.RESOLVED && resolution == null)) {
            throw new NotAllowed();
        }
        incident.changeStatus(status, resolution);
        if (status == IncidentStatus.RESOLVED) {
            store.audit(
                    incident, admin.semanticsIdentifier(), AuditAction.RESOLVED, new AuditDetail.Resolved(resolution));
        } else {
            store.audit(
                    incident,
                    admin.semanticsIdentifier(),
                    AuditAction.STATUS_CHANGED,
                    new AuditDetail.StatusChanged(status));
        }
    }

    public void blockLogin(AdminSession.Admin admin, long incidentId) {
        changeMember(admin, incidentId, Membership::blockSmartIdAndEndSessions, AuditAction.LOGIN_BLOCKED);
    }

    public void unblockLogin(AdminSession.Admin admin, long incidentId) {
        changeMember(admin, incidentId, Membership::unblockSmartId, AuditAction.LOGIN_UNBLOCKED);
    }

    public void unlockCard(AdminSession.Admin admin, long incidentId) {
        changeMember(admin, incidentId, Membership::unlockCard, AuditAction.CARD_UNLOCKED);
    }

    /** Ends the pause of new Smart-ID logins for the person the incident is about. */
    public void liftMute(AdminSession.Admin admin, long incidentId) {
        Incident incident = incident(admin, incidentId);
        String identity = member(admin, incident).getPerson().getSemanticsIdentifier();
        if (mutes.lift(identity)) {
            store.audit(incident, admin.semanticsIdentifier(), AuditAction.LOGINS_UNMUTED);
        }
    }

    private void changeMember(
            AdminSession.Admin admin, long incidentId, Consumer<Membership> change, AuditAction action) {
        Incident incident = incident(admin, incidentId);
        change.accept(member(admin, incident));
        store.audit(incident, admin.semanticsIdentifier(), action);
    }

    private Incident incident(AdminSession.Admin admin, long incidentId) {
        return store.find(admin.tenant(), incidentId).orElseThrow(NotFound::new);
    }

    private Membership member(AdminSession.Admin admin, Incident incident) {
        if (incident.getMembershipId() == null) {
            throw new NotFound();
        }
        return memberships
                .find(incident.getMembershipId())
                .filter(membership -> membership.getTenant().equals(admin.tenant()))
                .orElseThrow(NotFound::new);
    }
}
