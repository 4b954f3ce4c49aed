package lt.iunija.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * First visits ({@code -Dbench=first-visits}): a flood of anonymous GETs (no cookies) of every public page (the
 * union picker and each demo union's login page, memo and report form), {@code bench.visits} (100,000) in all from
 * {@code bench.threads} (16) threads, with the portal's live heap before and after. In the same run the rate of
 * the union's logo (a plain servlet: the ceiling for a dynamic answer) and of a union's login page alone, and
 * their ratio.
 */
final class FirstVisitsBenchmark {

    private static final String[] UNIONS = {"nemunas", "baltija", "daugava"};

    static void run() throws Exception {
        int visits = Integer.getInteger("bench.visits", 100_000);
        int threads = Integer.getInteger("bench.threads", 16);
        int rateRequests = Integer.getInteger("bench.rate-requests", 20_000);
        try (PortalUnderTest portal = PortalUnderTest.start(1000)) {
            List<URI> pages = new ArrayList<>(List.of(portal.resolve("")));
            for (String union : UNIONS) {
                for (String page : new String[] {"", "smart-id", "report"}) {
                    pages.add(portal.resolve(union + "/" + page));
                }
            }
            List<URI> logo = List.of(portal.resolve("nemunas/logo"));
            List<URI> loginPage = List.of(portal.resolve("nemunas/"));
            // Warm-up: the JIT compiles the paths measured below.
            Flood.of(logo, 5_000, threads);
            Flood.of(pages, 20_000, threads);
            long heapBefore = portal.liveHeapMegabytes();
            System.out.printf("live heap after the warm-up: %d MB; %s%n", heapBefore, portal.processFigures());

            Flood flood = Flood.of(pages, visits, threads);
            System.out.printf("%d public pages in turn: %s%n", pages.size(), flood);
            long heapAfter = portal.liveHeapMegabytes();
            System.out.printf(
                    "live heap after %,d first visits: %d MB, %+d MB since the warm-up; %s%n",
                    visits, heapAfter, heapAfter - heapBefore, portal.processFigures());

            Flood logoRate = Flood.of(logo, rateRequests, threads);
            System.out.println("/nemunas/logo: " + logoRate);
            Flood loginRate = Flood.of(loginPage, rateRequests, threads);
            System.out.println("/nemunas/ (login page, first visit): " + loginRate);
            System.out.printf("login page at %.0f %% of the logo's rate%n", 100 * loginRate.rate() / logoRate.rate());
        }
    }

    private FirstVisitsBenchmark() {}
}
