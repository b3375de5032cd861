import Foundation

/// A language user-facing text is rendered in. JSON keys, identifiers and data values (levels,
/// statuses, bands as JSON values) stay English in every language; sentences and labels for
/// people follow the language.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    /// English.
    case english = "en"
    /// Dutch, in the field's own terms (meldcode, Veilig Thuis).
    case dutch = "nl"
}

extension Language {
    /// A date's calendar day (UTC) as the language writes it: `2026-10-12` in English (the
    /// form inputs give dates in), `12-10-2026` in Dutch.
    public func day(_ date: Date) -> String {
        let parts = Calendar.gregorianUTC.dateComponents([.year, .month, .day], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let (year, month, day) = ("\(parts.year ?? 0)", two(parts.month), two(parts.day))
        switch self {
        case .english: return "\(year)-\(month)-\(day)"
        case .dutch: return "\(day)-\(month)-\(year)"
        }
    }

    /// A number already written with a decimal point, as the language writes it (a decimal
    /// comma in Dutch: 58,51).
    public func decimal(_ text: String) -> String {
        switch self {
        case .english: text
        case .dutch: text.replacingOccurrences(of: ".", with: ",")
        }
    }
}
