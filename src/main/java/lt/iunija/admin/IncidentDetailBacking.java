package lt.iunija.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lt.iunija.i18n.Texts;
import lt.iunija.incident.AuditDetail;
import lt.iunija.incident.AuditEntry;
import lt.iunija.incident.Incident;
import lt.iunija.incident.IncidentStatus;
import lt.iunija.incident.IncidentStore;
import lt.iunija.incident.Resolution;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.routing.CurrentPage;
import lt.iunija.smartid.InitiationMutes;
import lt.iunija.smartid.SmartIdAttempt;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One incident of the admin's union: the report, the matched attempts, the member's protective flags, the
 * audit trail, and the admin actions. The incident id comes from the address once; the actions use the id
 * kept in the view and look it up inside the admin's union again.
 */
@Named
@ViewScoped
public class IncidentDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPage page;

    @Inject
    AdminGuard guard;

    @Inject
    AdminSession session;

    @Inject
    IncidentStore store;

    @Inject
    IncidentActions actions;

    @Inject
    MembershipRepository memberships;

    @Inject
    InitiationMutes mutes;

    /** The address's id, read once; null when missing or not a number. */
    @Inject
    @Param(name = "id")
    Long requestedId;

    private Long incidentId;
    private String note;
    private IncidentStatus newStatus;
    private Resolution resolution;
    /** What the page shows, read once when first needed and again after each action (pages ask many times). */
    private transient Shown shown;

    /** The incident and its member's protective state, as last read. */
    private record Shown(Incident incident, Optional<Membership> member, boolean memberMuted) {}

    /** View action: admins of this union only; an id outside it is a 404. */
    public void load() {
        guard.require();
        if (Faces.isResponseComplete()) {
            return;
        }
        if (requestedId == null || store.find(page.getUnion().id(), requestedId).isEmpty()) {
            Faces.responseSendError(404, null);
            return;
        }
        incidentId = requestedId;
    }

    public Incident getIncident() {
        return shown().incident();
    }

    private Shown shown() {
        if (shown == null) {
            String tenant = page.getUnion().id();
            Incident incident = store.find(tenant, incidentId).orElseThrow();
            Optional<Membership> member = Optional.ofNullable(incident.getMembershipId())
                    .flatMap(memberships::find)
                    .filter(membership -> membership.getTenant().equals(tenant));
            boolean muted = member.map(membership -> mutes.mutedUntil(
                                    membership.getPerson().getSemanticsIdentifier())
                            .isPresent())
                    .orElse(false);
            shown = new Shown(incident, member, muted);
        }
        return shown;
    }

    public List<AuditEntry> getAuditTrail() {
        return store.auditTrail(page.getUnion().id(), incidentId);
    }

    public Optional<Membership> getMember() {
        return shown().member();
    }

    public boolean isAtThisUnion(SmartIdAttempt attempt) {
        return attempt.getTenant().equals(page.getUnion().id());
    }

    /** The audit line's detail in the admin's language, or null when the line has none. */
    public String detailText(AuditEntry entry) {
        return entry.detail().map(this::text).orElse(null);
    }

    private String text(AuditDetail detail) {
        Locale locale = Faces.getLocale();
        if (detail instanceof AuditDetail.Reported reported) {
            return Texts.text(locale, reported.action().messageKey());
        }
        if (detail instanceof AuditDetail.StatusChanged changed) {
            return Texts.text(locale, changed.status().messageKey());
        }
        if (detail instanceof AuditDetail.Resolved resolved) {
            return Texts.text(locale, resolved.resolution().messageKey());
        }
        if (detail instanceof AuditDetail.Matched matched) {
            return Texts.text(locale, "admin.audit.matched.count", matched.attempts());
        }
        if (detail instanceof AuditDetail.PausedUntil paused) {
            return Texts.text(locale, "admin.audit.until", page.localTime(paused.utc()));
        }
        return ((AuditDetail.Text) detail).text();
    }

    public List<IncidentStatus> getNextStatuses() {
        IncidentStatus current = getIncident().getStatus();
        return List.of(IncidentStatus.values()).stream()
                .filter(current::canMoveTo)
                .toList();
    }

    public List<Resolution> getResolutions() {
        return List.of(Resolution.values());
    }

    public void take() {
        act(() -> actions.take(session.admin(), incidentId), "admin.done.taken");
    }

    public void addNote() {
        act(() -> actions.addNote(session.admin(), incidentId, note), "admin.done.note");
        note = null;
    }

    public void changeStatus() {
        if (newStatus == IncidentStatus.RESOLVED && resolution == null) {
            Messages.addGlobalError("admin.detail.resolution.required");
            return;
        }
        act(() -> actions.changeStatus(session.admin(), incidentId, newStatus, resolution), "admin.done.status");
        newStatus = null;
        resolution = null;
    }

    public void blockLogin() {
        act(() -> actions.blockLogin(session.admin(), incidentId), "admin.done.blocked");
    }

    public void unblockLogin() {
        act(() -> actions.unblockLogin(session.admin(), incidentId), "admin.done.unblocked");
    }

    public void liftMute() {
        act(() -> actions.liftMute(session.admin(), incidentId), "admin.done.unmuted");
    }

    /** Whether new Smart-ID logins of the incident's member are paused right now. */
    public boolean isMemberMuted() {
        return shown().memberMuted();
    }

    public void unlockCard() {
        act(() -> actions.unlockCard(session.admin(), incidentId), "admin.done.unlocked");
    }

    private void act(Runnable action, String doneKey) {
        if (!guard.isAdmin() || incidentId == null) {
            Faces.responseSendError(404, null);
            return;
        }
        try {
            shown = null;
            action.run();
            Messages.addGlobalInfo(doneKey);
        } catch (IncidentActions.NotFound e) {
            Faces.responseSendError(404, null);
        } catch (IncidentActions.NotAllowed e) {
            Messages.addGlobalError("admin.detail.status.not_allowed");
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public IncidentStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(IncidentStatus newStatus) {
        this.newStatus = newStatus;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public void setResolution(Resolution resolution) {
        this.resolution = resolution;
    }
}
