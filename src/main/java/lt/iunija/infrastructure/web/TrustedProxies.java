package lt.iunija.infrastructure.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose forwarding headers the portal believes ({@code iunija.proxy.trusted-addresses}:
 * addresses and CIDR ranges, IPv4 or IPv6, comma-separated). Only when the direct peer is one of them does the
 * client's address come from {@code X-Forwarded-For}: the right-most address that is not a trusted proxy
 * (anything left of it could have been written by the client itself).
 */
public final class TrustedProxies {

    /** One address or range. */
    record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] address = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException(
                            "not an IP address: '" + parts[0] + "' in iunija.proxy.trusted-addresses"));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException(
                        "not a prefix length: '" + text + "' in iunija.proxy.trusted-addresses");
            }
            return new Range(address, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** From the configuration value; empty or blank means no proxy is trusted. */
    public static TrustedProxies of(String configured) {
        List<Range> ranges = new ArrayList<>();
        if (configured != null) {
            Arrays.stream(configured.split(","))
                    .map(String::strip)
                    .filter(entry -> !entry.isEmpty())
                    .map(Range::parse)
                    .forEach(ranges::add);
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        return literal(address)
                .map(bytes -> ranges.stream().anyMatch(range -> range.contains(bytes)))
                .orElse(false);
    }

    /**
     * The client's address: the peer's own, unless the peer is a trusted proxy; then the right-most address
     * of {@code X-Forwarded-For} that is not a trusted proxy (or the left-most when all of them are).
     */
    public String clientAddress(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int hop = hops.length - 1; hop >= 0; hop--) {
            String address = hops[hop].strip();
            if (literal(address).isEmpty()) {
                return peer; // garbage in the header: believe nothing of it
            }
            if (!trusts(address) || hop == 0) {
                return address;
            }
        }
        return peer;
    }

    /** The bytes of an IP literal, never a name look-up (a header must not make us query DNS). */
    static Optional<byte[]> literal(String text) {
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (candidate.isEmpty()
                || !candidate.matches("[0-9a-fA-F:.]+")
                || (!candidate.contains(":") && !candidate.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
