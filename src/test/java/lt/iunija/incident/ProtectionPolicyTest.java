package lt.iunija.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProtectionPolicyTest {

    @ParameterizedTest
    @EnumSource(ReporterAction.class)
    void anUnmatchedReportTriggersNothing(ReporterAction action) {
        ProtectionPolicy.Protection protection = ProtectionPolicy.decide(false, action);

        assertFalse(protection.muteInitiations(), "a stranger's false report must not mute anyone");
        assertFalse(protection.blockAndEndSessions(), "a stranger's false report must not lock anyone out");
    }

    @ParameterizedTest
    @EnumSource(ReporterAction.class)
    void aMatchedReportAlwaysMutesInitiations(ReporterAction action) {
        assertTrue(ProtectionPolicy.decide(true, action).muteInitiations());
    }

    @Test
    void aMatchedReportWithAPinEnteredBlocksTheMembership() {
        assertTrue(ProtectionPolicy.decide(true, ReporterAction.PIN1).blockAndEndSessions());
        assertTrue(ProtectionPolicy.decide(true, ReporterAction.PIN2).blockAndEndSessions());
        assertFalse(ProtectionPolicy.decide(true, ReporterAction.NOTHING).blockAndEndSessions());
    }

    @Test
    void severityGrowsWithMatchAndWithWhatWasConfirmed() {
        assertEquals(Severity.LOW, ProtectionPolicy.decide(false, ReporterAction.NOTHING).severity());
        assertEquals(Severity.MEDIUM, ProtectionPolicy.decide(true, ReporterAction.NOTHING).severity());
        assertEquals(Severity.MEDIUM, ProtectionPolicy.decide(false, ReporterAction.PIN1).severity());
        assertEquals(Severity.HIGH, ProtectionPolicy.decide(true, ReporterAction.PIN1).severity());
        assertEquals(Severity.HIGH, ProtectionPolicy.decide(false, ReporterAction.PIN2).severity());
        assertEquals(Severity.CRITICAL, ProtectionPolicy.decide(true, ReporterAction.PIN2).severity());
    }
}
