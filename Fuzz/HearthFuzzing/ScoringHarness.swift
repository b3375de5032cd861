import Foundation
import HearthCore
import HearthScoring
import HearthSynthetic

/// Random definitions (valid or not) and random matrices: a definition that compiles must
/// score every matrix exactly as the plain reference scorer does, the same in one matrix as
/// row by row, and within the scale's theoretical range.
enum ScoringHarness {
    static func run(_ data: Data) {
        var input = FuzzBytes([UInt8](data))
        let definition = makeDefinition(&input)
        guard let plan = try? ScoringPlan(definition) else { return }
        let rows = input.int(in: 1...40)
        guard var matrix = try? ResponseMatrix(itemCount: definition.items.count) else { return }
        var answers: [[ItemAnswer]] = []
        for row in 0..<rows {
            let codes = (0..<definition.items.count).map { _ in code(&input, scale: definition.responseScale) }
            let respondent = Respondent(
                id: (try? RespondentID("r\(row)")) ?? KeyHarness.fallbackID,
                sex: input.pick(Sex.allCases), partnerSex: input.pick(Sex.allCases), age: try? Age(years: input.int(in: 0...20)))
            guard (try? matrix.append(respondent, matrixCodes: codes)) != nil else { return }
            answers.append(codes.map(ItemAnswer.init(matrixCode:)))
        }
        let options = ScoringOptions(threads: 1, invalidCodes: .markScales)
        guard let table = try? plan.score(matrix, options: options) else {
            preconditionFailure("a compiled plan scores any matrix with markScales")
        }
        if let difference = ReferenceScorer.firstDifference(table, definition: definition, answers: { answers[$0] }) {
            preconditionFailure("fast path differs from the reference scorer: \(difference)")
        }
        // Row ranges (streaming) give the same cells as the whole matrix.
        let split = rows / 2
        if split > 0, let tail = try? plan.score(matrix, rows: split..<rows, options: options) {
            for row in 0..<(rows - split) {
                for scale in definition.scales.indices {
                    require((try? tail.score(row: row, scale: scale)) == (try? table.score(row: row + split, scale: scale)), "chunked scoring equals whole-matrix scoring")
                }
            }
        }
    }

    /// A code: mostly on the scale, sometimes a kind of missing, sometimes out of range.
    private static func code(_ input: inout FuzzBytes, scale: ResponseScale) -> UInt8 {
        let choice = input.byte()
        switch choice % 16 {
        case 0: return MissingReason(rawValue: choice / 16 % 4)?.matrixCode ?? MissingReason.skipped.matrixCode
        case 1: return choice / 16 + scale.maximum &+ 1 > scale.maximum ? scale.maximum &+ 1 : scale.minimum
        default: return scale.minimum + UInt8(Int(choice / 16) % scale.codeCount)
        }
    }

    private static func makeDefinition(_ input: inout FuzzBytes) -> InstrumentDefinition {
        let itemCount = input.int(in: 1...24)
        let minimum = UInt8(input.int(in: 0...3))
        let scale = ResponseScale(minimum: minimum, maximum: minimum + UInt8(input.int(in: 0...6)))
        var scales: [ScaleDefinition] = []
        for index in 0..<input.int(in: 1...4) {
            var items = Array(Set((0..<input.int(in: 1...itemCount)).map { _ in input.int(in: 1...itemCount) })).sorted()
            if input.byte() % 16 == 0 { items.append(itemCount + 1) }  // an invalid definition now and then
            let reverse = items.filter { _ in input.byte() % 4 == 0 }
            // Now and then values beyond the kernels' byte tables, and beyond the 65,535 limit.
            let large = input.byte() % 8 == 0
            let values: [Int]? = input.bool() ? (0..<scale.codeCount).map { _ in large ? Int(input.byte()) * 300 : input.int(in: 0...30) } : nil
            let aggregation = input.pick(ScaleAggregation.allCases)
            let pairs: [[Int]]? = aggregation == .pairDifferenceSum ? stride(from: 0, to: items.count - 1, by: 2).map { [items[$0], items[$0 + 1]] } : nil
            let rule = MissingDataRule(
                maximumMissingItems: input.bool() ? input.int(in: 0...4) : nil,
                maximumMissingProportion: input.bool() ? Double(input.int(in: 0...10)) / 10 : nil)
            let skip = input.byte() % 8 == 0 ? SkipRule(gateItem: input.int(in: 1...itemCount), gateCode: scale.minimum) : nil
            scales.append(ScaleDefinition(
                id: "s\(index)", name: "s\(index)", role: input.byte() % 6 == 0 ? .validity : .score, direction: .higherIsWorse,
                items: items, reverseKeyed: reverse, codeValues: values, aggregation: aggregation, itemPairs: pairs,
                missingData: rule, rounding: input.pick(RoundingRule.allCases), skipRule: skip))
        }
        if input.bool() {
            scales.append(ScaleDefinition(
                id: "cut", name: "cut",
                cutoff: CutoffRule(source: "s0", female: Double(input.int(in: 0...20)), male: input.bool() ? Double(input.int(in: 0...20)) : nil,
                                   covariate: input.bool() ? .respondentSex : .partnerSex, assumeOppositeSexPartner: input.bool())))
        }
        var validity: [ValidityRule] = []
        if let checked = scales.first(where: { $0.role == .validity }) {
            validity.append(ValidityRule(
                id: "v", scale: checked.id, comparison: input.bool() ? .atLeast : .atMost,
                thresholds: [.init(sex: input.bool() ? .female : nil, value: Double(input.int(in: 0...20)))], reason: "fuzz", source: "fuzz"))
        }
        return InstrumentDefinition(
            id: "fuzz", version: "1", name: "fuzz", citation: "", key: KeyProvenance(origin: .userDefinition, version: "1", source: "fuzz"),
            informant: .adultSelfReport, responseScale: scale, items: (1...itemCount).map { ItemDefinition(id: "\($0)") },
            scales: scales, validityRules: validity, maximumMissingItemsInProtocol: input.bool() ? input.int(in: 0...5) : nil)
    }
}
