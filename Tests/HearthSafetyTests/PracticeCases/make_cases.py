#!/usr/bin/env python3
"""Writes the practice cases (one JSON file per case) from a quiet base family and each
case's edits. The expected results are written by hand, from the rules in docs/safety.md,
never by running Hearth. Run from this folder: python3 make_cases.py"""
import copy, datetime, json, os

AS_OF = datetime.date(2026, 6, 1)
def ago(days): return (AS_OF - datetime.timedelta(days=days)).isoformat()

def cts2(severe_self=0, severe_partner=0, physical=0, psychological=0, ever=0):
    scores = {}
    for actor in ("self", "partner"):
        for kind in ("psychological", "physical"):
            scores[f"cts2.{actor}_{kind}_prevalence"] = physical if kind == "physical" else psychological
            scores[f"cts2.{actor}_{kind}_minor_prevalence"] = physical if kind == "physical" else psychological
            scores[f"cts2.{actor}_{kind}_ever_prevalence"] = ever if kind == "physical" else 0
            scores[f"cts2.{actor}_{kind}_severe_prevalence"] = 0
    scores["cts2.self_physical_severe_prevalence"] = severe_self
    scores["cts2.partner_physical_severe_prevalence"] = severe_partner
    return scores

QUIET_SCORES = {**cts2(), "auditc.self_risk": 0, "auditc.partner_risk": 0, "ace.family_violence": 0, "trauma.clinicalScales": 0}
CIRCUMSTANCES = ["separated", "contactArrangementDisputed", "legalProceedingsOverChildren", "coerciveControl", "sexualViolence", "stalking",
                 "debtsOrPoverty", "unemployment", "housingProblems", "parentPsychiatricProblems", "parentLongTermCareNeed", "substanceUse",
                 "childNeglect", "childBehaviourProblems", "repeatedReports", "victimFear", "parentingStressObserved"]
RISK = ["childhoodViolence", "povertyIncome", "partnerProblemDrinking", "sexualCoercion", "controlAndIsolation", "separationOrHandovers",
        "stalking", "criminalBackground", "priorSevereViolence", "repeatedReports"]
CRITICAL = ["threatToKill", "weapon", "strangulation", "extremeFear", "escalation"]
SIGNS = ["gunAccess", "violentJealousy", "forcedSex", "suicideThreats", "threatsToChildren", "honourBasedViolence", "breachOfOrder",
         "pregnantOrRecentBirth", "violenceDuringPregnancy"]

def quiet():
    return {
        "reportDate": ago(60),
        "historyConfirmedUntil": AS_OF.isoformat(),
        "family": {
            "family": "F",
            "circumstances": {name: "no" for name in CIRCUMSTANCES},
            "members": [
                {"id": "P1", "role": "parent", "sex": "female", "age": 33, "scores": dict(QUIET_SCORES)},
                {"id": "C1", "role": "child", "sex": "male", "age": 6, "scores": {"nosik.total": 40, "trauma.clinicalScales": 0}},
            ],
        },
        "riskFactors": {name: "no" for name in RISK},
        "criticalIndicators": {name: "no" for name in CRITICAL},
        "dangerSigns": {name: "no" for name in SIGNS},
        "childrenInHelp": ["C1"],
    }

def incident(days, kind="physical", severity="minor", present="no", **more):
    return {"date": ago(days), "kind": kind, "severity": severity, "childrenPresent": present, **more}

cases = []
def case(name, story, edit, expect, role=None, judgements=None):
    data = quiet()
    edit(data)
    entry = {"story": story, "asOf": AS_OF.isoformat(), "input": data, "expect": expect}
    if role: entry["role"] = role
    if judgements is not None: entry["judgements"] = judgements
    cases.append((name, entry))

def unknown_everything(d):
    d.pop("historyConfirmedUntil")
    d["family"]["circumstances"] = {}
    d["riskFactors"] = {}
    d["criticalIndicators"] = {}
    d["dangerSigns"] = {}
    d["childrenInHelp"] = []
    d["family"]["members"] = [
        {"id": "P1", "role": "parent", "sex": "female"},
        {"id": "C1", "role": "child", "sex": "female", "age": 1},
        {"id": "C2", "role": "child", "sex": "male", "age": 4},
    ]

case("01-nothing-known-infants",
     "A report comes in about a mother with children aged 1 and 4; nothing else is known yet.",
     unknown_everything,
     {"level": "standard", "possibleLevel": "acute", "assessable": "notAssessable", "fired": [], "within": "within24Hours",
      "responseStarts": "not assessable"})

case("02-nothing-known-veilig-thuis",
     "The same report read by Veilig Thuis: the response says Veilig Thuis investigates.",
     unknown_everything,
     {"level": "standard", "possibleLevel": "acute", "assessable": "notAssessable", "fired": [], "within": "within24Hours",
      "responseContains": "Veilig Thuis investigates"}, role="veiligThuis")

def nothing_known_teenager(d):
    unknown_everything(d)
    d["family"]["members"] = [{"id": "P1", "role": "parent", "sex": "female"}, {"id": "C1", "role": "child", "sex": "male", "age": 15}]
case("03-nothing-known-teenager",
     "Nothing known, one child of 15: not assessable, to be established within the 5 working days of the veiligheidsbeoordeling.",
     nothing_known_teenager,
     {"level": "standard", "possibleLevel": "acute", "assessable": "notAssessable", "fired": [], "within": "within5WorkingDays"})

case("04-quiet-family",
     "Every question answered no, the history confirmed today: the regular procedure.",
     lambda d: None,
     {"level": "standard", "possibleLevel": "standard", "assessable": "complete", "fired": [], "persons": {"P1": "standard", "C1": "standard"}})

def nine_factors(d):
    for name in ["childhoodViolence", "povertyIncome", "partnerProblemDrinking", "sexualCoercion", "controlAndIsolation",
                 "separationOrHandovers", "stalking", "criminalBackground", "priorSevereViolence"]:
        d["riskFactors"][name] = "yes"
case("05-nine-risk-factors",
     "Nine of the report's risk factors, among them separation, control and isolation, sexual coercion and prior severe violence "
     "(while the family's circumstances still say no to coercive control and sexual violence: yes wins, and the disagreement is shown).",
     nine_factors,
     {"level": "high", "possibleLevel": "high", "assessable": "complete",
      "fired": ["pattern.clusterOfThree", "profile.intimateTerror", "pattern.stalking", "factors.count", "factors.countHigh"],
      "disagreements": 5})

def rising_waves(d):
    d["family"]["waves"] = [{"wave": 1, "totalViolenceFrequency": 10}, {"wave": 2, "totalViolenceFrequency": 60}, {"wave": 3, "totalViolenceFrequency": 200}]
case("06-rising-waves",
     "The CTS2 totals rise from 10 at the report to 60 and 200 at the follow-ups.",
     rising_waves, {"level": "high", "assessable": "complete", "fired": ["waves.escalation", "waves.persistent"]})

def relapse(d):
    d["family"]["waves"] = [{"wave": 1, "totalViolenceFrequency": 80}, {"wave": 2, "totalViolenceFrequency": 0}, {"wave": 3, "totalViolenceFrequency": 30}]
    d["previousAssessment"] = ago(10)
case("07-relapse",
     "Violence 80 at the report, none at 12 months, 30 at 18 months: it came back.",
     relapse, {"level": "elevated", "fired": ["waves.relapse", "waves.persistent"], "reassessmentDue": True, "trajectoryCourse": "relapsed",
               "responseStarts": "within 5 working days: report to Veilig Thuis (meldcode: structural unsafety)"})

def small_rise(d):
    d["family"]["waves"] = [{"wave": 1, "totalViolenceFrequency": 10}, {"wave": 2, "totalViolenceFrequency": 11}]
case("08-small-rise-is-not-escalation",
     "CTS2 totals of 10 and then 11: within the minimum rise, not escalation — but violence that goes on.",
     small_rise, {"level": "elevated", "fired": ["waves.persistent"]})

case("09-severe-assault-126-days-ago",
     "A severe assault 126 days ago, no children present: past the 90-day window, still within the year.",
     lambda d: d.update(incidents=[incident(126, severity="severe")]),
     {"level": "elevated", "fired": ["history.severeThisYear"]})

def late_assault(d):
    d["reportDate"] = ago(610)
    d["incidents"] = [incident(7, severity="severe")]
case("10-severe-assault-20-months-after-report",
     "A severe assault 7 days ago, 20 months after the report: high, and monitoring goes on.",
     late_assault, {"level": "high", "fired": ["history.recentSevere", "history.severeThisYear"], "monitoringActive": True})

def neglected_baby(d):
    d["family"]["members"][1]["age"] = 0
    d["family"]["circumstances"].update(childNeglect="yes", parentPsychiatricProblems="yes", substanceUse="yes")
case("11-neglected-baby",
     "A baby is neglected; the mother has psychiatric problems and uses drugs.",
     neglected_baby,
     {"level": "high", "fired": ["child.neglect", "child.youngWithCaregiverProblems", "child.infantWithCaregiverProblems"],
      "persons": {"P1": "standard", "C1": "high"}})

def young_and_older(d):
    d["family"]["members"].append({"id": "C2", "role": "child", "sex": "female", "age": 2})
    d["childrenInHelp"] = ["C1"]
    d["family"]["circumstances"]["substanceUse"] = "yes"
case("12-toddler-with-substance-use",
     "A father with a drug problem, children of 6 and 2: the toddler is at risk, the school child is not by this rule.",
     young_and_older,
     {"level": "elevated", "fired": ["child.youngWithCaregiverProblems"], "persons": {"P1": "standard", "C1": "standard", "C2": "elevated"}})

for name in CRITICAL:
    case(f"13-critical-{name}", f"The victim answers yes to {name}.", lambda d, n=name: d["criticalIndicators"].update({n: "yes"}),
         {"level": "acute", "possibleLevel": "acute", "fired": [f"critical.{name}"], "persons": {"P1": "acute", "C1": "acute"}})

case("14-recent-severe-assault",
     "A severe assault 30 days ago, children not present.",
     lambda d: d.update(incidents=[incident(30, severity="severe")]),
     {"level": "high", "fired": ["history.recentSevere", "history.severeThisYear"]})

case("15-three-incidents-in-a-year",
     "Three minor incidents in the past year: MARAC's potential escalation.",
     lambda d: d.update(incidents=[incident(300, kind="psychological"), incident(200), incident(100, kind="psychological")]),
     {"level": "high", "fired": ["history.frequency"]})

case("16-minor-then-severe",
     "A minor incident 200 days ago, then a severe one 100 days ago.",
     lambda d: d.update(incidents=[incident(200), incident(100, severity="severe")]),
     {"level": "high", "fired": ["history.severityEscalation", "history.severeThisYear"]})

def cts2_severe(d):
    d["family"]["members"][0]["scores"].update(cts2(severe_partner=1, physical=1, ever=1))
case("17-cts2-severe-violence",
     "The mother's CTS2 shows severe physical violence by her partner in the past year.",
     cts2_severe, {"level": "high", "fired": ["cts2.severePhysical"], "firedIncludes": True})

def cluster(d):
    d["family"]["circumstances"].update(separated="yes", coerciveControl="yes")
    d["incidents"] = [incident(400, severity="minor")]
case("18-cluster-of-three",
     "Separated, a controlling ex-partner, and physical violence logged more than a year ago.",
     cluster, {"level": "high", "fired": ["pattern.clusterOfThree"], "firedIncludes": True})

def intimate_terror(d):
    d["family"]["circumstances"].update(coerciveControl="yes", sexualViolence="yes")
case("19-intimate-terror",
     "Coercive control and sexual violence: the intimate-terror profile.",
     intimate_terror, {"level": "high", "fired": ["profile.intimateTerror"], "firedIncludes": True})

case("20-stalking",
     "The ex-partner follows her to work every day.",
     lambda d: d["family"]["circumstances"].update(stalking="yes"),
     {"level": "high", "fired": ["pattern.stalking"], "firedIncludes": True})

def three_factors(d):
    d["riskFactors"].update(childhoodViolence="yes", povertyIncome="yes", criminalBackground="yes")
case("21-three-risk-factors",
     "Childhood violence, poverty and a criminal record: three risk factors.",
     three_factors, {"level": "elevated", "fired": ["factors.count"]})

def child_abuse(d):
    d["family"]["members"].append({"id": "C2", "role": "child", "sex": "female", "age": 9})
    d["incidents"] = [incident(40, kind="childAbuse", against=["C2"], present="no")]
case("22-child-abuse",
     "The father hit the 9-year-old 40 days ago; her brother was not there.",
     child_abuse, {"level": "high", "fired": ["child.abuse"], "persons": {"P1": "standard", "C1": "standard", "C2": "high"}})

case("23-children-present-at-severe",
     "The children saw a severe assault 200 days ago.",
     lambda d: d.update(incidents=[incident(200, severity="severe", present="yes")]),
     {"level": "high", "fired": ["history.severeThisYear", "child.presentAtSevere"], "persons": {"P1": "elevated", "C1": "high"}})

case("24-children-present-twice",
     "The child was present at two minor incidents in the past months.",
     lambda d: d.update(incidents=[incident(150, kind="psychological", present="yes"), incident(60, present="yes")]),
     {"level": "elevated", "fired": ["child.repeatedlyPresent"], "persons": {"P1": "standard", "C1": "elevated"}})

case("25-history-confirmed-a-month-ago",
     "Everything else quiet, but the history was last checked a month ago.",
     lambda d: d.update(historyConfirmedUntil=ago(30)),
     {"level": "standard", "possibleLevel": "high", "assessable": "complete", "fired": [], "missingContains": "confirmed only up to"})

def partly_unknown(d):
    d["criticalIndicators"] = {"threatToKill": "no", "weapon": "no"}
case("26-critical-partly-unknown",
     "Threat to kill and weapon asked and denied; strangulation, fear and escalation not yet asked.",
     partly_unknown,
     {"level": "standard", "possibleLevel": "acute", "assessable": "provisional", "fired": [], "within": "within5WorkingDays",
      "establish": ["criticalIndicators.strangulation", "criticalIndicators.extremeFear", "criticalIndicators.escalation"]})

def provisional_high(d):
    partly_unknown(d)
    d["incidents"] = [incident(20, severity="severe")]
case("27-provisional-high",
     "A severe assault 20 days ago, and strangulation, fear and escalation not yet asked: establish them within 24 hours.",
     provisional_high,
     {"level": "high", "possibleLevel": "acute", "assessable": "provisional", "within": "within24Hours",
      "fired": ["history.recentSevere", "history.severeThisYear"]})

def quiet_long_ago(d):
    d["reportDate"] = ago(730)
    d["previousAssessment"] = ago(10)
case("28-quiet-two-years-on",
     "Two years after the report, nothing happened since and everything is answered no: monitoring may end.",
     quiet_long_ago, {"level": "standard", "fired": [], "monitoringActive": False})

def prior_severe_logged(d):
    d["riskFactors"].pop("priorSevereViolence")
    d["family"]["members"][0]["scores"].pop("cts2.self_physical_ever_prevalence")
    d["family"]["members"][0]["scores"].pop("cts2.partner_physical_ever_prevalence")
    d["riskFactors"].update(childhoodViolence="yes", povertyIncome="yes")
    d["incidents"] = [incident(700, severity="severe")]
case("29-old-severe-assault-counts",
     "A severe assault logged two years ago makes prior severe violence known: with two other factors, three.",
     prior_severe_logged, {"level": "elevated", "fired": ["factors.count"]})

def raised(d): d["criticalIndicators"]["weapon"] = "no"
case("30-judgement-raises",
     "Everything quiet, but the social worker heard of a gun at home and raises the level.",
     lambda d: None, {"level": "standard", "levelInForce": "acute"},
     judgements=[{"assessor": "PROF-1", "at": AS_OF.isoformat(), "level": "acute", "reason": "neighbour reports a gun in the house"}])

def with_stalking(d): d["family"]["circumstances"]["stalking"] = "yes"
case("31-judgement-lowers-with-review",
     "Stalking ended with a restraining order; a colleague reviewed the lowering.",
     with_stalking, {"level": "high", "levelInForce": "elevated"},
     judgements=[{"assessor": "PROF-1", "at": AS_OF.isoformat(), "level": "elevated", "reason": "restraining order kept for three months",
                  "secondReviewer": "PROF-2"}])

case("32-judgement-own-reviewer",
     "The assessor names herself, spelled differently, as second reviewer: refused.",
     with_stalking, {"level": "high", "judgementRefused": "secondReviewer", "judgementMessageContains": "different professional"},
     judgements=[{"assessor": " prof-1 ", "at": AS_OF.isoformat(), "level": "standard", "reason": "calm now", "secondReviewer": "PROF-1"}])

case("33-judgement-without-review",
     "A lowering without a second reviewer: refused.",
     with_stalking, {"level": "high", "judgementRefused": "secondReviewer"},
     judgements=[{"assessor": "PROF-1", "at": AS_OF.isoformat(), "level": "standard", "reason": "calm now"}])

case("34-judgement-backdated",
     "A judgement dated before the previous one (at 08:00 after one at 12:00 the same day): refused.",
     with_stalking, {"level": "high", "judgementRefused": "at", "judgementMessageContains": "previous judgement"},
     judgements=[{"assessor": "PROF-1", "at": AS_OF.isoformat() + "T12:00:00Z", "level": "acute", "reason": "threats by phone"},
                 {"assessor": "PROF-2", "at": AS_OF.isoformat() + "T08:00:00Z", "level": "acute", "reason": "same"}])

case("35-raise-and-reviewed-lowering",
     "One professional raises to acute, another lowers to elevated with review: the higher stands.",
     with_stalking, {"level": "high", "levelInForce": "acute"},
     judgements=[{"assessor": "PROF-1", "at": AS_OF.isoformat(), "level": "acute", "reason": "threats by phone"},
                 {"assessor": "PROF-2", "at": AS_OF.isoformat(), "level": "elevated", "reason": "order holds", "secondReviewer": "PROF-3"}])

def unknown_presence(d):
    d["incidents"] = [incident(200, severity="severe", present="unknown")]
case("36-unknown-whether-children-saw-it",
     "A severe assault 200 days ago; nobody asked whether the children were there.",
     unknown_presence, {"level": "elevated", "possibleLevel": "high", "fired": ["history.severeThisYear"],
                        "missingContains": "whether children were present"})

def neglect_unknown_child(d):
    d["family"]["circumstances"]["childNeglect"] = "unknown"
case("37-neglect-not-asked",
     "Everything answered except whether the child is neglected.",
     neglect_unknown_child, {"level": "standard", "possibleLevel": "elevated", "assessable": "provisional",
                             "establish": ["family.circumstances.childNeglect"]})

def no_children_severe(d):
    d["family"]["members"] = d["family"]["members"][:1]
    d["childrenInHelp"] = []
    d["incidents"] = [incident(126, severity="severe")]
case("38-no-children-severe-126-days",
     "A couple without children, a severe assault 126 days ago.",
     no_children_severe, {"level": "elevated", "fired": ["history.severeThisYear"], "persons": {"P1": "elevated"}})

def sexual_coercion_cluster(d):
    d["riskFactors"].update(separationOrHandovers="yes", controlAndIsolation="yes", sexualCoercion="yes")
case("39-cluster-from-risk-factors",
     "Separation, control and isolation, and sexual coercion, each entered as a risk factor: the cluster of three, and with coercive "
     "control and sexual violence the intimate-terror profile.",
     sexual_coercion_cluster, {"level": "high", "fired": ["pattern.clusterOfThree", "profile.intimateTerror", "factors.count"], "disagreements": 3})

def format_two(d):
    d["format"] = "hearth-safety-input@2"
    for name in ["controlAndIsolation", "sexualCoercion", "stalking", "separationOrHandovers", "povertyIncome", "repeatedReports"]:
        d["riskFactors"].pop(name)
    d["family"]["circumstances"].update(coerciveControl="yes", separated="yes")
    d["incidents"] = [incident(400)]
case("44-format-2-one-answer-per-fact",
     "A version 2 input gives coercive control and separation once, as circumstances; with an old physical incident, the cluster of three.",
     format_two, {"level": "high", "fired": ["pattern.clusterOfThree", "profile.intimateTerror"], "disagreements": 0})

def knife_threat(d):
    d["incidents"] = [incident(10, kind="threat", severity="severe")]
    d["criticalIndicators"]["weapon"] = "yes"
case("40-threat-incident-recent",
     "A severe threat with a knife 10 days ago (the weapon recorded as a critical indicator).",
     knife_threat,
     {"level": "acute", "fired": ["critical.weapon", "history.recentSevere", "history.severeThisYear"], "responseContains": "report to Veilig Thuis"})

def separation_event(d):
    d["previousAssessment"] = ago(20)
    d["events"] = [{"date": ago(5), "kind": "separation"}]
case("41-separation-last-week",
     "Nothing else changed, but the parents separated five days ago: reassess now.",
     separation_event, {"level": "standard", "fired": [], "reassessmentDue": True, "disagreements": 2})

def infant_drinking(d):
    d["family"]["members"][1]["age"] = 0
    d["family"]["members"][0]["scores"]["auditc.self_risk"] = 1
case("42-baby-with-drinking-parent",
     "A baby of a few months; the mother's AUDIT-C shows problem drinking.",
     infant_drinking,
     {"level": "high", "fired": ["child.youngWithCaregiverProblems", "child.infantWithCaregiverProblems"], "persons": {"P1": "standard", "C1": "high"}})

def persistent_waves(d):
    d["family"]["waves"] = [{"wave": 1, "totalViolenceFrequency": 40}, {"wave": 2, "totalViolenceFrequency": 35}, {"wave": 3, "totalViolenceFrequency": 30}]
case("43-violence-goes-on",
     "Violence at every measurement, slowly falling (40, 35, 30): not escalation, but it goes on (structural unsafety), so never less than specialised help.",
     persistent_waves, {"level": "elevated", "fired": ["waves.persistent"], "careLevel": "specialisedHelp"})

SIGN_STORIES = {
    "gunAccess": ("high", "Her partner keeps a hunting rifle at home."),
    "violentJealousy": ("elevated", "He checks her phone every evening and accuses her of affairs."),
    "forcedSex": ("high", "She says he forces her to have sex."),
    "suicideThreats": ("high", "He said he would kill himself if she left."),
    "honourBasedViolence": ("high", "Her brothers threaten her over the relationship, for the family's honour."),
    "breachOfOrder": ("high", "He came to the house twice during the ten-day house ban."),
    "violenceDuringPregnancy": ("high", "He hit her while she was pregnant with their youngest."),
}
for sign, (level, story) in SIGN_STORIES.items():
    case(f"45-sign-{sign}", story, lambda d, n=sign: d["dangerSigns"].update({n: "yes"}), {"level": level, "fired": [f"danger.{sign}"], "firedIncludes": True})

case("46-threats-to-the-children",
     "He threatened to hurt the children if she goes to the police.",
     lambda d: d["dangerSigns"].update(threatsToChildren="yes"),
     {"level": "acute", "fired": ["danger.threatsToChildren"], "persons": {"P1": "standard", "C1": "acute"}})

def pregnant_violence(d):
    d["dangerSigns"]["pregnantOrRecentBirth"] = "yes"
    d["incidents"] = [incident(400)]
case("47-pregnant-and-violence",
     "She is five months pregnant; there was a physical incident last year.",
     pregnant_violence, {"level": "high", "fired": ["danger.pregnancyWithViolence"]})

def pregnant_unknown(d):
    d["dangerSigns"]["pregnantOrRecentBirth"] = "yes"
    d["family"]["members"][0]["scores"] = {k: v for k, v in d["family"]["members"][0]["scores"].items() if not k.startswith("cts2.")}
    d["family"]["circumstances"]["sexualViolence"] = "unknown"
    d.pop("historyConfirmedUntil")
case("48-pregnant-violence-not-asked",
     "She is pregnant; whether there is violence has not been asked yet.",
     pregnant_unknown, {"level": "standard", "possibleLevel": "high", "assessable": "provisional", "within": "within24Hours",
                        "missingContains": "whether there is physical or sexual violence is unknown"})

def sibling_present(d):
    d["family"]["members"].append({"id": "C2", "role": "child", "sex": "female", "age": 9})
    d["incidents"] = [incident(40, kind="childAbuse", against=["C2"], present="yes")]
case("49-sibling-saw-the-abuse",
     "The father hit the 9-year-old 40 days ago while her brother watched: both children are exposed.",
     sibling_present, {"level": "high", "fired": ["child.abuse"], "firedIncludes": True, "persons": {"P1": "standard", "C1": "high", "C2": "high"}})

def pregnant_nothing_known(d):
    nothing_known_teenager(d)
    d["dangerSigns"] = {"pregnantOrRecentBirth": "yes"}
case("50-nothing-known-pregnant",
     "Nothing known except that she is pregnant; her only child is 15: establish within 24 hours.",
     pregnant_nothing_known, {"level": "standard", "assessable": "notAssessable", "within": "within24Hours"})

def named_assault(d):
    d["family"]["members"].append({"id": "P2", "role": "parent", "sex": "male", "age": 36, "scores": dict(QUIET_SCORES)})
    d["incidents"] = [incident(12, severity="severe", by="P2", against=["P1"], present="yes")]
case("51-who-did-what",
     "The father (P2) severely assaulted the mother (P1) 12 days ago while the child watched; the reasons name them.",
     named_assault, {"level": "high", "fired": ["history.recentSevere", "history.severeThisYear", "child.presentAtSevere"],
                     "reasonContains": "by P2 against P1"})

def two_parents_cts2(d):
    d["family"]["members"][0]["scores"].update(cts2(severe_partner=1, physical=1, ever=1))
    d["family"]["members"].append({"id": "P2", "role": "parent", "sex": "male", "age": 36, "scores": dict(QUIET_SCORES)})
case("52-cts2-names-the-partner",
     "The mother's CTS2 shows severe physical violence by her partner, the father P2, who reports none himself.",
     two_parents_cts2, {"level": "high", "fired": ["cts2.severePhysical"], "firedIncludes": True, "reasonContains": "P1's CTS2: severe physical violence by P2 against P1"})

def insecure_children(d):
    d["family"]["members"][1]["scores"]["simspr.oer"] = 18
    d["family"]["members"].append({"id": "C2", "role": "child", "sex": "female", "age": 12, "scores": {"sis.cfr": 8, "sis.oer": 9}})
case("53-emotionally-insecure-children",
     "A 6-year-old reacts strongly to the parents' conflicts (SIMS-PR 18, the reference band ends at 14.9); her sister of 12 sees "
     "little that is constructive in the family (SIS 8, below 10.27): both need attention of their own.",
     insecure_children, {"level": "standard", "insecure": ["C1", "C2"]})

def control_both_violent(d):
    d["family"]["circumstances"].update(coerciveControl="yes", victimFear="yes")
    d["family"]["members"][0]["scores"].update(cts2(severe_self=1, severe_partner=1, physical=1, ever=1))
case("54-control-and-violent-resistance",
     "He controls her every move and she is afraid; both used severe violence (she fought back): intimate terror all the same.",
     control_both_violent, {"level": "high", "fired": ["profile.intimateTerror", "cts2.severePhysical"], "firedIncludes": True,
                            "approachesStart": "Intimate terror: Set clear limits",
                            "reasonContains": "severe physical violence by both partners (one may be resisting"})

def terror_and_stress(d):
    d["family"]["circumstances"].update(coerciveControl="yes", debtsOrPoverty="yes", unemployment="yes")
    d["family"]["members"][0]["scores"].update(cts2(physical=1))
case("55-approaches-do-not-contradict",
     "Coercive control in a family with debts and unemployment: clear limits lead, and understanding is given only with its limit.",
     terror_and_stress, {"level": "high", "approachesStart": "Intimate terror: Set clear limits", "chronic": "unknown",
                         "violenceSeverity": "minorPhysicalWithControl",
                         "approachContains": "Family in stress: Respond with understanding, to restore calm and room to act differently. — not with the controlling partner"})

def two_parents(d, p1_scores, p2_scores):
    d["family"]["members"][0]["scores"].update(p1_scores)
    d["family"]["members"].insert(1, {"id": "P2", "role": "parent", "sex": "male", "age": 36, "scores": {**QUIET_SCORES, **p2_scores}})

def controlled_partner_resists(d):
    # P1 reports severe violence by P2 and by herself; P2 reports the same the other way round.
    two_parents(d, cts2(severe_self=1, severe_partner=1, physical=1, ever=1), cts2(severe_self=1, severe_partner=1, physical=1, ever=1))
    d["family"]["circumstances"].update(coerciveControl="yes", victimFear="yes")
    d["riskFactors"]["controlAndIsolation"] = "yes"
    d["family"]["controllingMembers"] = ["P2"]
case("56-controller-named-victim-resists",
     "The professional established that he (P2) controls her (P1); both report severe violence by both. He is named as the one who controls; "
     "her violence is shown as possible resistance, and he is the primary aggressor because he controls, not because of who hit whom.",
     controlled_partner_resists,
     {"level": "high", "fired": ["profile.intimateTerror"], "firedIncludes": True,
      "reasonContains": "severe physical violence by P2 against P1 and by P1 against P2; P1's may be violent resistance to P2's control",
      "controlPattern": "oneSided", "primaryAggressor": "P2", "controlContains": "severe violence by P1 against P2: yes; it may be violent resistance",
      "approachesStart": "Intimate terror: Set clear limits"})

def both_named_controlling(d):
    two_parents(d, cts2(severe_self=1, severe_partner=1, physical=1, ever=1), cts2(severe_self=1, severe_partner=1, physical=1, ever=1))
    d["family"]["circumstances"].update(coerciveControl="yes")
    d["riskFactors"]["controlAndIsolation"] = "yes"
    d["family"]["controllingMembers"] = ["P1", "P2"]
case("57-both-named-controlling",
     "Both partners are said to control each other. Mutual violent control is rare: Hearth keeps the intimate-terror level, names no primary "
     "aggressor, and asks who fears whom.",
     both_named_controlling,
     {"level": "high", "fired": ["profile.intimateTerror"], "firedIncludes": True, "reasonContains": "the intimate-terror profile applies",
      "controlPattern": "mutual", "primaryAggressor": "undetermined", "controlContains": "check who fears whom"})

def middle_peak(d):
    d["reportDate"] = ago(600)  # the third wave, 18 months after the report, lies before the assessment
    d["family"]["waves"] = [{"wave": 1, "totalViolenceFrequency": 10, "monthsSinceReport": 0},
                            {"wave": 2, "totalViolenceFrequency": 300, "monthsSinceReport": 12},
                            {"wave": 3, "totalViolenceFrequency": 12, "monthsSinceReport": 18}]
case("58-peak-between-the-waves",
     "Violence 10 at the report, 300 at 12 months, 12 at 18 months: first and last alone look unchanged, but it peaked in between and goes on.",
     middle_peak,
     {"level": "high", "fired": ["waves.escalation", "waves.persistent"], "trajectoryCourse": "fluctuated",
      "trajectoryContains": "escalated from wave 1 to wave 2 (12 months): 10 → 300", "violenceSeverity": "atLeastMinor"})

def wave_after_assessment(d):
    d["family"]["waves"] = [{"wave": 1, "totalViolenceFrequency": 10, "monthsSinceReport": 0},
                            {"wave": 2, "totalViolenceFrequency": 30, "monthsSinceReport": 12}]
case("59-wave-after-the-assessment",
     "A follow-up wave 12 months after a report made 60 days ago would lie in the future: the input is refused, naming the wave.",
     wave_after_assessment, {"refused": "family.waves[1].monthsSinceReport"})

def three_parents(d):
    # P1 reports severe violence by herself and her partner; P2 controls P3 (a second partner household).
    two_parents(d, cts2(severe_self=1, severe_partner=1, physical=1, ever=1), cts2())
    d["family"]["members"].insert(2, {"id": "P3", "role": "parent", "sex": "female", "age": 31, "scores": dict(QUIET_SCORES)})
    d["family"]["circumstances"].update(coerciveControl="yes")
    d["riskFactors"]["controlAndIsolation"] = "yes"
    d["family"]["controllingMembers"] = ["P2"]
    d["family"]["controlledMembers"] = ["P3"]
case("60-three-parents-no-one-misnamed",
     "Three parents: P2 controls P3, while P1's own CTS2 shows severe violence by P1 and P1's partner. Nobody else is named as the actor of P1's report.",
     three_parents,
     {"level": "high", "fired": ["cts2.severePhysical"], "firedIncludes": True, "reasonContains": "P1: severe physical violence by both partners"})

def controlled_only(d):
    two_parents(d, cts2(severe_self=1, severe_partner=1, physical=1, ever=1), cts2(severe_self=1, severe_partner=1, physical=1, ever=1))
    d["family"]["circumstances"].update(coerciveControl="yes")
    d["riskFactors"]["controlAndIsolation"] = "yes"
    d["family"]["controlledMembers"] = ["P1"]
case("61-controlled-partner-named-only",
     "She (P1) is established as controlled; who controls her is not named. Both report severe violence by both. Hearth asks whether it is P2, "
     "never names her as the aggressor, and reads her violence as possible resistance.",
     controlled_only,
     {"level": "high", "controlPattern": "controllingPartnerNotNamed", "primaryAggressor": "undetermined",
      "controlContains": "establish whether it is P2",
      "reasonContains": "P1 is established as the controlled partner: theirs may be violent resistance"})

def controlled_partner_only_violent(d):
    two_parents(d, cts2(severe_self=1, severe_partner=0, physical=1, ever=1), cts2(severe_self=0, severe_partner=1, physical=1, ever=1))
    d["family"]["circumstances"].update(coerciveControl="yes")
    d["riskFactors"]["controlAndIsolation"] = "yes"
    d["family"]["controllingMembers"] = ["P2"]
case("62-only-the-controlled-partner-hit",
     "He (P2) controls her (P1); only her severe violence is on record. The reason names it with 'it may be violent resistance', never as plain perpetration.",
     controlled_partner_only_violent,
     {"level": "high", "primaryAggressor": "P2",
      "reasonContains": "severe physical violence by P1 against P2; P1 is established as the controlled partner: it may be violent resistance",
      "approachContains": "never a perpetrator referral"})

for old in os.listdir("."):
    if old.endswith(".json"): os.remove(old)
for name, entry in cases:
    with open(f"{name}.json", "w") as handle:
        json.dump(entry, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
print(f"{len(cases)} cases")
