package lt.iunija.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript at one of our forms, the union's login page by default: its own cookies, and the
 * very requests PrimeFaces sends from the page (the login form's Ajax post, the code panel's poll once a second,
 * Cancel, a plain button press). What an attacker scripts, and what a test times or reads headers of.
 */
final class FacesPageClient {

    private static final Pattern CODE = Pattern.compile("class=\"code\"[^>]*>(\\d{4})<");
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">([A-Z]+-\\d{4}-\\d{4})<");
    /** An Ajax answer's update of page content (not of the view state or of the head's resources). */
    private static final Pattern CONTENT_UPDATE =
            Pattern.compile("<update id=\"(?!j_id1:jakarta\\.faces\\.ViewState|jakarta\\.faces\\.Resource)");

    private static final Pattern MESSAGE =
            Pattern.compile("class=\"ui-messages-(?:error|info|warn)-summary\">([^<]*)<");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private URI page;
    private final String form;
    private FacesAjax.PageKeys keys;
    private String lastPage = "";
    private String[] headers = {};
    /** The started login the page names, as the browser posts it with every field of the form; null before. */
    private String startedLogin;

    /** What one request answered, and how long it took. */
    record Answer(int status, String body, long nanos) {

        /** The Reference an incident report was answered with. */
        Optional<String> reference() {
            Matcher reference = REFERENCE.matcher(body);
            return reference.find() ? Optional.of(reference.group(1)) : Optional.empty();
        }

        Optional<String> code() {
            Matcher code = CODE.matcher(body);
            return code.find() ? Optional.of(code.group(1)) : Optional.empty();
        }

        /**
         * The page asked whether its wait had ended, and the answer changes nothing on it: the person is still
         * answering (a check renders nothing then).
         */
        boolean unchanged() {
            return status == 200
                    && !body.contains("<redirect")
                    && !CONTENT_UPDATE.matcher(body).find();
        }

        Optional<String> message() {
            Matcher message = MESSAGE.matcher(body);
            return message.find() ? Optional.of(message.group(1).strip()) : Optional.empty();
        }
    }

    FacesPageClient(String union) {
        this(PortalServer.uri("/" + union + "/?lang=en"), "login");
    }

    /** Any page of ours with a form {@code form} (the admin login is "adminLogin", the queue "queue"). */
    FacesPageClient(URI page, String form) {
        this.page = page;
        this.form = form;
    }

    /** Sends these headers (name, value, ...) with every request from now on, as a proxy in front would. */
    FacesPageClient withHeaders(String... namesAndValues) {
        this.headers = namesAndValues.clone();
        return this;
    }

    /** GET the page (a new view, as a page load). */
    FacesPageClient open() {
        return open(page);
    }

    /** GET another page with a form of the same id, in the same browser (cookies). */
    FacesPageClient open(URI other) {
        page = other;
        Answer answer = send(HttpRequest.newBuilder(page).GET());
        keys = FacesAjax.PageKeys.of(answer.body())
                .filter(found -> answer.status() == 200)
                .orElseThrow(() -> new IllegalStateException("no form on " + page + ": HTTP " + answer.status()));
        lastPage = answer.body();
        return this;
    }

    /**
     * Files an incident report about {@code userNumber} on the report form at {@code formPage} (a union's
     * {@code report?lang=en}) as a new browser posts it: Lithuania, no action taken, a phone number and a line.
     */
    static Answer fileReport(URI formPage, String userNumber) {
        return new FacesPageClient(formPage, "report")
                .open()
                .submit(
                        "send",
                        java.util.Map.of(
                                "report:subject", userNumber,
                                "report:country_input", "LT",
                                "report:action", "NOTHING",
                                "report:contact", "+370 600 12345",
                                "report:description", "A prompt while I was asleep."));
    }

    /** Types the user number and presses "Log in with Smart-ID". */
    Answer logIn(String userNumber) {
        return ajax(
                form + ":submit",
                form,
                "&" + form + "=" + form + "&" + enc(form + ":userNumber") + "=" + enc(userNumber));
    }

    /** The code page's check (which the page runs once told its wait has ended, or every 2 s without fetch). */
    Answer poll() {
        return ajax(form + ":poll", form + ":poll", "");
    }

    /**
     * Presses the Ajax button {@code button} of the form as the browser would: every text and hidden field of the
     * page as it was rendered, with {@code values} (full field names) typed over them.
     */
    Answer submit(String button, java.util.Map<String, String> values) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher input = INPUT.matcher(lastPage);
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            Matcher value = VALUE.matcher(tag);
            if (name.find()
                    && name.group(1).startsWith(form + ":")
                    && !tag.contains("type=\"radio\"")
                    && !tag.contains("type=\"checkbox\"")) {
                fields.put(
                        name.group(1),
                        value.find() ? value.group(1).replace("&#x3a;", ":").replace("&amp;", "&") : "");
            }
        }
        fields.putAll(values);
        StringBuilder body = new StringBuilder("&" + enc(form) + "=" + enc(form));
        fields.forEach(
                (name, value) -> body.append('&').append(enc(name)).append('=').append(enc(value)));
        return ajax(form + ":" + button, form, body.toString());
    }

    /** A plain (non-Ajax) press of the form's button {@code button}, as {@code ajax="false"} buttons post. */
    HttpResponse<byte[]> press(String button) {
        String body = enc(form) + "=" + enc(form) + "&" + enc(form + ":" + button) + "=" + enc(form + ":" + button)
                + "&jakarta.faces.ViewState=" + enc(keys.viewState()) + "&primefaces.nonce=" + enc(keys.nonce());
        try {
            return http.send(
                    HttpRequest.newBuilder(page)
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", FacesAjax.origin(page))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The load balancer sends this browser's next requests to another node: the same page and cookies there. */
    void moveTo(URI node) {
        page = node.resolve(page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
    }

    /** As if the page had been open longer than the server keeps its view: the next post carries a stale one. */
    void forgetViewState() {
        keys = keys.withStaleViewState();
    }

    /** Whether the server has given this browser a session (its cookie). */
    boolean hasSession() {
        return cookies.getCookieStore().getCookies().stream()
                .anyMatch(cookie -> cookie.getName().equals("IUNIJA_SESSION"));
    }

    /** The view state of the page last opened (what a GET-with-view-state attack would carry). */
    String viewState() {
        return keys.viewState();
    }

    /** A GET in this browser, with its cookies (a cookie of localhost goes to every port: another node, say). */
    Answer get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** A GET in this browser, with its cookies, on the server of its page. */
    Answer get(String pathAndQuery) {
        return send(
                HttpRequest.newBuilder(page.resolve(pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery))
                        .GET());
    }

    /** Polls once a second, as the page does, until the wait has ended; the answer that ended it. */
    Answer pollUntilEnded(Duration atMost) {
        return pollUntilEnded(atMost, Duration.ofSeconds(1));
    }

    /** Polls every {@code interval} until the wait has ended (a test that times the wait polls more often). */
    Answer pollUntilEnded(Duration atMost, Duration interval) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            PortalServer.sleep(interval.toMillis());
            Answer answer = poll();
            if (answer.unchanged()) {
                continue;
            }
            if (answer.body().contains("class=\"completing\"")) {
                // Smart-ID confirmed; the page says "logging in" and its remote command completes at once.
                return complete();
            }
            if (answer.code().isEmpty() || answer.body().contains("<redirect")) {
                return answer;
            }
        }
        throw new IllegalStateException("the wait did not end within " + atMost);
    }

    /** The remote command that the "logging in" step runs at once: the login's last step. */
    Answer complete() {
        return ajax(form + ":complete", form + ":complete", "");
    }

    Answer cancel() {
        return ajax(form + ":cancel", form + ":cancel", "");
    }

    private Answer ajax(String source, String execute, String fields) {
        Answer answer = send(FacesAjax.post(page, FacesAjax.body(keys, source, execute, form, fields, startedLogin)));
        if (answer.body().contains("<update id=\"" + form + "\"")) {
            startedLogin = FacesAjax.startedLogin(answer.body()).orElse(null);
        }
        return answer;
    }

    private Answer send(HttpRequest.Builder request) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return FacesAjax.enc(value);
    }
}
