/// A family's members' scores as the rules read them, read once per family: the parents'
/// ``ParentScores`` and the children's ``ChildScores``, in the family's order of each.
package struct MemberReadings: Sendable {
    /// The parents' scores, in the order of ``FamilyInput/parents``.
    package let parents: [ParentScores]
    /// The children's scores, in the order of ``FamilyInput/children``.
    package let children: [ChildScores]

    /// Reads every member's scores.
    package init(_ family: FamilyInput) {
        parents = family.parents.map(ParentScores.init)
        children = family.children.map(ChildScores.init)
    }
}
