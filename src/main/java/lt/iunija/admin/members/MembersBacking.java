package lt.iunija.admin.members;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import lt.iunija.admin.AdminGuard;
import lt.iunija.admin.AdminSession;
import lt.iunija.admin.members.ImportProblem.Kind;
import lt.iunija.infrastructure.web.Messages;
import lt.iunija.infrastructure.web.NotFound;
import lt.iunija.infrastructure.web.Redirect;
import lt.iunija.routing.CurrentPage;
import lt.iunija.routing.UnionPage;

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
            NotFound.send();
            return;
        }
        administration.find(page.getUnion(), query).ifPresentOrElse(
                id -> Redirect.to(page.url(UnionPage.ADMIN_MEMBER.slug()) + "?id=" + id),
                () -> Messages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_WARN, "admin.members.not_found", query.strip()));
    }

    public void importFile() {
        if (!guard.isAdmin()) {
            NotFound.send();
            return;
        }
        lastImport = null;
        if (file == null || file.getSize() == 0) {
            Messages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_ERROR, "admin.members.import.required");
            return;
        }
        MemberCsvFile.Parsed parsed = file.getSize() > MAX_FILE_BYTES
                ? new MemberCsvFile.Parsed(List.of(), List.of(ImportProblem.ofFile(Kind.TOO_LARGE))) : parse(file);
        lastImport = parsed.isImportable() ? imports.run(session.admin(), parsed.members())
                : new MemberImport.Result(parsed.problems(), 0, 0, 0);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (lastImport.isDone()) {
            Messages.add(faces, FacesMessage.SEVERITY_INFO, "admin.members.import.done",
                    lastImport.added(), lastImport.changed(), lastImport.unchanged());
        } else {
            Messages.add(faces, FacesMessage.SEVERITY_ERROR, "admin.members.import.refused", lastImport.problems().size());
        }
    }

    private MemberCsvFile.Parsed parse(Part upload) {
        var strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
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
        FacesContext faces = FacesContext.getCurrentInstance();
        return lastImport.problems().stream().limit(PROBLEMS_SHOWN)
                .map(problem -> Messages.text(faces, problem.kind().messageKey(), problem.line(), problem.value())).toList();
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
