import Foundation
import HearthCore

/// A compiled instrument definition, ready to score one respondent or a cohort.
///
/// Compile once, score many times; a plan is immutable and safe to share between
/// threads. Scoring is a pure function of the answers, the respondent's metadata and the
/// definition: the same input gives the same output on every platform, for any chunking
/// or thread count.
///
/// ```swift
/// let plan = try ScoringPlan(Instruments.ace())
/// let report = try plan.score([.code(1), .code(0), ...], for: respondent)
/// report["total"]?.value   // RawScore(…)
/// ```
public struct ScoringPlan: Sendable {
    /// The definition the plan was compiled from.
    public let definition: InstrumentDefinition
    let kernel: ScoringKernel

    /// Validates and compiles a definition.
    ///
    /// - Throws: ``ScoringError/Code/invalidDefinition`` when the definition is inconsistent.
    public init(_ definition: InstrumentDefinition) throws(ScoringError) {
        try definition.validate()
        self.definition = definition
        kernel = ScoringKernel(compiling: definition)
    }

    /// Scores one respondent's answers, given in Hearth's form order.
    ///
    /// - Throws: ``ScoringError/Code/itemCountMismatch`` when the number of answers is not
    ///   the instrument's item count; ``ScoringError/Code/invalidCode`` naming the item when
    ///   a code lies outside the response scale.
    public func score(_ answers: [ItemAnswer], for respondent: Respondent) throws(ScoringError) -> ScoreReport {
        guard answers.count == definition.items.count else {
            throw ScoringError(
                .itemCountMismatch, instrument: definition.id,
                message: "expected \(definition.items.count) answers, got \(answers.count)")
        }
        var matrix: ResponseMatrix
        do {
            matrix = try ResponseMatrix(itemCount: definition.items.count, reservingRows: 1)
            try matrix.append(respondent, answers: answers)
        } catch {
            throw invalidCodeError(from: error)
        }
        let table = try score(matrix, options: ScoringOptions(threads: 1))
        return try table.report(row: 0)
    }

    /// Scores one respondent's answers given by item identifier (e.g. `["self_1": .code(3)]`).
    ///
    /// Items absent from the dictionary are recorded as ``HearthCore/MissingReason/notAdministered``.
    ///
    /// - Throws: ``ScoringError/Code/unknownItem`` for an identifier that is not an item of
    ///   the instrument, and the errors of ``score(_:for:)``.
    public func score(answersByItem: [String: ItemAnswer], for respondent: Respondent) throws(ScoringError) -> ScoreReport {
        var answers = [ItemAnswer](repeating: .missing(.notAdministered), count: definition.items.count)
        for (itemID, answer) in answersByItem {
            guard let index = definition.itemIndex(of: itemID) else {
                throw ScoringError(.unknownItem, instrument: definition.id, item: itemID, message: "no such item")
            }
            answers[index] = answer
        }
        return try score(answers, for: respondent)
    }

    /// Scores every row of a matrix.
    ///
    /// Rows are split into contiguous chunks scored on up to `options.threads` threads;
    /// the result does not depend on the split.
    ///
    /// - Throws: ``ScoringError/Code/itemCountMismatch`` when the matrix has another item
    ///   count; ``ScoringError/Code/invalidCode`` (with ``ScoringOptions/InvalidCodePolicy/reject``)
    ///   naming the first row and item with an out-of-range code;
    ///   ``ScoringError/Code/invalidSetting`` for a thread count below 1.
    /// - Complexity: O(rows × scale memberships), parallel across rows.
    public func score(_ matrix: ResponseMatrix, options: ScoringOptions = ScoringOptions()) throws(ScoringError) -> ScoreTable {
        guard matrix.itemCount == definition.items.count else {
            throw ScoringError(
                .itemCountMismatch, instrument: definition.id,
                message: "matrix has \(matrix.itemCount) items; the instrument has \(definition.items.count)")
        }
        let threads = options.threads ?? ProcessInfo.processInfo.activeProcessorCount
        guard threads >= 1 else {
            throw ScoringError(.invalidSetting, instrument: definition.id, field: "threads", message: "thread count must be at least 1")
        }
        let table = run(matrix, threads: threads)
        if options.invalidCodes == .reject, table.itemStatuses.contains(ScoreStatus.invalidCode.code),
            let first = firstInvalidCode(in: matrix)
        {
            throw ScoringError(
                .invalidCode, instrument: definition.id, item: definition.items[first.item].id, row: first.row,
                message: "code \(first.code) is outside \(definition.responseScale.minimum)...\(definition.responseScale.maximum)")
        }
        return table
    }

    /// The first cell (row-major order) whose code is neither valid nor a missing code.
    public func firstInvalidCode(in matrix: ResponseMatrix) -> (row: Int, item: Int, code: UInt8)? {
        guard matrix.itemCount == definition.items.count else { return nil }
        let scale = definition.responseScale
        for (index, code) in matrix.codes.enumerated()
        where !scale.contains(code) && code < MissingReason.firstReservedCode {
            return (index / matrix.itemCount, index % matrix.itemCount, code)
        }
        return nil
    }

    private func run(_ matrix: ResponseMatrix, threads: Int) -> ScoreTable {
        let rows = matrix.rowCount
        let cells = rows * definition.scales.count
        var values = [Double](repeating: .nan, count: cells)
        var statuses = [UInt8](repeating: 0, count: cells)
        var answered = [UInt16](repeating: 0, count: cells)
        var missing = [UInt16](repeating: 0, count: cells)
        var flags = [UInt64](repeating: 0, count: rows)
        let kernel = self.kernel
        values.withUnsafeMutableBufferPointer { values in
            statuses.withUnsafeMutableBufferPointer { statuses in
                answered.withUnsafeMutableBufferPointer { answered in
                    missing.withUnsafeMutableBufferPointer { missing in
                        flags.withUnsafeMutableBufferPointer { flags in
                            matrix.codes.withUnsafeBufferPointer { codes in
                                matrix.respondents.withUnsafeBufferPointer { respondents in
                                    guard let output = Self.output(values, statuses, answered, missing, flags, rows: rows) else { return }
                                    let shared = UncheckedSendable(value: (output, codes, respondents))
                                    forEachRowChunk(rowCount: rows, threads: threads) { range in
                                        let (output, codes, respondents) = shared.value
                                        kernel.score(codes: codes, respondents: respondents, rows: range, into: output)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return ScoreTable(
            definition: definition, respondents: matrix.respondents, values: values, itemStatuses: statuses,
            answered: answered, missing: missing, protocolFlags: flags)
    }

    private static func output(
        _ values: UnsafeMutableBufferPointer<Double>, _ statuses: UnsafeMutableBufferPointer<UInt8>,
        _ answered: UnsafeMutableBufferPointer<UInt16>, _ missing: UnsafeMutableBufferPointer<UInt16>,
        _ flags: UnsafeMutableBufferPointer<UInt64>, rows: Int
    ) -> ScoringKernel.Output? {
        guard let values = values.baseAddress, let statuses = statuses.baseAddress,
            let answered = answered.baseAddress, let missing = missing.baseAddress, let flags = flags.baseAddress
        else { return nil }  // an empty matrix: nothing to score
        return ScoringKernel.Output(
            values: values, statuses: statuses, answered: answered, missing: missing, protocolFlags: flags, rowCount: rows)
    }

    private func invalidCodeError(from error: CoreError) -> ScoringError {
        if error.code == .reservedCode, let item = error.item {
            return ScoringError(
                .invalidCode, instrument: definition.id, item: definition.items[item].id,
                message: "code is outside \(definition.responseScale.minimum)...\(definition.responseScale.maximum)")
        }
        return ScoringError(error, instrument: definition.id)
    }
}
