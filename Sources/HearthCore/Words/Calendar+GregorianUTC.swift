import Foundation

extension Calendar {
    /// The Gregorian calendar in UTC: the one calendar Hearth reads days and adds months
    /// with (written days, wave dates, monitoring periods, SPSS dates). Made once; a
    /// `Calendar` is a value, so every reader has its own copy and none changes it.
    package static let gregorianUTC: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()
}
