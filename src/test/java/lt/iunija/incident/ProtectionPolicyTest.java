package lt.iunija.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lt.iunija.incident.ProtectionPolicy.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProtectionPolicyTest {

    @ParameterizedTest
    @EnumSource(ReporterAction.class)
    void anUnmatchedReportTriggersNothing(ReporterAction action) {
        ProtectionPolicy.Protection protection = ProtectionPolicy.decide(Evidence.NONE, action);

        assertFalse(protection.pauseUnknownBrowsers(), "a stranger's false report must not pause anyone");
        assertFalse(
                protection.endProvenSessionsAndBlockUnknownBrowsers(),
                "a stranger's false report must not lock anyone out");
    }

    @ParameterizedTest
    @EnumSource(ReporterAction.class)
    void whatTheReporterClaimsNeverEndsSessionsWithoutSmartIdsProof(ReporterAction action) {
        // Whoever started the login saw the code on our page: a matched code proves nothing about the phone.
        ProtectionPolicy.Protection protection = ProtectionPolicy.decide(Evidence.MATCHED, action);

        assertTrue(protection.pauseUnknownBrowsers());
        assertFalse(protection.endProvenSessionsAndBlockUnknownBrowsers());
    }

    @ParameterizedTest
    @EnumSource(ReporterAction.class)
    void anAttemptThatSmartIdCompletedEndsItsSessionsWhateverTheReporterSays(ReporterAction action) {
        ProtectionPolicy.Protection protection = ProtectionPolicy.decide(Evidence.PROVEN, action);

        assertTrue(protection.pauseUnknownBrowsers());
        assertTrue(protection.endProvenSessionsAndBlockUnknownBrowsers());
    }

    @Test
    void evidenceIsTheStrongestMatchedAttempt() {
        assertEquals(Evidence.NONE, Evidence.of(false, false));
        assertEquals(Evidence.MATCHED, Evidence.of(true, false));
        assertEquals(Evidence.PROVEN, Evidence.of(true, true));
    }

    @Test
    void severityGrowsWithEvidenceAndWithWhatWasConfirmed() {
        assertEquals(
                Severity.LOW,
                ProtectionPolicy.decide(Evidence.NONE, ReporterAction.NOTHING).severity());
        assertEquals(
                Severity.MEDIUM,
                ProtectionPolicy.decide(Evidence.NONE, ReporterAction.PIN1).severity());
        assertEquals(
                Severity.HIGH,
                ProtectionPolicy.decide(Evidence.NONE, ReporterAction.PIN2).severity());
        assertEquals(
                Severity.MEDIUM,
                ProtectionPolicy.decide(Evidence.MATCHED, ReporterAction.NOTHING)
                        .severity());
        assertEquals(
                Severity.MEDIUM,
                ProtectionPolicy.decide(Evidence.MATCHED, ReporterAction.PIN1).severity());
        assertEquals(
                Severity.HIGH,
                ProtectionPolicy.decide(Evidence.PROVEN, ReporterAction.PIN1).severity());
        assertEquals(
                Severity.HIGH,
                ProtectionPolicy.decide(Evidence.PROVEN, ReporterAction.NOTHING).severity());
        assertEquals(
                Severity.CRITICAL,
                ProtectionPolicy.decide(Evidence.PROVEN, ReporterAction.PIN2).severity());
    }
}
