extension CoreError {
    /// The message preceded by the line and column, when known: `line 3, column 7: …`.
    package var positionedMessage: String {
        guard let line else { return message }
        return "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": " + message
    }
}
