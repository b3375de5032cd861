import HearthCore

extension ProfilesError {
    /// A JSON decoding error as a profiles error: `malformedFile`, the JSON path as `field`,
    /// the line and column in the message.
    package init(_ error: CoreError) {
        self.init(.malformedFile, field: error.field, message: error.positionedMessage)
    }
}
