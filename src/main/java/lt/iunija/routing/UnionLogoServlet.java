package lt.iunija.routing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import lt.iunija.tenant.Union;
import lt.iunija.tenant.UnionRegistry;

/**
 * Serves a union's logo from its folder in {@code tenants/} at {@code /<union>/logo}. Reached only through the
 * routing filter, which has already resolved the union; the file name was validated with the tenant file.
 */
@WebServlet(RouteResolver.LOGO_PATH)
public class UnionLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "png",
            "image/png",
            "svg",
            "image/svg+xml",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg",
            "webp",
            "image/webp");

    @Inject
    UnionRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object attribute = request.getAttribute(UnionRoutingFilter.UNION_ATTRIBUTE);
        if (!(attribute instanceof Union union) || union.logoFile().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String fileName = union.logoFile().get();
        Path file = registry.directory().resolve(union.id()).resolve(fileName);
        if (!Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(
                TYPES.get(fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT)));
        response.setHeader("Cache-Control", "public, max-age=300");
        // An SVG opened on its own must not run scripts.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
