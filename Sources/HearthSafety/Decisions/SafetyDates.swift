import Foundation
import HearthCore

/// Calendar days as results show them.
enum SafetyDates {
    /// A date as its UTC day, `YYYY-MM-DD` (the form inputs give dates in).
    static func day(_ date: Date) -> String { Language.english.day(date) }
}
