/// Where a piece of a larger JSON document sits in it: the path to the piece and the line
/// and column of its first character. A reader that streams a large document (the elements
/// of an array, one at a time) decodes each piece with its origin, so that errors name the
/// path, line and column in the whole document, as decoding it whole would.
package struct JSONOrigin: Sendable, Equatable {
    /// One step of the path: an object's key or an array's index.
    package enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    /// The path from the document's root to the piece.
    package var path: [Step]
    /// The piece's first character: its 1-based line, and column counted in characters
    /// (UTF-8 sequences), as errors count them.
    package var line: Int
    package var column: Int

    /// The document itself (the root, at line 1, column 1).
    package static let root = JSONOrigin(path: [], line: 1, column: 1)

    package init(path: [Step], line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The path as coding keys.
    var codingPath: [any CodingKey] {
        path.map { step in
            switch step {
            case .key(let key): JSONKey(stringValue: key)
            case .index(let index): JSONKey(intValue: index)
            }
        }
    }

    /// A place in the piece (line and column counted from the piece's start) as a place
    /// in the whole document.
    func place(_ location: (line: Int, column: Int)) -> (line: Int, column: Int) {
        location.line == 1 ? (line, column + location.column - 1) : (line + location.line - 1, location.column)
    }
}
