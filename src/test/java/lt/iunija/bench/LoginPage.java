package lt.iunija.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.iunija.it.FacesAjax;

/**
 * A union's login page in one browser, and the requests PrimeFaces sends from it: the login form's Ajax post,
 * the code page's check and the "logging in" step's completion, each with what the browser sends along (its
 * cookie once it has one, the page's key of its started login, the CSP nonce, its Origin).
 */
final class LoginPage {

    private static final Pattern WAIT = Pattern.compile("data-wait=\"([^\"]+)\"");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    private final HttpClient client;
    private final URI page;
    private final FacesAjax.PageKeys keys;
    private volatile String cookie = "";
    private volatile String startedLogin;

    private LoginPage(HttpClient client, URI page, FacesAjax.PageKeys keys) {
        this.client = client;
        this.page = page;
        this.keys = keys;
    }

    /** Loads the page as a first visit (no cookie); empty when it did not come with its form. */
    static Optional<LoginPage> open(HttpClient client, URI page, Latencies latencies)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> opened =
                client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - start);
        if (opened.statusCode() != 200) {
            return Optional.empty();
        }
        return FacesAjax.PageKeys.of(opened.body()).map(keys -> new LoginPage(client, page, keys));
    }

    /**
     * Types the user number and presses "Log in with Smart-ID"; the address where the code page asks whether its
     * wait has ended, once the code is shown. The page's key (and the session) begin with the started login.
     */
    Optional<URI> start(String userNumber, Latencies latencies) throws IOException, InterruptedException {
        HttpResponse<String> response =
                ajax("login:submit", "login", "&login=login&login%3AuserNumber=" + userNumber, latencies);
        Matcher wait = WAIT.matcher(response.body());
        Optional<String> started = FacesAjax.startedLogin(response.body());
        if (response.statusCode() != 200 || !wait.find() || started.isEmpty()) {
            return Optional.empty();
        }
        startedLogin = started.get();
        return Optional.of(page.resolve(wait.group(1)));
    }

    /**
     * The code page's question whether its wait has ended (a GET answered 204 while it goes on, 200 once ended):
     * what a waiting page sends every 2 seconds.
     */
    boolean hasEnded(URI wait, Latencies latencies) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<Void> response =
                client.send(withCookie(HttpRequest.newBuilder(wait)).build(), HttpResponse.BodyHandlers.discarding());
        latencies.add(System.nanoTime() - start);
        return response.statusCode() == 200;
    }

    /** The code page's check; the body says whether the page now completes the login ("logging in"). */
    String check(Latencies latencies) throws IOException, InterruptedException {
        return ajax("login:poll", "login:poll", "", latencies).body();
    }

    static boolean isCompleting(String checkAnswer) {
        return checkAnswer.contains("class=\"completing\"");
    }

    /** The "logging in" step's remote command; the address the page is sent to (home, or the code card step). */
    Optional<URI> complete(Latencies latencies) throws IOException, InterruptedException {
        Matcher redirect = REDIRECT.matcher(
                ajax("login:complete", "login:complete", "", latencies).body());
        return redirect.find() ? Optional.of(page.resolve(redirect.group(1).replace("&amp;", "&"))) : Optional.empty();
    }

    /** A GET in this browser (its cookie). */
    int get(URI uri, Latencies latencies) throws IOException, InterruptedException {
        long start = System.nanoTime();
        int status = client.send(
                        withCookie(HttpRequest.newBuilder(uri)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        latencies.add(System.nanoTime() - start);
        return status;
    }

    String cookie() {
        return cookie;
    }

    private HttpResponse<String> ajax(String source, String execute, String fields, Latencies latencies)
            throws IOException, InterruptedException {
        HttpRequest post = withCookie(
                        FacesAjax.post(page, FacesAjax.body(keys, source, execute, "login", fields, startedLogin)))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - start);
        // The session begins with the started login, and its id changes when the login completes.
        response.headers().allValues("set-cookie").stream()
                .map(value -> value.split(";", 2)[0])
                .filter(value -> value.startsWith("IUNIJA_SESSION="))
                .reduce((first, last) -> last)
                .ifPresent(session -> cookie = session);
        return response;
    }

    private HttpRequest.Builder withCookie(HttpRequest.Builder request) {
        return cookie.isEmpty() ? request : request.header("Cookie", cookie);
    }
}
