import Foundation

/// A table in the layout of one of the source report's tables, built from any scored
/// cohort and rendered as CSV, Markdown or JSON.
///
/// Cells keep the number behind the text (`value`), so JSON consumers never parse
/// formatted strings; `text` is what CSV and Markdown show.
public struct ReportTable: Hashable, Sendable, Codable {
    /// One cell.
    public struct Cell: Hashable, Sendable, Codable {
        /// The number shown, if the cell is numeric.
        public var value: Double?
        /// The text shown (a formatted number with its marks, a label, or empty).
        public var text: String
        /// Why a statistic that belongs in this cell could not be computed (the cell then
        /// shows ``notComputed``); `nil` for a cell with a value or an empty-by-design cell.
        public var unavailable: String?

        /// What a cell shows when its statistic could not be computed.
        public static let notComputed = "n/a"

        /// A text cell.
        public init(text: String) {
            value = nil
            self.text = text
        }

        /// A statistic, or ``notComputed`` with `reason` when it is missing.
        public init(_ value: Double?, decimals: Int, suffix: String = "", unavailable reason: @autoclosure () -> String) {
            if value == nil {
                self.init(unavailable: reason())
            } else {
                self.init(value, decimals: decimals, suffix: suffix)
            }
        }

        /// A cell whose statistic could not be computed, with the reason.
        public init(unavailable reason: String) {
            value = nil
            text = Self.notComputed
            unavailable = reason
        }

        /// A numeric cell shown with `decimals` decimals and an optional suffix (`%`, `*`).
        public init(_ value: Double?, decimals: Int, suffix: String = "") {
            self.value = value
            text = value.map { ReportTable.format($0, decimals: decimals) + suffix } ?? ""
        }

        /// A p-value: three decimals, `<.001` below 0.001 (APA style), with a suffix mark.
        public init(pValue: Double?, suffix: String = "") {
            value = pValue
            guard let pValue else {
                text = ""
                return
            }
            let shown = pValue < 0.001 ? "<.001" : String(ReportTable.format(pValue, decimals: 3).drop { $0 == "0" })
            text = shown + suffix
        }
    }

    /// One row: a label and a cell per column after the label column.
    public struct Row: Hashable, Sendable, Codable {
        /// The row label.
        public var label: String
        /// The cells.
        public var cells: [Cell]
        /// Whether the row heads a section (no cells).
        public var isSection: Bool

        /// A data row.
        public init(_ label: String, _ cells: [Cell]) {
            self.label = label
            self.cells = cells
            isSection = false
        }

        /// A section heading.
        public init(section label: String) {
            self.label = label
            cells = []
            isSection = true
        }
    }

    /// The report table this one reproduces (`4.1`).
    public var id: String
    /// The title.
    public var title: String
    /// Where the layout comes from (table and lines of the source report).
    public var layoutSource: String
    /// The column headers, the first for the label column.
    public var columns: [String]
    /// The rows.
    public var rows: [Row]
    /// Notes: significance marks, methods, what is unavailable and why.
    public var notes: [String]

    /// Creates a table.
    public init(id: String, title: String, layoutSource: String, columns: [String], rows: [Row], notes: [String]) {
        self.id = id
        self.title = title
        self.layoutSource = layoutSource
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// Formats a number with fixed decimals, never `-0`.
    static func format(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(max(0, decimals))f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }
}
