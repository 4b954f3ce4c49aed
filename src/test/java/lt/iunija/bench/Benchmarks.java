package lt.iunija.bench;

/**
 * Benchmarks, not tests: each boots the built WAR as the README's operator command runs it and prints figures
 * (README, "Performance"). {@code mvn -Pbenchmark -DskipTests verify} runs the one {@code -Dbench=} names:
 * {@code waiting} (default, {@link SmartIdWaitBenchmark}), {@code first-visits} ({@link FirstVisitsBenchmark}) or
 * {@code login-rate} ({@link LoginRateBenchmark}).
 */
public final class Benchmarks {

    public static void main(String[] args) throws Exception {
        String bench = System.getProperty("bench", "waiting");
        switch (bench) {
            case "waiting" -> SmartIdWaitBenchmark.run();
            case "first-visits" -> FirstVisitsBenchmark.run();
            case "login-rate" -> LoginRateBenchmark.run();
            default -> throw new IllegalArgumentException("-Dbench=" + bench + ": waiting, first-visits or login-rate");
        }
    }

    private Benchmarks() {}
}
