/// The codes an item may take and what each means.
///
/// Codes are the instrument's own (e.g. 1–8 for the study's CTS2, 0–3 for the TSI,
/// 0 = no / 1 = yes for yes/no items). Reverse keying reflects a code within this
/// theoretical range (`minimum + maximum − code`), never within the observed answers.
public struct ResponseScale: Hashable, Sendable, Codable {
    /// One code and its anchor (a generic label such as "never", not an item text).
    public struct Option: Hashable, Sendable, Codable {
        /// The code.
        public var code: UInt8
        /// What the code means.
        public var meaning: String
        /// Creates an option.
        public init(code: UInt8, meaning: String) {
            self.code = code
            self.meaning = meaning
        }
    }

    /// The lowest valid code.
    public var minimum: UInt8
    /// The highest valid code.
    public var maximum: UInt8
    /// The anchors, where known.
    public var options: [Option]

    /// Creates a response scale.
    public init(minimum: UInt8, maximum: UInt8, options: [Option] = []) {
        self.minimum = minimum
        self.maximum = maximum
        self.options = options
    }

    /// The number of valid codes.
    @inlinable public var codeCount: Int { Int(maximum) - Int(minimum) + 1 }

    /// Whether `code` is a valid answer.
    @inlinable public func contains(_ code: UInt8) -> Bool { code >= minimum && code <= maximum }

    /// A yes/no (or true/false) scale: 0 = no, 1 = yes.
    public static let yesNo = ResponseScale(
        minimum: 0, maximum: 1, options: [.init(code: 0, meaning: "no"), .init(code: 1, meaning: "yes")])

    /// A true/false scale: 0 = false, 1 = true.
    public static let trueFalse = ResponseScale(
        minimum: 0, maximum: 1, options: [.init(code: 0, meaning: "false"), .init(code: 1, meaning: "true")])
}
