package cn.gonghui.bpm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md: the arrows point from processes to shared records to the
 * organisation to the platform, never back, and no process depends on another.
 *
 * <pre>
 *   founding, scholarship, twovisits      (one package per process)
 *        ↓
 *   enterprise, hardship                  (shared records)
 *        ↓
 *   organisation                          (org units, their groups, routing by level)
 *        ↓
 *   platform                              (engine, security, input, approvals, web wiring)
 * </pre>
 */
@AnalyzeClasses(packages = "cn.gonghui.bpm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String PLATFORM = "cn.gonghui.bpm.platform..";
  static final String ORGANISATION = "cn.gonghui.bpm.organisation..";
  static final String[] SHARED_RECORDS = {"cn.gonghui.bpm.enterprise..", "cn.gonghui.bpm.hardship.."};
  static final String[] PROCESSES = {"cn.gonghui.bpm.founding..", "cn.gonghui.bpm.scholarship..", "cn.gonghui.bpm.twovisits.."};

  @ArchTest
  static final ArchRule platformDependsOnNoBusinessPackage =
      noClasses()
          .that().resideInAPackage(PLATFORM)
          .should().dependOnClassesThat().resideInAnyPackage(concat(new String[] {ORGANISATION}, SHARED_RECORDS, PROCESSES))
          .because("the platform serves every process and knows none of them");

  @ArchTest
  static final ArchRule organisationDependsOnlyOnThePlatform =
      noClasses()
          .that().resideInAPackage(ORGANISATION)
          .should().dependOnClassesThat().resideInAnyPackage(concat(SHARED_RECORDS, PROCESSES))
          .because("org units are below every record and process");

  @ArchTest
  static final ArchRule sharedRecordsDependOnNoProcess =
      noClasses()
          .that().resideInAnyPackage(SHARED_RECORDS)
          .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
          .because("an enterprise or a household outlives the cases about it and knows none of them");

  @ArchTest
  static final ArchRule foundingDependsOnNoOtherProcess = processIsolated("founding");

  @ArchTest
  static final ArchRule scholarshipDependsOnNoOtherProcess = processIsolated("scholarship");

  @ArchTest
  static final ArchRule twoVisitsDependsOnNoOtherProcess = processIsolated("twovisits");

  @ArchTest
  static final ArchRule topLevelPackagesHaveNoCycles =
      slices().matching("cn.gonghui.bpm.(*)..").should().beFreeOfCycles();

  private static ArchRule processIsolated(String process) {
    String own = "cn.gonghui.bpm." + process + "..";
    String[] others = java.util.Arrays.stream(PROCESSES).filter(p -> !p.equals(own)).toArray(String[]::new);
    return noClasses()
        .that().resideInAPackage(own)
        .should().dependOnClassesThat().resideInAnyPackage(others)
        .because("a process uses the platform, the organisation and shared records, never another process")
        .allowEmptyShould(true);
  }

  private static String[] concat(Object... parts) {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (Object part : parts) {
      if (part instanceof String[] array) {
        all.addAll(java.util.List.of(array));
      }
    }
    return all.toArray(String[]::new);
  }
}
