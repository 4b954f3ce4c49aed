package lt.iunija.incident;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IncidentStatusTest {

    @Test
    void theWorkflowGoesForwardAndAResolvedIncidentCanBeReopened() {
        assertTrue(IncidentStatus.NEW.canMoveTo(IncidentStatus.IN_PROGRESS));
        assertTrue(IncidentStatus.NEW.canMoveTo(IncidentStatus.RESOLVED));
        assertTrue(IncidentStatus.IN_PROGRESS.canMoveTo(IncidentStatus.RESOLVED));
        assertTrue(IncidentStatus.RESOLVED.canMoveTo(IncidentStatus.IN_PROGRESS));

        assertFalse(IncidentStatus.IN_PROGRESS.canMoveTo(IncidentStatus.NEW));
        assertFalse(IncidentStatus.RESOLVED.canMoveTo(IncidentStatus.NEW));
        assertFalse(IncidentStatus.NEW.canMoveTo(IncidentStatus.NEW));
    }

    @Test
    void resolvingNeedsAResolution() {
        Incident incident = new Incident();
        assertThrows(IllegalArgumentException.class, () -> incident.changeStatus(IncidentStatus.RESOLVED, null));
    }

    @Test
    void referencesAreReadable() {
        org.junit.jupiter.api.Assertions.assertEquals("NEMUNAS-2026-0007", ReferenceNumbers.format("nemunas", 2026, 7));
    }
}
