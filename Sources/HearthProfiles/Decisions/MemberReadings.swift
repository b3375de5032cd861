/// A family's members' scores as the rules read them, read once per family: the parents'
/// ``ParentScores`` and the children's ``ChildScores``, in the family's order of each.
package struct MemberReadings: Sendable {
    /// The parents' scores, in the order of ``FamilyInput/parents``.
    package let parents: [ParentScores]
    /// The children's scores, in the order of ``FamilyInput/children``.
    package let children: [ChildScores]
    /// The parents themselves, in the order of ``FamilyInput/parents`` (which filters the
    /// members on every call).
    package let parentMembers: [FamilyMember]
    /// The children themselves, in the order of ``FamilyInput/children``.
    package let childMembers: [FamilyMember]

    /// Reads every member's scores.
    package init(_ family: FamilyInput) {
        parentMembers = family.parents
        childMembers = family.children
        parents = parentMembers.map(ParentScores.init)
        children = childMembers.map(ChildScores.init)
    }
}
