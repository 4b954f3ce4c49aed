package lt.iunija.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditDetailTest {

    private static Optional<AuditDetail> roundTrip(AuditAction action, AuditDetail detail) {
        return AuditDetail.read(action, detail.stored());
    }

    @Test
    void eachActionReadsBackTheDetailItStored() {
        AuditDetail reported = new AuditDetail.Reported(ReporterAction.PIN1);
        assertEquals(Optional.of(reported), roundTrip(AuditAction.REPORTED, reported));
        AuditDetail changed = new AuditDetail.StatusChanged(IncidentStatus.RESOLVED);
        assertEquals(Optional.of(changed), roundTrip(AuditAction.STATUS_CHANGED, changed));
        AuditDetail resolved = new AuditDetail.Resolved(Resolution.values()[0]);
        assertEquals(Optional.of(resolved), roundTrip(AuditAction.RESOLVED, resolved));
        AuditDetail matched = new AuditDetail.Matched(3);
        assertEquals(Optional.of(matched), roundTrip(AuditAction.MATCHED, matched));
        AuditDetail paused = new AuditDetail.PausedUntil(LocalDateTime.of(2026, 11, 23, 12, 30, 5));
        assertEquals(Optional.of(paused), roundTrip(AuditAction.LOGINS_MUTED, paused));
        AuditDetail note = new AuditDetail.Text("Called the member: they refused it.");
        assertEquals(Optional.of(note), roundTrip(AuditAction.NOTE_ADDED, note));
    }

    @Test
    void aLineWithoutDetailHasNone() {
        assertEquals(Optional.empty(), AuditDetail.read(AuditAction.MAIL_SENT, null));
        assertEquals(Optional.empty(), AuditDetail.read(AuditAction.LOGINS_UNMUTED, ""));
    }
}
