package lt.iunija.routing;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.iunija.i18n.Language;
import lt.iunija.infrastructure.web.SecurityHeadersFilter;
import lt.iunija.tenant.Union;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Answers a first visit of a public page with the page as it was rendered for the previous visitor of the same
 * minute, under a script nonce of its own. A stateless page (see {@link StatelessViews}) is the same for everybody
 * who reads it with the same union, language and address; only the Content-Security-Policy nonce differs, and
 * the report form's date picker, which starts at the current minute. Rendering such a page with Faces costs
 * several times what sending a copy costs, and a flood of first visits is what a login page gets.
 * <p>
 * A copy is made and used only for a GET without a session cookie whose answer is a plain 200 page that sets no
 * cookie (a {@code ?lang=} choice that sets its cookie is rendered). A copy lives until the minute it was rendered
 * in is over: a union's changed tenant file shows within a minute. Mapped to the forwards of
 * {@link UnionRoutingFilter} (web.xml), so the checks that decide which page is shown (readiness, the union) run
 * for every request. The application metric {@code public_page_answers_total} counts the answers by
 * {@code answer}: {@code copy} or {@code rendered}.
 */
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Copies kept at most; more distinct addresses than this (made-up host names) clear the cache. */
    static final int MAX_COPIES = 500;

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final String PLACEHOLDER = "\u0000nonce\u0000";

    private final Map<Key, Copy> copies = new ConcurrentHashMap<>();

    @Inject
    MetricRegistry metrics;

    /** What decides a public page's markup, besides the minute. */
    record Key(String viewId, String uri, String host, boolean secure, Object union, Object language) {}

    /** A rendered page with its nonce taken out, and its headers. */
    record Copy(long minute, String contentType, List<String[]> headers, String body) {}

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String viewId = request.getServletPath();
        if (!isCacheable(request, viewId)) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(
                viewId,
                request.getRequestURI(),
                request.getServerName().toLowerCase(Locale.ROOT),
                request.isSecure(),
                request.getAttribute(UnionRoutingFilter.UNION_ATTRIBUTE),
                request.getAttribute(UnionRoutingFilter.LANGUAGE_ATTRIBUTE));
        long minute = Instant.now().getEpochSecond() / 60;
        Copy copy = copies.get(key);
        if (copy != null && copy.minute() == minute) {
            serve(copy, response);
            metrics.counter("public_page_answers", new Tag("answer", "copy")).inc();
            return;
        }
        metrics.counter("public_page_answers", new Tag("answer", "rendered")).inc();
        CopyingResponse copying = new CopyingResponse(response);
        chain.doFilter(request, copying);
        copying.finish().ifPresent(made -> {
            if (copies.size() >= MAX_COPIES) {
                copies.clear();
            }
            copies.put(key, new Copy(minute, made.contentType(), made.headers(), made.body()));
        });
    }

    static boolean isCacheable(HttpServletRequest request, String viewId) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod())
                && request.getRequestedSessionId() == null
                && StatelessViews.isStateless(viewId)
                && !viewId.startsWith(StatelessViews.ERROR_PAGES)
                && (query == null || query.matches("lang=[a-z]{2}"))
                && request.getAttribute(UnionRoutingFilter.LANGUAGE_ATTRIBUTE) instanceof Language
                && (request.getAttribute(UnionRoutingFilter.UNION_ATTRIBUTE) == null
                        || request.getAttribute(UnionRoutingFilter.UNION_ATTRIBUTE) instanceof Union);
    }

    private static void serve(Copy copy, HttpServletResponse response) throws IOException {
        // The nonce as PrimeFaces makes it: a random UUID, Base64-encoded.
        String nonce =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        for (String[] header : copy.headers()) {
            response.setHeader(header[0], header[1].replace(PLACEHOLDER, nonce));
        }
        response.setContentType(copy.contentType());
        byte[] body = copy.body().replace(PLACEHOLDER, nonce).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The response as it goes to the browser, with a copy of its body; headers set while rendering are noted.
     * Whether the copy may serve others is decided at the end ({@link #finish()}).
     */
    private static final class CopyingResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream copy = new ByteArrayOutputStream(32 * 1024);
        private final List<String[]> headers = new ArrayList<>();
        private boolean cookieSet;
        private ServletOutputStream stream;
        private PrintWriter writer;

        CopyingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value);
            super.addHeader(name, value);
        }

        private void note(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cookieSet = true;
            }
            headers.removeIf(header -> header[0].equalsIgnoreCase(name));
            headers.add(new String[] {name, value});
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        copy.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                        copy.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(
                        new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        /** Sends what is still buffered; the copy, when the answer was a plain page that others may get too. */
        Optional<Copy> finish() {
            if (writer != null) {
                writer.flush();
            }
            String contentType = getContentType();
            Optional<String> policy = headers.stream()
                    .filter(header -> header[0].equalsIgnoreCase(SecurityHeadersFilter.CSP))
                    .map(header -> header[1])
                    .findFirst();
            if (getStatus() != SC_OK
                    || cookieSet
                    || contentType == null
                    || !contentType.startsWith("text/html")
                    || policy.isEmpty()
                    || !StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())) {
                return Optional.empty();
            }
            Matcher nonce = NONCE.matcher(policy.get());
            if (!nonce.find()) {
                return Optional.empty();
            }
            String used = nonce.group(1);
            List<String[]> kept = headers.stream()
                    .map(header -> new String[] {header[0], header[1].replace(used, PLACEHOLDER)})
                    .toList();
            return Optional.of(new Copy(
                    0, contentType, kept, copy.toString(StandardCharsets.UTF_8).replace(used, PLACEHOLDER)));
        }
    }
}
