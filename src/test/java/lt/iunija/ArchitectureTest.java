package lt.iunija;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which package may use which, read from the compiled classes: the foundations (languages, unions, people) know
 * no feature, the infrastructure knows no feature, the front door (routing) knows none of the features behind
 * it, Smart-ID knows nothing of the pages that use it, and member login, incidents and the admin area reach
 * into each other only downwards (admin uses both; neither uses admin, nor each other). No two top-level
 * packages use each other, however indirectly (a feature's settings are checked by a rule of its own package,
 * which the configuration asks through CDI: {@code infrastructure.config.ConfigurationRule}). The demo Smart-ID
 * simulator is a plug-in that nothing else names.
 */
@AnalyzeClasses(packages = "lt.iunija", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "lt.iunija.login..",
        "lt.iunija.admin..",
        "lt.iunija.incident..",
        "lt.iunija.smartid..",
        "lt.iunija.demo..",
        "lt.iunija.simulator..",
        "lt.iunija.routing.."
    };

    @ArchTest
    static final ArchRule noCycleBetweenTopLevelPackages =
            slices().matching("lt.iunija.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule foundationsKnowNoFeature = noClasses()
            .that()
            .resideInAnyPackage("lt.iunija.i18n..", "lt.iunija.tenant..", "lt.iunija.member..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("lt.iunija.infrastructure.web..");

    @ArchTest
    static final ArchRule infrastructureKnowsNoFeature = noClasses()
            .that()
            .resideInAnyPackage(
                    "lt.iunija.infrastructure.persistence..",
                    "lt.iunija.infrastructure.throttle..",
                    "lt.iunija.infrastructure.health..",
                    "lt.iunija.infrastructure.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule theFrontDoorKnowsNoFeatureBehindIt = noClasses()
            .that()
            .resideInAPackage("lt.iunija.routing..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "lt.iunija.login..",
                    "lt.iunija.admin..",
                    "lt.iunija.incident..",
                    "lt.iunija.smartid..",
                    "lt.iunija.demo..",
                    "lt.iunija.simulator..");

    @ArchTest
    static final ArchRule smartIdKnowsNothingOfItsPages = noClasses()
            .that()
            .resideInAPackage("lt.iunija.smartid..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "lt.iunija.login..",
                    "lt.iunija.admin..",
                    "lt.iunija.incident..",
                    "lt.iunija.routing..",
                    "lt.iunija.demo..",
                    "lt.iunija.simulator..");

    @ArchTest
    static final ArchRule memberLoginAndIncidentsNeverReachIntoTheAdminArea = noClasses()
            .that()
            .resideInAnyPackage("lt.iunija.login..", "lt.iunija.incident..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("lt.iunija.admin..");

    @ArchTest
    static final ArchRule memberLoginAndIncidentsAreApart = noClasses()
            .that()
            .resideInAPackage("lt.iunija.login..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("lt.iunija.incident..")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("lt.iunija.demo..");

    @ArchTest
    static final ArchRule nothingDependsOnTheDemoData = noClasses()
            .that()
            .resideOutsideOfPackage("lt.iunija.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("lt.iunija.demo..");

    /**
     * The demo Smart-ID simulator plugs into the portal (it offers {@code smartid.BuiltInSmartId} as a CDI bean and
     * registers its own addresses); no production code names it, so production carries nothing that needs it.
     */
    @ArchTest
    static final ArchRule productionNeverUsesTheSimulator = noClasses()
            .that()
            .resideOutsideOfPackage("lt.iunija.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("lt.iunija.simulator..");

    /**
     * Services (application-scoped beans) use no page or request API: what they need of a request comes in as a
     * value, and redirects, session ids and cookies belong to the request-scoped side (for Smart-ID,
     * {@code smartid.web}). Filters, servlets and listeners are not beans of this kind.
     */
    @ArchTest
    static final ArchRule servicesUseNoPageOrRequestApi = noClasses()
            .that()
            .areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.faces..",
                    "jakarta.servlet..",
                    "org.omnifaces..",
                    "org.primefaces..",
                    "lt.iunija.smartid.web..");

    /** The Smart-ID services read no request: only {@code smartid.web} does. */
    @ArchTest
    static final ArchRule smartIdReadsNoRequest = noClasses()
            .that()
            .resideInAPackage("lt.iunija.smartid")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.faces..",
                    "jakarta.servlet..",
                    "jakarta.websocket..",
                    "org.omnifaces..",
                    "org.primefaces..");

    /** The simulator's addresses exist only while it is on: registered by code, never by annotation. */
    @ArchTest
    static final ArchRule theSimulatorRegistersItsAddressesOnlyWhenOn = noClasses()
            .that()
            .resideInAPackage("lt.iunija.simulator..")
            .should()
            .beAnnotatedWith(jakarta.servlet.annotation.WebServlet.class)
            .orShould()
            .beAnnotatedWith(jakarta.servlet.annotation.WebFilter.class)
            .orShould()
            .beAnnotatedWith(jakarta.ws.rs.ApplicationPath.class);

    /** The simulator uses the Smart-ID client's types and the portal's routing, but no feature of the portal. */
    @ArchTest
    static final ArchRule theSimulatorUsesNoPortalFeature = noClasses()
            .that()
            .resideInAPackage("lt.iunija.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "lt.iunija.login..",
                    "lt.iunija.admin..",
                    "lt.iunija.incident..",
                    "lt.iunija.demo..",
                    "lt.iunija.member..");
}
