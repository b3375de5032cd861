import Foundation
import HearthCore
import HearthNorms
import HearthScoring

// One respondent: answers in Hearth's form order (ACE: 10 yes/no items, 0 = no, 1 = yes).
let plan = try ScoringPlan(Instruments.ace())
let respondent = Respondent(id: try RespondentID("P-0001"), sex: .female, age: try Age(years: 34))
let report = try plan.score([.code(1), .code(0), .missing(.refused), .code(1), .code(0),
                             .code(1), .code(0), .code(0), .code(0), .code(0)], for: respondent)
print(report["total"]?.status ?? "none")                  // prints: insufficient
// (one item refused, and ACE has no proration: a partial count is never a total)
print(report["family_violence"]?.value ?? "none")         // prints: 1.0
// (item 1 is yes, which settles it whatever item 3 was)

// A cohort: fill a ResponseMatrix once, score it on every core.
var matrix = try ResponseMatrix(itemCount: plan.definition.items.count)
try matrix.append(respondent, answers: [.code(1), .code(0), .code(1), .code(1), .code(0),
                                        .code(1), .code(0), .code(0), .code(0), .code(0)])
try matrix.append(Respondent(id: try RespondentID("P-0002")), answers: Array(repeating: .code(0), count: 10))
let table = try plan.score(matrix)
print(try table.values(scaleID: "total"))                 // prints: [Optional(4.0), Optional(0.0)]

// Set a score against the source report's norms: the general population's ACE distribution.
let norms = NormComparator(normSet: try NormSet.builtIn(), population: "reference")
let total = try table.report(row: 0)["total"]
if let total {
    let result = norms.compare(total, instrument: "ace", respondent: respondent)
    let percentile = result.percentile.map { String(format: "%.1f", $0.value) } ?? "none"
    print(result.status, percentile, result.normID ?? "none")  // prints: compared 97.2 N274
    // (4 categories: a percentile rank of 97.2 in the reference group, norm entry N274)
}

// Reliable and clinically significant change (Jacobson & Truax).
let change = try ReliableChange(before: 80, after: 40, sd: 27.34, reliability: 0.96, cutoff: 44.73)
print(change.classification)                              // prints: recovered

// A licensed instrument: its key comes from a file you supply. Here the SYNTHETIC demo key,
// found when run from docs/examples/consumer; elsewhere the error names the file.
do {
    let key = try ScoringKey.load(contentsOf: URL(fileURLWithPath: "../keys/tscyc.SYNTHETIC.json"))
    let tscyc = try ScoringPlan(BuiltInInstrument.tscyc.definition(with: key))
    print(tscyc.definition.scales.count, key.synthetic)  // prints: 11 true
} catch {
    print(error)  // unreadableFile: cannot read the key file '…' (missing, or not readable)
}
