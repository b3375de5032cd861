// swift-tools-version: 6.0
//
// The README's "Use it from Swift" example as a package of its own, depending on this
// checkout by path. `.ci/run` builds and runs it, checks that its output is what the
// `// prints` comments say, and that the README shows main.swift word for word.
// In your own package, write `.package(path: "../hearth")` (a clone beside it) or
// `.package(url: <the repository's URL>, branch: "main")`, and `package: "hearth"`.

import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, and a checkout's folder may have any
// name: take it from the path.
let hearth = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardizedFileURL
let hearthPackage = hearth.lastPathComponent

let package = Package(
    name: "HearthConsumer",
    dependencies: [.package(path: hearth.path)],
    targets: [
        .executableTarget(
            name: "HearthConsumer",
            dependencies: [
                .product(name: "HearthCore", package: hearthPackage),
                .product(name: "HearthScoring", package: hearthPackage),
                .product(name: "HearthNorms", package: hearthPackage),
            ])
    ],
    swiftLanguageModes: [.v6]
)
