package lt.iunija.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lt.iunija.i18n.Language;
import lt.iunija.tenant.LocalTimes;
import lt.iunija.tenant.Union;
import lt.iunija.tenant.UnionRegistry;
import org.omnifaces.util.Faces;

/**
 * What every page template needs to know about the request: its union (if any), its language, and the
 * links that keep the union's prefix. Exposed to Facelets as {@code #{page}}.
 */
@Named("page")
@RequestScoped
public class CurrentPage {

    @Inject
    HttpServletRequest request;

    @Inject
    UnionRegistry registry;

    /**
     * Whether the page is a stateless view ({@link StatelessViews}); the page template marks its view so when it
     * is built, which is how Faces builds a stateless view again for its form's post.
     */
    public boolean isStateless() {
        return StatelessViews.isStateless(Faces.getViewId());
    }

    public Optional<Union> union() {
        return Optional.ofNullable((Union) request.getAttribute(UnionRoutingFilter.UNION_ATTRIBUTE));
    }

    /** The union of a page that only exists inside a union. */
    public Union getUnion() {
        return union().orElse(null);
    }

    public String getUnionName() {
        return union().map(union -> union.name(getLanguage())).orElse(null);
    }

    public Language getLanguage() {
        Object language = request.getAttribute(UnionRoutingFilter.LANGUAGE_ATTRIBUTE);
        return language instanceof Language chosen ? chosen : Language.EN;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getLang() {
        return getLanguage().code();
    }

    /** The languages offered in the switcher: the union's, or all of them outside a union. */
    public List<Language> getLanguages() {
        return union().map(Union::languages).orElse(List.of(Language.values()));
    }

    /**
     * The address of one of this union's pages; in a page {@code #{page.url('MEMO')}} (EL turns the name into the
     * constant, and an unknown name fails the page).
     */
    public String url(UnionPage target) {
        return url(currentUnion(), target);
    }

    /** The address of a page of another union, e.g. {@code url(baltija, UnionPage.HOME)}. */
    public String url(Union union, UnionPage target) {
        return request.getContextPath() + target.path(union.id());
    }

    public String unionUrl(Union union) {
        return url(union, UnionPage.LOGIN);
    }

    private Union currentUnion() {
        return union().orElseThrow(() -> new IllegalStateException("not a union page"));
    }

    public String getHomeUrl() {
        return request.getContextPath() + "/";
    }

    public String getLogoUrl() {
        return union().filter(union -> union.logoFile().isPresent())
                .map(union -> request.getContextPath() + "/" + union.id() + "/" + RouteResolver.LOGO_SLUG)
                .orElse(null);
    }

    public List<Union> getUnions() {
        return registry.all();
    }

    public String nameOf(Union union) {
        return union.name(getLanguage());
    }

    /** A stored UTC time as the union's local time ({@code yyyy-MM-dd HH:mm}); empty for none. */
    public String localTime(LocalDateTime utc) {
        if (utc == null) {
            return "";
        }
        ZoneId zone = union().map(Union::zone).orElse(ZoneOffset.UTC);
        return LocalTimes.format(utc, zone);
    }
}
