import HearthCore
import HearthScoring

/// A deliberately plain scorer written from the documented rules (docs/scoring.md), with
/// none of the kernels' tables, lanes or packing: the oracle the fast paths must match
/// exactly. Used by the tests and by `hearth-bench --check`; not part of the SDK.
package enum ReferenceScorer {
    /// One scale's expected result.
    package struct Cell: Equatable, Sendable {
        package var value: Double?
        package var status: ScoreStatus
        package var answered: Int
        package var missing: Int
    }

    /// One row's expected results and verdict.
    package struct Result: Sendable {
        package var cells: [Cell]
        package var verdict: ProtocolValidity.Verdict
    }

    /// Scores one row.
    package static func score(_ definition: InstrumentDefinition, answers: [ItemAnswer], respondent: Respondent) -> Result {
        var cells: [Cell] = []
        for scale in definition.scales {
            if scale.cutoff != nil {
                cells.append(Cell(value: nil, status: .insufficient, answered: 0, missing: 0))  // filled below
            } else if scale.aggregation == .pairDifferenceSum {
                cells.append(pairScale(definition, scale, answers))
            } else {
                cells.append(itemScale(definition, scale, answers))
            }
        }
        for (index, scale) in definition.scales.enumerated() {
            guard let cutoff = scale.cutoff, let source = definition.scaleIndex(of: cutoff.source) else { continue }
            let sourceCell = cells[source]
            var cell = Cell(value: nil, status: sourceCell.status, answered: sourceCell.answered, missing: sourceCell.missing)
            if sourceCell.status.hasUsableValue, let value = sourceCell.value {
                let sex: Sex
                if cutoff.covariate == .respondentSex {
                    sex = respondent.sex
                } else if respondent.partnerSex == .unknown && cutoff.assumeOppositeSexPartner {
                    sex = respondent.sex == .female ? .male : (respondent.sex == .male ? .female : .unknown)
                } else {
                    sex = respondent.partnerSex
                }
                let threshold: Double? = sex == .female ? cutoff.female : (sex == .male ? cutoff.male : cutoff.unknownSex)
                if let threshold {
                    cell.value = value >= threshold ? 1 : 0
                } else {
                    cell.status = .missingCovariate
                }
            }
            cells[index] = cell
        }
        var invalid = false, unassessed = false
        for rule in definition.validityRules {
            let cell = cells[definition.scaleIndex(of: rule.scale) ?? 0]
            let threshold = rule.thresholds.first { threshold in
                if let sex = threshold.sex, sex != respondent.sex { return false }
                if threshold.minimumAge != nil || threshold.maximumAge != nil {
                    guard let years = respondent.age?.years else { return false }
                    if let low = threshold.minimumAge, years < low { return false }
                    if let high = threshold.maximumAge, years > high { return false }
                }
                return true
            }?.value
            guard cell.status.hasUsableValue, let value = cell.value, let threshold else {
                unassessed = true
                continue
            }
            if rule.comparison == .atLeast ? value >= threshold : value <= threshold { invalid = true }
        }
        if let limit = definition.maximumMissingItemsInProtocol {
            let missing = answers.filter { if case .missing = $0 { true } else { false } }.count
            if missing > limit { invalid = true }
        }
        if invalid {
            for (index, scale) in definition.scales.enumerated() where scale.role == .score && cells[index].status.hasUsableValue {
                cells[index].status = .invalid
            }
        }
        return Result(cells: cells, verdict: invalid ? .invalid : (unassessed ? .notAssessed : .valid))
    }

    /// The value of one item for a scale: nil when missing; throws-free "invalid" as -1.
    package static func itemValue(_ definition: InstrumentDefinition, _ scale: ScaleDefinition, item: Int, _ answers: [ItemAnswer]) -> Int? {
        guard case .code(let code) = answers[item - 1] else { return nil }
        let low = Int(definition.responseScale.minimum), high = Int(definition.responseScale.maximum)
        guard Int(code) >= low, Int(code) <= high else { return -1 }
        let keyed = scale.reverseKeyed.contains(item) ? low + high - Int(code) : Int(code)
        if let values = scale.codeValues { return values[keyed - low] }
        return keyed
    }

    package static func allowed(_ rule: MissingDataRule, count: Int) -> Int {
        var limits: [Int] = []
        if let items = rule.maximumMissingItems { limits.append(items) }
        if let proportion = rule.maximumMissingProportion { limits.append(Int((proportion * Double(count) + 1e-9).rounded(.down))) }
        guard let limit = limits.min() else { return 0 }
        return max(0, min(limit, count - 1))
    }

    package static func itemScale(_ definition: InstrumentDefinition, _ scale: ScaleDefinition, _ answers: [ItemAnswer]) -> Cell {
        let values = scale.items.map { itemValue(definition, scale, item: $0, answers) }
        let answeredValues = values.compactMap { $0 }.filter { $0 >= 0 }
        let invalidCount = values.compactMap { $0 }.filter { $0 < 0 }.count
        let missing = values.filter { $0 == nil }.count
        var cell = Cell(value: nil, status: .insufficient, answered: answeredValues.count, missing: missing)
        if invalidCount > 0 {
            cell.status = .invalidCode
            return cell
        }
        let n = Double(scale.items.count)
        let sum = Double(answeredValues.reduce(0, +))
        var gate = false
        if let skip = scale.skipRule, case .code(let code) = answers[skip.gateItem - 1], code == skip.gateCode { gate = true }
        let allowance = allowed(scale.missingData, count: scale.items.count)
        switch scale.aggregation {
        case .sum:
            if missing == 0 { (cell.value, cell.status) = (sum, .complete) }
            else if gate { (cell.value, cell.status) = (sum, .determined) }
            else if missing <= allowance { (cell.value, cell.status) = (scale.rounding.apply(sum / Double(answeredValues.count) * n), .prorated) }
        case .mean:
            if missing == 0 { (cell.value, cell.status) = (scale.rounding.apply(sum / n), .complete) }
            else if gate { (cell.value, cell.status) = (scale.rounding.apply(sum / n), .determined) }
            else if missing <= allowance { (cell.value, cell.status) = (scale.rounding.apply(sum / Double(answeredValues.count)), .prorated) }
        case .any:
            if answeredValues.contains(where: { $0 > 0 }) { (cell.value, cell.status) = (1, missing == 0 ? .complete : .determined) }
            else if missing == 0 { (cell.value, cell.status) = (0, .complete) }
            else if gate { (cell.value, cell.status) = (0, .determined) }
        case .pairDifferenceSum:
            break
        }
        return cell
    }

    package static func pairScale(_ definition: InstrumentDefinition, _ scale: ScaleDefinition, _ answers: [ItemAnswer]) -> Cell {
        let pairs = scale.itemPairs ?? []
        var sum = 0, answered = 0, invalid = false
        for pair in pairs {
            let first = itemValue(definition, scale, item: pair[0], answers)
            let second = itemValue(definition, scale, item: pair[1], answers)
            if first == -1 || second == -1 { invalid = true }
            if let first, let second, first >= 0, second >= 0 {
                sum += abs(first - second)
                answered += 1
            }
        }
        let missing = pairs.count - answered
        var cell = Cell(value: nil, status: .insufficient, answered: answered, missing: missing)
        if invalid { cell.status = .invalidCode }
        else if missing == 0 { (cell.value, cell.status) = (Double(sum), .complete) }
        else if missing <= allowed(scale.missingData, count: pairs.count) {
            (cell.value, cell.status) = (scale.rounding.apply(Double(sum) / Double(answered) * Double(pairs.count)), .prorated)
        }
        return cell
    }
}

extension ReferenceScorer {
    /// Compares a score table with the oracle, row by row; returns a description of the first
    /// difference, or `nil` when every status, count, value and verdict agrees.
    package static func firstDifference(
        _ table: ScoreTable, definition: InstrumentDefinition, answers: (Int) -> [ItemAnswer]
    ) -> String? {
        for row in 0..<table.rowCount {
            guard let report = try? table.report(row: row) else { return "row \(row): no report" }
            let expected = score(definition, answers: answers(row), respondent: report.respondent)
            if report.validity.verdict != expected.verdict { return "row \(row): verdict \(report.validity.verdict)" }
            for (index, cell) in expected.cells.enumerated() {
                let actual = report.scales[index]
                let value: Double? = actual.value?.value
                let countsAgree = actual.answeredItems == cell.answered && actual.missingItems == cell.missing
                let valueAgrees = !cell.status.hasUsableValue || value == cell.value
                if actual.status == cell.status && countsAgree && valueAgrees { continue }
                let got = "\(actual.status) \(value.map { "\($0)" } ?? "-")"
                let wanted = "\(cell.status) \(cell.value.map { "\($0)" } ?? "-")"
                return "row \(row), scale \(definition.scales[index].id): got \(got), expected \(wanted)"
            }
        }
        return nil
    }
}
