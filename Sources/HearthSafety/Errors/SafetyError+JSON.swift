import HearthCore

extension SafetyError {
    /// A JSON decoding error as a safety error: `malformedInput`, the JSON path as `field`,
    /// the line and column in the message.
    package init(_ error: CoreError) {
        self.init(.malformedInput, field: error.field, message: error.positionedMessage)
    }
}
