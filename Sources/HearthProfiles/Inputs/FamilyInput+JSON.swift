import Foundation
import HearthCore

extension FamilyInput {
    /// Decodes a family from JSON strictly (``StrictJSONDecoder``): an unknown or misspelled
    /// key anywhere is an error naming it, its JSON path, line and column.
    ///
    /// - Throws: ``ProfilesError/Code/malformedFile`` with the JSON path as `field`.
    public init(json data: Data) throws(ProfilesError) {
        self = try StrictJSONDecoder().decode(FamilyInput.self, from: data, expecting: .family, orThrow: ProfilesError.init)
    }
}
