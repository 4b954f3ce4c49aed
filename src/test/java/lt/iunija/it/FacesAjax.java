package lt.iunija.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ajax posts PrimeFaces sends from one of our forms, as a scripted browser replays them: the keys a rendered
 * page gives its posts (view state, CSP nonce), a partial post's fields and headers, and the key of a started
 * login that a stateless login page hands back. One description of the protocol for the integration tests'
 * scripted browser ({@link FacesPageClient}) and the benchmarks' thousands of browsers.
 */
public final class FacesAjax {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** The hidden field by which a stateless login page names its started login (login/StartedLogins). */
    private static final Pattern STARTED_LOGIN = Pattern.compile("name=\"started-login\" value=\"([^\"]+)\"");

    private FacesAjax() {}

    /** What every post from a rendered page carries: its view state and the nonce PrimeFaces' CSP mode checks. */
    public record PageKeys(String viewState, String nonce) {

        /** The keys of a page as the browser received it; empty when the page has no form. */
        public static Optional<PageKeys> of(String html) {
            Matcher viewState = VIEW_STATE.matcher(html);
            Matcher nonce = NONCE.matcher(html);
            if (!viewState.find() || !nonce.find()) {
                return Optional.empty();
            }
            return Optional.of(new PageKeys(viewState.group(1).replace("&#x3a;", ":"), nonce.group(1)));
        }

        /** The same page after its view has been forgotten by the server (a page left open too long). */
        public PageKeys withStaleViewState() {
            return new PageKeys("7000000000000000000:-7000000000000000000", nonce);
        }
    }

    /**
     * The body of a partial post: {@code source} pressed, {@code execute} processed, {@code render} re-rendered,
     * then {@code fields} (each {@code &name=value}, already encoded), the started login's key when the page holds
     * one (PrimeFaces posts every field of the form), the view state and the nonce.
     */
    public static String body(
            PageKeys keys, String source, String execute, String render, String fields, String startedLogin) {
        return "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source)
                + "&jakarta.faces.partial.execute=" + enc(execute)
                + "&jakarta.faces.partial.render=" + enc(render)
                + "&" + enc(source) + "=" + enc(source) + fields
                + (startedLogin == null ? "" : "&started-login=" + enc(startedLogin))
                + "&jakarta.faces.ViewState=" + enc(keys.viewState())
                + "&primefaces.nonce=" + enc(keys.nonce());
    }

    /** The post itself, with the headers PrimeFaces' script and the browser send (the page's own Origin). */
    public static HttpRequest.Builder post(URI page, String body) {
        return HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Origin", origin(page))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** The started login named by an answer, when the answer re-rendered the login form with one. */
    public static Optional<String> startedLogin(String answer) {
        Matcher started = STARTED_LOGIN.matcher(answer);
        return started.find() ? Optional.of(started.group(1)) : Optional.empty();
    }

    /** What a browser sends as the Origin of a post from the page. */
    public static String origin(URI page) {
        return page.getScheme() + "://" + page.getRawAuthority();
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
