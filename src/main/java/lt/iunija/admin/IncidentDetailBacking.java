package lt.iunija.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import lt.iunija.i18n.Texts;
import lt.iunija.incident.AuditEntry;
import lt.iunija.incident.Incident;
import lt.iunija.incident.IncidentStatus;
import lt.iunija.incident.IncidentStore;
import lt.iunija.incident.ReporterAction;
import lt.iunija.incident.Resolution;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.routing.CurrentPage;
import lt.iunija.smartid.InitiationMutes;
import lt.iunija.smartid.SmartIdAttempt;
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

    private String id;
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
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        Optional<Long> parsed = parse(id);
        if (parsed.isEmpty() || store.find(page.getUnion().id(), parsed.get()).isEmpty()) {
            Faces.responseSendError(404, null);
            return;
        }
        incidentId = parsed.get();
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

    /** The audit line's detail in the admin's language: stored details are enum names, times, counts or notes. */
    public String detailText(AuditEntry entry) {
        String detail = entry.getDetail();
        return switch (entry.getAction()) {
            case REPORTED ->
                Texts.text(Faces.getLocale(), ReporterAction.valueOf(detail).messageKey());
            case STATUS_CHANGED ->
                Texts.text(Faces.getLocale(), IncidentStatus.valueOf(detail).messageKey());
            case RESOLVED ->
                Texts.text(Faces.getLocale(), Resolution.valueOf(detail).messageKey());
            case MATCHED -> Texts.text(Faces.getLocale(), "admin.audit.matched.count", Integer.parseInt(detail));
            case LOGINS_MUTED ->
                Texts.text(Faces.getLocale(), "admin.audit.until", page.localTime(LocalDateTime.parse(detail)));
            default -> detail;
        };
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

    private static Optional<Long> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
