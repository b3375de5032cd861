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
        try score(matrix, rows: 0..<matrix.rowCount, options: options)
    }

    /// Scores a range of a matrix's rows, for streaming a large cohort in chunks whose
    /// scores stay in cache. The table's row 0 is matrix row `rows.lowerBound`.
    ///
    /// - Throws: as ``score(_:options:)``, and ``ScoringError/Code/invalidInput`` when
    ///   `rows` is not within the matrix.
    /// - Complexity: O(`rows.count` × scale memberships).
    public func score(_ matrix: ResponseMatrix, rows: Range<Int>, options: ScoringOptions = ScoringOptions()) throws(ScoringError) -> ScoreTable {
        try score(matrix, rows: rows, options: options, recycling: nil)
    }

    /// Scores a matrix (or a range of its rows) into the storage of an earlier table, for a
    /// server that scores batch after batch: `storage` holds the table afterwards, and the
    /// next call reuses its arrays instead of allocating and zeroing new ones.
    ///
    /// ```swift
    /// var storage: ScoreTable?
    /// for batch in batches {
    ///     let table = try plan.score(batch, reusing: &storage)
    ///     …   // use `table`; keep it if you like: kept tables are never overwritten
    /// }
    /// ```
    ///
    /// Storage is only reused when no other copy of the old table is alive (a kept table
    /// is copied, never changed), so results are always as ``score(_:rows:options:)`` gives.
    ///
    /// - Throws: as ``score(_:rows:options:)``; `storage` is then `nil`.
    public func score(
        _ matrix: ResponseMatrix, rows: Range<Int>? = nil, options: ScoringOptions = ScoringOptions(),
        reusing storage: inout ScoreTable?
    ) throws(ScoringError) -> ScoreTable {
        let table = try score(matrix, rows: rows ?? 0..<matrix.rowCount, options: options, recycling: storage.take())
        storage = table
        return table
    }

    /// ``score(_:rows:options:)``, writing into the storage of `recycled` where it is not shared.
    private func score(
        _ matrix: ResponseMatrix, rows: Range<Int>, options: ScoringOptions, recycling recycled: consuming ScoreTable?
    ) throws(ScoringError) -> ScoreTable {
        guard matrix.itemCount == definition.items.count else {
            throw ScoringError(
                .itemCountMismatch, instrument: definition.id,
                message: "matrix has \(matrix.itemCount) items; the instrument has \(definition.items.count)")
        }
        guard rows.lowerBound >= 0, rows.upperBound <= matrix.rowCount else {
            throw ScoringError(.invalidInput, instrument: definition.id, field: "rows", message: "row range is outside the matrix")
        }
        let threads = options.threads ?? ProcessInfo.processInfo.activeProcessorCount
        guard threads >= 1 else {
            throw ScoringError(.invalidSetting, instrument: definition.id, field: "threads", message: "thread count must be at least 1")
        }
        let table = run(matrix, rows: rows, threads: threads, recycling: consume recycled)
        if options.invalidCodes == .reject, table.itemStatuses.contains(ScoreStatus.invalidCode.code),
            let first = firstInvalidCode(in: matrix, rows: rows)
        {
            throw ScoringError(
                .invalidCode, instrument: definition.id, item: definition.items[first.item].id, row: first.row,
                message: "code is outside \(definition.responseScale.minimum)...\(definition.responseScale.maximum)")
        }
        return table
    }

    /// Scores a range of a matrix's rows chunk by chunk, calling `body` with each chunk's
    /// table, in row order: the way to stream a large cohort.
    ///
    /// The chunks' tables share one set of storage, so a long run allocates once instead of
    /// once per chunk: with 2,048-row TSCYC chunks, fresh tables made scoring 1.7–2× slower
    /// (the allocator returned and refaulted their pages every chunk). A table that `body`
    /// keeps is not changed afterwards: it is copied before its storage would be reused.
    ///
    /// - Parameters:
    ///   - rows: The rows to score; all of them when `nil`.
    ///   - chunkRows: Rows per chunk. 1,024 keeps a TSCYC-sized chunk's scores in a 512 KB
    ///     L2 cache; at 4,096 they no longer fit and scoring ran ~1.8× slower.
    /// - Throws: ``ScoringError`` as ``score(_:rows:options:)`` for the first chunk that
    ///   fails (earlier chunks have been passed to `body`), ``ScoringError/Code/invalidSetting``
    ///   for `chunkRows` below 1, and any error `body` throws.
    public func score(
        _ matrix: ResponseMatrix, rows: Range<Int>? = nil, chunkRows: Int = 1024, options: ScoringOptions = ScoringOptions(),
        eachChunk body: (ScoreTable) throws -> Void
    ) throws {
        guard chunkRows >= 1 else {
            throw ScoringError(.invalidSetting, instrument: definition.id, field: "chunkRows", message: "chunk size must be at least 1")
        }
        let rows = rows ?? 0..<matrix.rowCount
        guard rows.lowerBound >= 0, rows.upperBound <= matrix.rowCount else {
            throw ScoringError(.invalidInput, instrument: definition.id, field: "rows", message: "row range is outside the matrix")
        }
        var storage: ScoreTable?
        var start = rows.lowerBound
        while start < rows.upperBound {
            let end = rows.upperBound - start > chunkRows ? start + chunkRows : rows.upperBound
            try body(try score(matrix, rows: start..<end, options: options, reusing: &storage))
            start = end
        }
    }

    /// The first cell (row-major order) whose code is neither valid nor a missing code.
    public func firstInvalidCode(in matrix: ResponseMatrix) -> (row: Int, item: Int, code: UInt8)? {
        firstInvalidCode(in: matrix, rows: 0..<matrix.rowCount)
    }

    private func firstInvalidCode(in matrix: ResponseMatrix, rows: Range<Int>) -> (row: Int, item: Int, code: UInt8)? {
        guard matrix.itemCount == definition.items.count else { return nil }
        let scale = definition.responseScale
        let width = matrix.itemCount
        for index in (rows.lowerBound * width)..<(rows.upperBound * width) {
            let code = matrix.codes[index]
            if !scale.contains(code) && code < MissingReason.firstReservedCode {
                return (index / width, index % width, code)
            }
        }
        return nil
    }

    private func run(_ matrix: ResponseMatrix, rows: Range<Int>, threads: Int, recycling recycled: consuming ScoreTable?) -> ScoreTable {
        let rowCount = rows.count
        let layout = CellLayout(scaleCount: definition.scales.count)
        let cells = layout.cellCount(rows: rowCount)
        var sums: [UInt32] = [], statuses: [UInt8] = [], answered: [UInt16] = [], missing: [UInt16] = [], flags: [UInt64] = []
        if var old = consume recycled {
            // Swapped out, the arrays are uniquely referenced unless the caller kept the old
            // table, in which case writing below copies them and the old table stays intact.
            swap(&sums, &old.sums)
            swap(&statuses, &old.itemStatuses)
            swap(&answered, &old.answered)
            swap(&missing, &old.missing)
            swap(&flags, &old.protocolFlags)
        }
        // Every cell is written by the kernel; the initial values are never read.
        sums.resize(to: cells, filling: 0)
        statuses.resize(to: cells, filling: ScoreStatus.insufficient.code)
        answered.resize(to: cells, filling: 0)
        missing.resize(to: cells, filling: 0)
        flags.resize(to: rowCount, filling: 0)
        let kernel = self.kernel
        sums.withUnsafeMutableBufferPointer { sums in
            statuses.withUnsafeMutableBufferPointer { statuses in
                answered.withUnsafeMutableBufferPointer { answered in
                    missing.withUnsafeMutableBufferPointer { missing in
                        flags.withUnsafeMutableBufferPointer { flags in
                            matrix.codes.withUnsafeBufferPointer { codes in
                                matrix.covariates.withUnsafeBufferPointer { covariates in
                                    guard let output = Self.output(sums, statuses, answered, missing, flags, rows: rows, scaleCount: definition.scales.count)
                                    else { return }
                                    let shared = UncheckedSendable(value: (output, codes, covariates))
                                    forEachRowChunk(rowCount: rowCount, threads: threads) { chunk in
                                        let (output, codes, covariates) = shared.value
                                        let matrixRows = (chunk.lowerBound + rows.lowerBound)..<(chunk.upperBound + rows.lowerBound)
                                        kernel.score(codes: codes, covariates: covariates, rows: matrixRows, into: output)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Padding cells of the last tile may hold a recycled table's statuses; the invalid-
        // code check scans every status, so give them the initial one.
        for row in rowCount..<(cells / Swift.max(1, definition.scales.count)) {
            for scale in 0..<definition.scales.count { statuses[layout.index(scale: scale, row: row)] = ScoreStatus.insufficient.code }
        }
        return ScoreTable(
            definition: definition, valueRules: kernel.valueRules, respondents: matrix.respondents, covariates: matrix.covariates, rows: rows,
            sums: sums, itemStatuses: statuses, answered: answered, missing: missing, protocolFlags: flags)
    }

    private static func output(
        _ sums: UnsafeMutableBufferPointer<UInt32>, _ statuses: UnsafeMutableBufferPointer<UInt8>,
        _ answered: UnsafeMutableBufferPointer<UInt16>, _ missing: UnsafeMutableBufferPointer<UInt16>,
        _ flags: UnsafeMutableBufferPointer<UInt64>, rows: Range<Int>, scaleCount: Int
    ) -> ScoringKernel.Output? {
        guard let sums = sums.baseAddress, let statuses = statuses.baseAddress,
            let answered = answered.baseAddress, let missing = missing.baseAddress, let flags = flags.baseAddress
        else { return nil }  // no rows: nothing to score
        return ScoringKernel.Output(
            sums: sums, statuses: statuses, answered: answered, missing: missing, protocolFlags: flags,
            layout: CellLayout(scaleCount: scaleCount), firstRow: rows.lowerBound)
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
