package lt.iunija.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of("10.0.0.0/8, 192.0.2.10, fd00::/8");

    @Test
    void rangesAndSingleAddressesAreTrusted() {
        assertTrue(proxies.trusts("10.1.2.3"));
        assertTrue(proxies.trusts("192.0.2.10"));
        assertFalse(proxies.trusts("192.0.2.11"));
        assertTrue(proxies.trusts("fd12::1"));
        assertFalse(proxies.trusts("2001:db8::1"));
        assertFalse(proxies.trusts("not-an-address"));
    }

    @Test
    void onlyATrustedPeersHeaderIsBelieved() {
        assertEquals("198.51.100.7", proxies.clientAddress("10.0.0.1", "198.51.100.7"));
        assertEquals(
                "203.0.113.9", proxies.clientAddress("203.0.113.9", "198.51.100.7"), "a stranger's header is ignored");
        assertEquals("10.0.0.1", proxies.clientAddress("10.0.0.1", null));
    }

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        // The client wrote "1.2.3.4" itself; the proxy appended the address it saw.
        assertEquals("198.51.100.7", proxies.clientAddress("10.0.0.1", "1.2.3.4, 198.51.100.7"));
        assertEquals("198.51.100.7", proxies.clientAddress("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.9.9.9"));
        assertEquals(
                "10.2.2.2", proxies.clientAddress("10.0.0.1", "10.2.2.2, 10.9.9.9"), "all hops trusted: the left-most");
        assertEquals("10.0.0.1", proxies.clientAddress("10.0.0.1", "evil.example"), "garbage: the peer");
    }

    @Test
    void noneConfiguredTrustsNobodyAndABadEntryFailsLoudly() {
        assertTrue(TrustedProxies.of("").isEmpty());
        assertEquals("10.0.0.1", TrustedProxies.of(null).clientAddress("10.0.0.1", "198.51.100.7"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("proxy.example"));
    }
}
