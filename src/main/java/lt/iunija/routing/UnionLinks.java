package lt.iunija.routing;

/**
 * Rewrites the URLs that Faces writes for a union's page (form actions, ajax, resources, redirects) so that
 * they keep the union's prefix: {@code /ctx/union/login.xhtml} becomes {@code /ctx/nemunas/} and
 * {@code /ctx/jakarta.faces.resource/x.js} becomes {@code /ctx/nemunas/jakarta.faces.resource/x.js}.
 */
public final class UnionLinks {

    private final String contextPath;
    private final String unionId;

    public UnionLinks(String contextPath, String unionId) {
        this.contextPath = contextPath;
        this.unionId = unionId;
    }

    public String rewrite(String url) {
        if (url == null || !url.startsWith(contextPath + "/")) {
            return url;
        }
        int queryStart = indexOfQueryOrFragment(url);
        String path = url.substring(contextPath.length(), queryStart);
        String tail = url.substring(queryStart);
        if (path.startsWith(RouteResolver.RESOURCE_PREFIX)) {
            return contextPath + "/" + unionId + path + tail;
        }
        if (path.equals(RouteResolver.PICKER_VIEW)) {
            return contextPath + "/" + tail;
        }
        return UnionPage.byViewId(path).map(page -> contextPath + page.path(unionId) + tail).orElse(url);
    }

    private static int indexOfQueryOrFragment(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query < 0) {
            return fragment < 0 ? url.length() : fragment;
        }
        return fragment < 0 ? query : Math.min(query, fragment);
    }
}
