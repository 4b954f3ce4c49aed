package lt.iunija.admin.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lt.iunija.admin.AdminGuard;
import lt.iunija.admin.AdminSession;
import lt.iunija.admin.members.ImportProblem.Kind;
import lt.iunija.i18n.Texts;
import lt.iunija.routing.CurrentPage;
import lt.iunija.routing.UnionPage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The admin's members page: find a member, and import the union's members from its core system's CSV. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The first problems of a refused file are listed; the rest are counted. */
    private static final int PROBLEMS_SHOWN = 50;
    /** About 40,000 members; larger files are refused with a message (the server takes up to 20 MB). */
    private static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    @Inject
    CurrentPage page;

    @Inject
    AdminGuard guard;

    @Inject
    AdminSession session;

    @Inject
    MemberAdministration administration;

    @Inject
    MemberImport imports;

    private String query;
    private transient Part file;
    private MemberImport.Result lastImport;

    public void search() {
        if (!guard.isAdmin()) {
            Faces.responseSendError(404, null);
            return;
        }
        administration
                .find(page.getUnion(), query)
                .ifPresentOrElse(
                        id -> Faces.redirect(page.url(UnionPage.ADMIN_MEMBER) + "?id=" + id),
                        () -> Messages.addGlobalWarn("admin.members.not_found", query.strip()));
    }

    public void importFile() {
        if (!guard.isAdmin()) {
            Faces.responseSendError(404, null);
            return;
        }
        lastImport = null;
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("admin.members.import.required");
            return;
        }
        MemberCsvFile.Parsed parsed = file.getSize() > MAX_FILE_BYTES
                ? new MemberCsvFile.Parsed(List.of(), List.of(ImportProblem.ofFile(Kind.TOO_LARGE)))
                : parse(file);
        lastImport = parsed.isImportable()
                ? imports.run(session.admin(), parsed.members())
                : new MemberImport.Result(parsed.problems(), 0, 0, 0);
        if (lastImport.isDone()) {
            Messages.addGlobalInfo(
                    "admin.members.import.done", lastImport.added(), lastImport.changed(), lastImport.unchanged());
        } else {
            Messages.addGlobalError(
                    "admin.members.import.refused", lastImport.problems().size());
        }
    }

    private MemberCsvFile.Parsed parse(Part upload) {
        var strictUtf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(upload.getInputStream(), strictUtf8)) {
            return MemberCsvFile.parse(reader, page.getUnion().country());
        } catch (CharacterCodingException e) {
            return new MemberCsvFile.Parsed(List.of(), List.of(ImportProblem.ofFile(Kind.UNREADABLE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of the last refused file, in the admin's language, the first {@value #PROBLEMS_SHOWN} of them. */
    public List<String> getProblems() {
        if (lastImport == null) {
            return List.of();
        }
        return lastImport.problems().stream()
                .limit(PROBLEMS_SHOWN)
                .map(problem ->
                        Texts.text(Faces.getLocale(), problem.kind().messageKey(), problem.line(), problem.value()))
                .toList();
    }

    public int getProblemsNotShown() {
        return lastImport == null ? 0 : Math.max(0, lastImport.problems().size() - PROBLEMS_SHOWN);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
