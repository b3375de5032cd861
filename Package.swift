// swift-tools-version: 6.0
//
// Hearth: questionnaire instruments and safety logic for work against domestic
// violence and child abuse. Dependencies point down only:
// HearthCore ← HearthScoring ← (HearthNorms ← HearthProfiles ← HearthSafety ← HearthReport),
// and HearthNorms ← HearthResearch (importers, cohort statistics, report tables).
// No package dependencies and no unsafe compiler flags, so any Swift package can depend on it.

import PackageDescription

let package = Package(
    name: "Hearth",
    products: [
        .library(name: "HearthCore", targets: ["HearthCore"]),
        .library(name: "HearthScoring", targets: ["HearthScoring"]),
        .library(name: "HearthNorms", targets: ["HearthNorms"]),
        .library(name: "HearthProfiles", targets: ["HearthProfiles"]),
        .library(name: "HearthSafety", targets: ["HearthSafety"]),
        .library(name: "HearthResearch", targets: ["HearthResearch"]),
        .library(name: "HearthReport", targets: ["HearthReport"]),
        .executable(name: "hearth", targets: ["hearth"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "HearthCore"),
        .target(name: "HearthScoring", dependencies: ["HearthCore"]),
        .target(name: "HearthNorms", dependencies: ["HearthCore", "HearthScoring"]),
        .target(name: "HearthProfiles", dependencies: ["HearthCore", "HearthScoring", "HearthNorms"]),
        .target(name: "HearthSafety", dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthProfiles"]),
        // One family's page for professionals: the assessment, scores against norms, charts.
        .target(name: "HearthReport", dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthProfiles", "HearthSafety"]),
        // Research workflow: REDCap and FHIR importers, cohort statistics, the report's tables.
        .target(name: "HearthResearch", dependencies: ["HearthCore", "HearthScoring", "HearthNorms"]),
        // The command-line tool's logic lives in a library so that tests can drive it
        // without spawning processes; `hearth` is a thin entry point.
        .target(
            name: "HearthCLI",
            dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthProfiles", "HearthSafety", "HearthResearch", "HearthReport"]),
        .executableTarget(name: "hearth", dependencies: ["HearthCLI"]),
        // Benchmarks: a seeded synthetic-cohort generator and the reference scorer (not
        // products, so not SDK API), and the benchmark executable (`swift run -c release hearth-bench`).
        .target(name: "HearthSynthetic", dependencies: ["HearthCore", "HearthScoring"], path: "Benchmarks/HearthSynthetic"),
        .executableTarget(
            name: "hearth-bench",
            dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthProfiles", "HearthSafety", "HearthSynthetic", "HearthCLI"],
            path: "Benchmarks/hearth-bench"),
        // Fuzzing (Fuzz/run): the harnesses, and one executable that is a libFuzzer target
        // when built with -sanitize=fuzzer and a replayer otherwise. Not products.
        .target(
            name: "HearthFuzzing",
            dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthProfiles", "HearthSafety", "HearthResearch", "HearthCLI", "HearthSynthetic"],
            path: "Fuzz/HearthFuzzing"),
        .executableTarget(name: "hearth-fuzz", dependencies: ["HearthFuzzing"], path: "Fuzz/hearth-fuzz"),
        .testTarget(name: "HearthCoreTests", dependencies: ["HearthCore", "HearthSynthetic"]),
        .testTarget(name: "HearthScoringTests", dependencies: ["HearthCore", "HearthScoring", "HearthSynthetic"]),
        .testTarget(
            name: "HearthNormsTests", dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthSynthetic"],
            // The report's norm transcription the built-in set is compared with, read via #filePath.
            exclude: ["Fixtures"]),
        .testTarget(name: "HearthProfilesTests", dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthProfiles", "HearthSynthetic"]),
        .testTarget(
            name: "HearthSafetyTests", dependencies: ["HearthCore", "HearthNorms", "HearthProfiles", "HearthSafety", "HearthSynthetic"],
            // The practice cases and the script that writes them, read via #filePath.
            exclude: ["PracticeCases"]),
        .testTarget(
            name: "HearthResearchTests",
            dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthResearch", "HearthSynthetic"],
            // SciPy/NumPy reference values and the script that makes them, read via #filePath.
            exclude: ["Fixtures"]),
        .testTarget(
            name: "HearthReportTests", dependencies: ["HearthCore", "HearthScoring", "HearthNorms", "HearthProfiles", "HearthSafety", "HearthReport"]),
        .testTarget(name: "HearthFuzzingTests", dependencies: ["HearthFuzzing", "HearthProfiles", "HearthSafety"]),
        .testTarget(
            name: "HearthCLITests",
            dependencies: ["HearthCLI", "HearthCore", "HearthScoring", "HearthResearch", "HearthSynthetic"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
