import Foundation
import HearthCore
import Testing

@testable import HearthProfiles
import HearthSynthetic

/// Two parents, each reporting on the CTS2: `reporter` (P1, female) answers for herself and
/// her partner; P2 (male) answers too. `p1Severe` is P1's own severe violence as both
/// report it, `p2Severe` P2's.
private func couple(
    p1Severe: Double?, p2Severe: Double?, controlling: [String] = [], configure: (inout Circumstances) -> Void = { _ in }
) -> FamilyInput {
    var circumstances = Circumstances()
    configure(&circumstances)
    return FamilyInput(
        family: "F", circumstances: circumstances,
        members: [
            FamilyMember(id: "P1", role: .parent, sex: .female, age: 34, scores: cts2Scores(selfSevere: p1Severe, partnerSevere: p2Severe)),
            FamilyMember(id: "P2", role: .parent, sex: .male, age: 36, scores: cts2Scores(selfSevere: p2Severe, partnerSevere: p1Severe)),
        ],
        controllingMembers: controlling)
}

@Suite("Who controls whom, the primary aggressor")
struct ControlReadingTests {
    let classifier: ProfileClassifier
    init() throws { classifier = try ProfileClassifier() }

    @Test func oneSidedControlNamesBothPartnersAndKeepsTheProfileWhenTheVictimResists() throws {
        // P2 controls P1; both used severe violence in the past year: P1's may be resistance.
        let result = try classifier.classify(couple(p1Severe: 1, p2Severe: 1, controlling: ["P2"]))
        #expect(membership(result, "intimateTerror") == .member)
        #expect(result.control.pattern == .oneSided && result.control.controlling == ["P2"] && result.control.controlled == ["P1"])
        #expect(result.control.text == [
            "P2 exercises coercive control over P1",
            "severe violence by P2 (controlling) in the past year: yes",
            "severe violence by P1 against P2: yes; it may be violent resistance and does not take the family out of intimate terror",
        ])
        // The indicator's evidence is the same reading, person by person.
        let evidence = try #require(result.memberships[0].indicators.first { $0.indicator == "coerciveControl" })
        #expect(evidence.status == .met && evidence.evidence.hasPrefix("P2 exercises coercive control over P1; severe violence by P2"))
        #expect(result.primaryAggressor.determination == .determined && result.primaryAggressor.member == "P2")
        #expect(result.primaryAggressor.reason == "P2: the one partner established as exercising coercive control")
        #expect(result.primaryAggressor.citations.map(\.source) == ["johnson2008", "stark2007", Bibliography.hearthsChoice])
        // Without violence by the controlled partner, no resistance line.
        let quiet = try classifier.classify(couple(p1Severe: 0, p2Severe: 1, controlling: ["P2"]))
        #expect(quiet.control.text.count == 2)
    }

    @Test func namingAControllingMemberIsCoerciveControl() throws {
        // Coercive control unknown, but a controlling member is named: the fact reads yes.
        let named = try classifier.classify(couple(p1Severe: 0, p2Severe: 0, controlling: ["P1"]))
        #expect(membership(named, "intimateTerror") == .member)
        #expect(named.memberships[0].indicators[0].status == .met)
        // The input is not changed.
        #expect(couple(p1Severe: 0, p2Severe: 0, controlling: ["P1"]).circumstances.coerciveControl == .unknown)
    }

    @Test func mutualControlIsItsOwnReadingAndNamesNoAggressor() throws {
        let result = try classifier.classify(couple(p1Severe: 1, p2Severe: 1, controlling: ["P1", "P2"]))
        #expect(membership(result, "intimateTerror") == .member)  // no level can drop: the profile stays
        #expect(result.control.pattern == .mutual && result.control.controlled.isEmpty)
        #expect(result.control.text == [
            "both partners (P1, P2) are named as controlling: mutual violent control is rare; check who fears whom and whether one partner is resisting"
        ])
        #expect(result.primaryAggressor.determination == .undetermined && result.primaryAggressor.member == nil)
        #expect(result.primaryAggressor.reason == "undetermined: both partners are named as controlling")
    }

    @Test func controlWithoutAControllingMemberStaysTheProfile() throws {
        let result = try classifier.classify(couple(p1Severe: 0, p2Severe: 1) { $0.coerciveControl = .yes })
        #expect(membership(result, "intimateTerror") == .member)
        #expect(result.control.pattern == .controllingMemberUnknown)
        #expect(result.control.text == ["coercive control, but who controls whom is not established: establish it (intimate terror applies meanwhile)"])
        #expect(result.primaryAggressor.determination == .undetermined)
        #expect(try classifier.classify(couple(p1Severe: 0, p2Severe: 0) { $0.coerciveControl = .no }).control.pattern == .none)
        #expect(try classifier.classify(couple(p1Severe: 0, p2Severe: 0)).control.pattern == .unknown)
    }

    /// CTS2 symmetry never decides who the aggressor is: one-sided severe violence by P2
    /// (by both accounts) without an established controlling member names no one.
    @Test func whoHitWhomAloneNamesNoAggressor() throws {
        for (p1, p2) in [(0.0, 1.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)] {
            let result = try classifier.classify(couple(p1Severe: p1, p2Severe: p2) { $0.coerciveControl = .yes })
            #expect(result.primaryAggressor.determination == .undetermined && result.primaryAggressor.member == nil)
            #expect(result.primaryAggressor.reason.contains("never decided from who hit whom"))
        }
    }

    @Test func aControllingPartnerOutsideTheFamilyInput() throws {
        let single = FamilyInput(
            family: "F", members: [FamilyMember(id: "P1", role: .parent, sex: .male, scores: cts2Scores(selfSevere: 1))], controllingMembers: ["P1"])
        let result = try classifier.classify(single)
        #expect(result.control.text == ["P1 exercises coercive control over a partner who is not among the family's members"])
    }

    @Test func controllingMembersAreCheckedWithTheirField() {
        func error(_ family: FamilyInput) -> ProfilesError? { caught { () throws(ProfilesError) in _ = try classifier.classify(family) } }
        var child = couple(p1Severe: 0, p2Severe: 0, controlling: ["C1"])
        child.members.append(FamilyMember(id: "C1", role: .child, age: 9))
        #expect(error(child)?.field == "controllingMembers[0]")
        #expect(error(child)?.message == "a controlling or controlled member must name a parent of the family")
        #expect(error(couple(p1Severe: 0, p2Severe: 0, controlling: ["P3"]))?.field == "controllingMembers[0]")
        #expect(error(couple(p1Severe: 0, p2Severe: 0, controlling: ["P1", "P1"]))?.field == "controllingMembers[1]")
        let contradiction = error(couple(p1Severe: 0, p2Severe: 0, controlling: ["P1"]) { $0.coerciveControl = .no })
        #expect(contradiction?.code == .invalidFamily && contradiction?.field == "controllingMembers")
        #expect(contradiction?.message.contains("coerciveControl is no") == true)
        // A member in both lists, and a controlled member beside no.
        #expect(error(FamilyInput(family: "F", members: couple(p1Severe: 0, p2Severe: 0).members, controllingMembers: ["P1"], controlledMembers: ["P1"]))?.field == "controlledMembers[0]")
        var denied = couple(p1Severe: 0, p2Severe: 0) { $0.coerciveControl = .no }
        denied.controlledMembers = ["P1"]
        #expect(error(denied)?.field == "controlledMembers")
    }

    /// A single mother controlled by a partner who is not in the family input: she is named as
    /// controlled, never as the aggressor (a practitioner's case).
    @Test func aControlledMemberWhoseControllerIsNotAMember() throws {
        let mother = FamilyInput(
            family: "F", members: [FamilyMember(id: "P1", role: .parent, sex: .female, scores: cts2Scores(selfSevere: 1, partnerSevere: 1))], controlledMembers: ["P1"])
        let result = try classifier.classify(mother)
        #expect(membership(result, "intimateTerror") == .member)
        #expect(result.control.pattern == .controllingPartnerNotNamed && result.control.controlled == ["P1"])
        #expect(result.primaryAggressor.determination == .undetermined && result.primaryAggressor.member == nil)
        #expect(result.primaryAggressor.reason == "undetermined among the members: the controlling partner is not one of them; never P1, established as controlled")
        #expect(result.approaches[0].noteText?.hasPrefix("protection and a safety plan for P1") == true)
    }

    /// Among three parents the controlled one is never assumed.
    @Test func threeParentsNeedTheControlledMemberNamed() throws {
        var family = couple(p1Severe: 0, p2Severe: 1, controlling: ["P2"])
        family.members.append(FamilyMember(id: "P3", role: .parent, sex: .female))
        #expect(try classifier.classify(family).control.text[0] == "P2 exercises coercive control; over which partner is not established (name the controlled member)")
        family.controlledMembers = ["P1"]
        #expect(try classifier.classify(family).control.text[0] == "P2 exercises coercive control over P1")
    }

    /// The intimate-terror approach says whom the limits are for and what the controlled
    /// partner needs; while who controls whom is open or both are named, no joint sessions.
    @Test func theApproachFollowsWhoControlsWhom() throws {
        let oneSided = try classifier.classify(couple(p1Severe: 1, p2Severe: 1, controlling: ["P2"]))
        #expect(oneSided.approaches[0].noteText == "the limits are for P2; protection and a safety plan for P1, whose violence, if any, may be resistance: never a perpetrator referral for it")
        let mutual = try classifier.classify(couple(p1Severe: 1, p2Severe: 1, controlling: ["P1", "P2"]))
        #expect(mutual.approaches[0].noteText?.contains("until then no joint sessions") == true)
        let open = try classifier.classify(couple(p1Severe: 0, p2Severe: 1) { $0.coerciveControl = .yes })
        #expect(open.approaches[0].text.hasSuffix("who controls whom is not established: establish it; until then no joint sessions, and with neither partner an approach that shows understanding for the violence"))
        // Complex conflict divorce beside intimate terror: no mediation.
        let divorce = try classifier.classify(couple(p1Severe: 0, p2Severe: 1, controlling: ["P2"]) { $0.separated = .yes; $0.contactArrangementDisputed = .yes })
        #expect(divorce.approaches.first { $0.profile == "complexConflictDivorce" }?.limit?.hasPrefix("no mediation or joint parenting talks") == true)
        // A limit set by intimate terror says whom "the controlling partner" means, or that nobody is established.
        #expect(divorce.approaches.first { $0.profile == "complexConflictDivorce" }?.noteText == "the controlling partner here: P2")
        let openDivorce = try classifier.classify(couple(p1Severe: 0, p2Severe: 1) { $0.coerciveControl = .yes; $0.separated = .yes; $0.contactArrangementDisputed = .yes })
        #expect(openDivorce.approaches.first { $0.profile == "complexConflictDivorce" }?.noteText?.hasPrefix("who controls whom is not established") == true)
    }

    @Test func controllingMembersReadFromJSON() throws {
        let json = #"{"family": "F", "controllingMembers": ["P2"], "members": [{"id": "P1", "role": "parent"}, {"id": "P2", "role": "parent"}],"#
            + #" "waves": [{"wave": 1, "totalViolenceFrequency": 10, "monthsSinceReport": 0}]}"#
        let family = try FamilyInput(json: Data(json.utf8))
        #expect(family.controllingMembers == ["P2"] && family.waves[0].monthsSinceReport == 0)
        let again = try JSONDecoder().decode(FamilyInput.self, from: JSONEncoder().encode(family))
        #expect(again == family)
        let misspelt = caught { () throws(ProfilesError) in _ = try FamilyInput(json: Data(#"{"family": "F", "controlingMembers": [], "members": []}"#.utf8)) }
        #expect(misspelt?.message.contains("controllingMembers") == true)
    }

    /// The limit the practitioner asked for: with intimate terror, understanding for a
    /// family in stress is never given without "no joint sessions".
    @Test func familyInStressBesideIntimateTerrorRulesOutJointSessions() throws {
        let both = try classifier.classify(couple(p1Severe: 0, p2Severe: 1, controlling: ["P2"]) { $0.debtsOrPoverty = .yes; $0.unemployment = .yes })
        #expect(both.approaches.map(\.profile) == ["intimateTerror", "familyInStress"])
        #expect(both.approaches[1].limit?.contains("no joint sessions of both partners") == true)
    }
}

@Suite("Whole trajectories")
struct WholeTrajectoryTests {
    /// Waves 1–3 at the study's 0, 12 and 18 months.
    private func trajectory(_ values: [Double?], months: [Int?] = [0, 12, 18]) throws(ProfilesError) -> ViolenceTrajectory {
        try ViolenceTrajectory(values.enumerated().map { WaveObservation(wave: $0.offset + 1, totalViolenceFrequency: $0.element, monthsSinceReport: months[$0.offset]) })
    }

    @Test func aMiddlePeakIsNeverUnchanged() throws {
        let peak = try trajectory([10, 300, 12])
        #expect(peak.course == .fluctuated)
        #expect(peak.peak == TrajectoryPoint(wave: 2, frequency: 300))
        #expect(peak.escalations == [2] && peak.relapses.isEmpty)
        #expect(peak.steps.map(\.change) == [.escalated, .decreased])
        #expect(peak.steps.map(\.months) == [12, 6])
        #expect(peak.reasons == [
            "wave 1: 10, wave 3: 12", "from the first to the last wave: 20% (a change counts from ±25%)",
            "violence rose or came back in between: the course was not steady", "peak at wave 2: 300",
            "escalated from wave 1 to wave 2 (12 months): 10 → 300", "fell from wave 2 to wave 3 (6 months): 300 → 12",
        ])
        // Down overall, but the peak and the escalation are still said.
        let down = try trajectory([100, 300, 5])
        #expect(down.course == .decreased && down.escalations == [2])
        #expect(down.reasons.contains("peak at wave 2: 300"))
    }

    @Test func eachStepIsReadWithTheMinimumChange() throws {
        // 0 → 5 began (below the minimum rise), 5 → 0 stopped, 0 → 12 relapsed.
        #expect(try trajectory([0, 5, 0]).steps.map(\.change) == [.began, .stopped])
        #expect(try trajectory([5, 0, 12]).steps.map(\.change) == [.stopped, .relapsed])
        // 100 → 60 decreased (40 ≥ 25 % and ≥ 10), 100 → 90 unchanged, 10 → 11 unchanged, 0 → 40 onset escalation.
        #expect(try trajectory([100, 60]).steps.map(\.change) == [.decreased])
        #expect(try trajectory([100, 90]).steps.map(\.change) == [.unchanged])
        #expect(try trajectory([10, 11]).steps.map(\.change) == [.unchanged])
        #expect(try trajectory([8, 2]).steps.map(\.change) == [.unchanged])  // 6 fewer: below the 10 incidents
        #expect(try trajectory([0, 40]).steps.map(\.change) == [.escalated])
        // A wave without a CTS2 is skipped: the step runs from wave 1 to wave 3, 18 months.
        let skipped = try trajectory([10, nil, 300])
        #expect(skipped.steps.count == 1 && skipped.steps[0].fromWave == 1 && skipped.steps[0].toWave == 3 && skipped.steps[0].months == 18)
        // Months unknown: never assumed.
        let undated = try trajectory([10, 300, 12], months: [nil, nil, nil])
        #expect(undated.steps.map(\.months) == [nil, nil])
        #expect(undated.reasons.contains("escalated from wave 1 to wave 2: 10 → 300"))
    }

    @Test func monthsMustIncreaseWithTheWaves() {
        let backwards = caught { () throws(ProfilesError) in _ = try trajectory([1, 2, 3], months: [0, 12, 6]) }
        #expect(backwards?.code == .invalidWaves && backwards?.field == "waves[2].monthsSinceReport")
        let negative = caught { () throws(ProfilesError) in _ = try trajectory([1, 2], months: [-1, 12]) }
        #expect(negative?.field == "waves[0].monthsSinceReport")
    }

    /// The safety rules and the trajectory read a step the same way: on random waves the
    /// latest escalated step is WaveChanges' escalation, and the relapses agree (seeded, so
    /// that a failure can be replayed).
    @Test func trajectoryAndSafetyReadTheSameSteps() throws {
        var random = SplitMix64(seed: 2013)
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...5, using: &random)
            let waves = (1...count).map { wave in
                WaveObservation(wave: wave, totalViolenceFrequency: Int.random(in: 0..<6, using: &random) == 0 ? nil : [0, 5, 12, 40, 300].randomElement(using: &random))
            }
            let trajectory = try ViolenceTrajectory(waves)
            let changes = WaveChanges(waves)
            #expect(trajectory.relapses == changes.relapses)
            #expect(trajectory.steps.last { $0.change == .escalated }.map { $0.toWave } == changes.escalation?.toWave)
        }
    }
}
