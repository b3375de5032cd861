import Foundation
import Testing

@testable import HearthCLI

/// `hearth report`: the page written owner-only, in the language asked for, and every usage
/// error named.
@Suite("hearth report")
struct ReportCommandTests {
    @Test func writesTheExamplesPageInEitherLanguage() throws {
        for (language, heading) in [("en", "Family report F-EXAMPLE-1"), ("nl", "Gezinsrapport F-EXAMPLE-1")] {
            let io = CapturedIO()
            #expect(run(["report", "docs/examples/safety-input.json", "--as-of", "2026-11-01", "--language", language, "--output", "family.html"], io) == 0)
            let page = String(decoding: try #require(io.files["family.html"]), as: UTF8.self)
            #expect(page.contains("<h1>\(heading)</h1>") && page.contains("lang=\"\(language)\""))
            #expect(io.ownerOnly.contains("family.html"))
            #expect(io.standardOutput.isEmpty)
        }
    }

    @Test func usageErrorsAreNamed() {
        let cases: [([String], String)] = [
            (["report", "docs/examples/safety-input.json", "--as-of", "2026-11-01"], "report needs --output FILE.html"),
            (["report", "docs/examples/safety-input.json", "--language", "fr", "--output", "f.html"], "--language must be one of en, nl"),
            (["report", "docs/examples/safety-input.json", "--output", "docs/examples/safety-input.json"], "is an input file"),
            (["report", "--output", "f.html"], "report needs one input JSON file"),
            (["report", "docs/examples/safety-input.json", "--role", "judge", "--output", "f.html"], "--role must be one of"),
        ]
        for (arguments, message) in cases {
            let io = CapturedIO()
            #expect(run(arguments, io) == 2, "\(arguments)")
            #expect(io.standardError.contains(message), "\(arguments): \(io.standardError)")
            #expect(io.files["f.html"] == nil)
        }
    }

    @Test func badInputWritesNothing() {
        let io = CapturedIO(files: ["s.json": #"{"reportDate": "2026-01-01", "family": {"family": "F", "members": [{"id": "P1", "role": "parent", "ethnicity": "x"}]}}"#])
        #expect(run(["report", "s.json", "--as-of", "2026-11-01", "--output", "f.html"], io) == 1)
        #expect(io.standardError.contains("protected attribute") && io.files["f.html"] == nil)
        let key = CapturedIO()
        #expect(run(["report", "docs/examples/safety-input.json", "--key", "missing.json", "--output", "f.html"], key) == 1)
        #expect(key.standardError.contains("cannot read key file 'missing.json'"))
    }
}
