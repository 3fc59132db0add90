package org.madang.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md and STYLE.md, checked on the compiled main code of every module. */
class ArchitectureTest {
    private static JavaClasses madang;

    @BeforeAll
    static void importClasses() {
        // main code only: neither test classes nor the test fixtures other modules share through test-jars
        madang = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("org.madang");
    }

    /**
     * ACCESSIBILITY.md #11: nothing on the kiosk changes by itself except what these timers drive —
     * the session clock (time left, a warning before the end), the idle screen's notices (every
     * 12 s, with pause, previous and next), the "one moment" sign (once, after a delay) and the voice
     * guide's pause before reading a control (sound, not sight). A new timer on a kiosk screen is a
     * new thing that moves: it joins this list only with its reason, and the stillness walk.
     */
    @Test
    void onlyTheKnownTimersChangeTheKioskByThemselves() {
        noClasses().that().resideInAnyPackage("org.madang.kiosk..", "org.madang.ui..")
                .and().doNotHaveFullyQualifiedName("org.madang.kiosk.KioskApp")
                .and().doNotHaveFullyQualifiedName("org.madang.kiosk.home.IdlePage")
                .and().doNotHaveFullyQualifiedName("org.madang.kiosk.shell.KioskShell")
                .and().doNotHaveFullyQualifiedName("org.madang.kiosk.shell.VoiceGuide")
                .should().callConstructor(javax.swing.Timer.class, int.class, java.awt.event.ActionListener.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledExecutorService")
                .check(madang);
    }

    @Test
    void coreImportsNoSwing() {
        noClasses().that().resideInAPackage("org.madang.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt.event..").check(madang);
    }

    @Test
    void hardwareAdaptersKnowNothingOfCore() {
        noClasses().that().resideInAPackage("org.madang.hardware..")
                .should().dependOnClassesThat().resideInAPackage("org.madang.core..").check(madang);
    }

    /**
     * The demo site (its people, cards, bookings and logins) is made and shown by the app's commands
     * ({@code --demo}, {@code demo-data}, {@code screenshot}); the kiosk, counter, practice and the rest
     * of core never know it is a demo. Staging (walking a screen into a state for a picture) lives in
     * the app beside the commands that use it.
     */
    @Test
    void onlyTheAppKnowsTheDemoSiteAndStagesScreens() {
        noClasses().that().resideOutsideOfPackages("org.madang.app..", "org.madang.core.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.madang.core.demo..").check(madang);
        classes().that().haveSimpleNameEndingWith("Stager").should().resideInAnyPackage("org.madang.app..", "org.madang.practice.scenario..")
                .check(madang);
    }

    /**
     * Dates, times and money are written by ui-kit's Formats, the same on kiosk, counter and practice;
     * only the two forms that read what a clerk types keep their own (lenient) patterns.
     */
    @Test
    void screensWriteDatesThroughFormats() {
        noClasses().that().resideInAnyPackage("org.madang.kiosk..", "org.madang.counter..", "org.madang.practice..")
                .and().doNotHaveFullyQualifiedName("org.madang.counter.settings.FormFields")
                .and().doNotHaveFullyQualifiedName("org.madang.counter.cases.CasesPresenter")
                .should().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
                .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class, java.util.Locale.class)
                .check(madang);
    }

    @Test
    void kioskAndCounterNeverImportEachOther() {
        noClasses().that().resideInAPackage("org.madang.kiosk..").should().dependOnClassesThat().resideInAPackage("org.madang.counter..").check(madang);
        noClasses().that().resideInAPackage("org.madang.counter..").should().dependOnClassesThat().resideInAPackage("org.madang.kiosk..").check(madang);
        // practice runs on the kiosk's screens; the kiosk knows nothing of practice
        noClasses().that().resideInAPackage("org.madang.kiosk..").should().dependOnClassesThat().resideInAPackage("org.madang.practice..")
                .check(madang);
        // the lesson engine is plain Java, tested without AWT
        noClasses().that().resideInAPackage("org.madang.practice.lesson..").should().dependOnClassesThat()
                .resideInAnyPackage("javax.swing..", "java.awt..").check(madang);
    }

    @Test
    void modulesDependOnlyDownwards() {
        noClasses().that().resideInAPackage("org.madang.config..").should().dependOnClassesThat()
                .resideInAnyPackage("org.madang.core..", "org.madang.hardware..", "org.madang.ui..", "org.madang.kiosk..", "org.madang.counter..", "org.madang.app..")
                .check(madang);
        noClasses().that().resideInAPackage("org.madang.core..").should().dependOnClassesThat()
                .resideInAnyPackage("org.madang.ui..", "org.madang.kiosk..", "org.madang.counter..", "org.madang.app..").check(madang);
        noClasses().that().resideInAPackage("org.madang.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("org.madang.kiosk..", "org.madang.counter..", "org.madang.app..").check(madang);
        noClasses().that().resideOutsideOfPackage("org.madang.app..").should().dependOnClassesThat().resideInAPackage("org.madang.app..").check(madang);
    }

    @Test
    void onlyTheAppChoosesConcreteDevicesAndOpensTheDatabase() {
        noClasses().that().resideOutsideOfPackages("org.madang.app..", "org.madang.hardware.sim..")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.madang.hardware.sim.."))))
                .check(madang);
        noClasses().that().resideOutsideOfPackage("org.madang.app..")
                .should().callMethod(org.madang.core.storage.SiteDatabase.class, "open", String.class, String.class, String.class)
                .check(madang);
    }

    @Test
    void onlyTheAppMakesDevices() {
        noClasses().that().resideOutsideOfPackages("org.madang.app..", "org.madang.hardware..")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(org.madang.hardware.device.Device.class))))
                .check(madang);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal().check(madang);
    }

    @Test
    void presentersImportNoSwing() {
        noClasses().that().haveSimpleNameEndingWith("Presenter")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..").check(madang);
    }

    @Test
    void panelsHoldNoRulesAndTalkToNoStores() {
        // nor to a bag of services (KioskServices, CounterServices): a panel gets its presenter, or the devices it shows
        noClasses().that().areAssignableTo(javax.swing.JComponent.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Services")
                .check(madang);
        // the kiosk's screens (the views of its presenters) are handed their presenters: they neither make them nor see the services
        noClasses().that().haveSimpleNameEndingWith("Screens")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Services")
                .check(madang);
        java.util.List<String> making = madang.stream().filter(c -> c.getSimpleName().endsWith("Screens") || c.isAssignableTo(javax.swing.JComponent.class))
                .flatMap(c -> c.getConstructorCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().getSimpleName().endsWith("Presenter"))
                .map(call -> call.getOriginOwner().getName() + " makes " + call.getTargetOwner().getSimpleName()).distinct().toList();
        org.assertj.core.api.Assertions.assertThat(making).as("screens and panels that make their own presenter").isEmpty();
    }

    @Test
    void namesSayTheRole() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Data").orShould().haveSimpleNameEndingWith("Info").check(madang);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.madang.(*)..").should().beFreeOfCycles().check(madang);
        slices().matching("org.madang.core.(*)..").should().beFreeOfCycles().check(madang);
        slices().matching("org.madang.kiosk.(*)..").should().beFreeOfCycles().check(madang);
    }

    @Test
    void nothingPrintsToTheConsoleOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.madang.app..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(madang);
        classes().that().resideInAPackage("org.madang..").should().notBeAnnotatedWith(Deprecated.class).check(madang);
    }

    /**
     * "Every write has its event": a class that writes the site's database (Jdbi's
     * {@code createUpdate}, a JDBC statement's {@code execute*}) also appends to the event log.
     * (Demo seeding writes a fresh site in bulk and is left out.)
     */
    @Test
    void everyClassThatWritesTheDatabaseAlsoWritesEvents() {
        // a class that must write without an event is named here with its reason
        java.util.Map<String, String> allowed = java.util.Map.of(
                "org.madang.core.storage.SiteDatabase", "opens, migrates and backs up the database itself: no site data changes",
                "org.madang.core.county.CentreCache", "copies the county's rows into a centre's cache: each change it copies has its event"
                        + " in the county's log, which the cache follows (its state row names the last one)",
                "org.madang.core.county.RowCopy", "writes the rows CentreMove and CentreCache copy, in their transactions and with their events");
        java.util.List<String> silent = madang.stream()
                .filter(c -> !c.getPackageName().startsWith("org.madang.core.demo"))
                .filter(c -> c.getMethodCallsFromSelf().stream().anyMatch(call -> {
                    var owner = call.getTargetOwner();
                    return owner.isAssignableTo(org.jdbi.v3.core.Handle.class) && call.getName().equals("createUpdate")
                            || owner.isAssignableTo(java.sql.Statement.class) && call.getName().startsWith("execute")
                            && !call.getName().equals("executeQuery");
                }))
                .filter(c -> c.getMethodCallsFromSelf().stream().noneMatch(call -> call.getTargetOwner().isEquivalentTo(
                        org.madang.core.event.EventLog.class) && call.getName().equals("append")))
                .map(c -> c.getName().replaceAll("\\$.*", ""))
                .distinct()
                .filter(name -> !allowed.containsKey(name))
                .sorted().toList();
        long writers = madang.stream().filter(c -> c.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                .isAssignableTo(org.jdbi.v3.core.Handle.class) && call.getName().equals("createUpdate"))).count();
        org.assertj.core.api.Assertions.assertThat(writers).as("the rule sees the classes that write").isGreaterThan(20);
        org.assertj.core.api.Assertions.assertThat(silent).as("classes that write the database without an event").isEmpty();
    }

    private static boolean writes(com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
        return unit.getMethodCallsFromSelf().stream().anyMatch(call -> {
            var owner = call.getTargetOwner();
            return owner.isAssignableTo(org.jdbi.v3.core.Handle.class) && call.getName().equals("createUpdate")
                    || owner.isAssignableTo(java.sql.Statement.class) && call.getName().startsWith("execute")
                    && !call.getName().equals("executeQuery");
        });
    }

    private static boolean appends(com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
        return unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().isEquivalentTo(
                org.madang.core.event.EventLog.class) && call.getName().equals("append"));
    }

    /** The code units of the same class that {@code unit} calls, directly or through others of the class. */
    private static java.util.Set<com.tngtech.archunit.core.domain.JavaCodeUnit> reach(com.tngtech.archunit.core.domain.JavaCodeUnit unit,
            java.util.function.Function<com.tngtech.archunit.core.domain.JavaCodeUnit,
                    java.util.stream.Stream<com.tngtech.archunit.core.domain.JavaCodeUnit>> next) {
        return reach(unit, next, true);
    }

    private static java.util.Set<com.tngtech.archunit.core.domain.JavaCodeUnit> reach(com.tngtech.archunit.core.domain.JavaCodeUnit unit,
            java.util.function.Function<com.tngtech.archunit.core.domain.JavaCodeUnit,
                    java.util.stream.Stream<com.tngtech.archunit.core.domain.JavaCodeUnit>> next, boolean sameClass) {
        java.util.Set<com.tngtech.archunit.core.domain.JavaCodeUnit> seen = new java.util.HashSet<>();
        java.util.Deque<com.tngtech.archunit.core.domain.JavaCodeUnit> todo = new java.util.ArrayDeque<>(java.util.List.of(unit));
        while (!todo.isEmpty()) {
            var u = todo.pop();
            if (seen.add(u)) {
                next.apply(u).filter(n -> !sameClass || n.getOwner().getName().replaceAll("\\$.*", "").equals(unit.getOwner().getName()
                        .replaceAll("\\$.*", ""))).forEach(todo::push);
            }
        }
        return seen;
    }

    /**
     * Method by method: a method that writes the database reaches an event in its own work —
     * itself, what it calls in its class, or the methods that call it (a helper that writes
     * inside its caller's transaction, for a caller that appends). Catches a silent method in a class whose other
     * methods are evented, which the class-level rule above lets through.
     */
    @Test
    void everyMethodThatWritesTheDatabaseReachesAnEvent() {
        java.util.Set<String> allowed = java.util.Set.of("org.madang.core.storage.SiteDatabase", "org.madang.core.county.CentreCache",
                "org.madang.core.county.RowCopy");
        java.util.List<String> silent = madang.stream()
                .filter(c -> !c.getPackageName().startsWith("org.madang.core.demo"))
                .filter(c -> !allowed.contains(c.getName().replaceAll("\\$.*", "")))
                .flatMap(c -> c.getCodeUnits().stream())
                .filter(ArchitectureTest::writes)
                .filter(unit -> {
                    var down = reach(unit, u -> u.getMethodCallsFromSelf().stream().map(call -> call.getTarget().resolveMember())
                            .flatMap(java.util.Optional::stream).map(com.tngtech.archunit.core.domain.JavaCodeUnit.class::cast));
                    if (down.stream().anyMatch(ArchitectureTest::appends)) {
                        return false;
                    }
                    // a helper that writes inside its caller's transaction (any class): the caller's work has the event
                    var up = reach(unit, u -> u.getCallsOfSelf().stream().map(com.tngtech.archunit.core.domain.JavaAccess::getOrigin), false);
                    return up.stream().noneMatch(u -> reach(u, v -> v.getMethodCallsFromSelf().stream().map(call -> call.getTarget()
                            .resolveMember()).flatMap(java.util.Optional::stream).map(com.tngtech.archunit.core.domain.JavaCodeUnit.class::cast))
                            .stream().anyMatch(ArchitectureTest::appends));
                })
                .map(u -> u.getOwner().getName().replaceAll("\\$.*", "") + "." + u.getName())
                .distinct().sorted().toList();
        org.assertj.core.api.Assertions.assertThat(silent).as("methods that write the database and reach no event").isEmpty();
    }
}
