#!/usr/bin/env python3
"""Writes the SYNTHETIC research cohort of docs/research.md.

Everything here is made up: no person, answer or norm is real. Families reported for
partner violence (the research group) are a REDCap export over three events; a general-
population reference group, measured once, is FHIR R4 QuestionnaireResponses (NDJSON).
Violence falls over the waves, and children's symptoms rise with their family's violence,
the way the source report describes. The T tables are SYNTHETIC (a straight line per
scale), not a publisher's norms.

    python3 docs/examples/research/make_cohort.py [--research 80] [--reference 30]
"""
import argparse
import csv
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(HERE, "..", "keys")
SITE_EXT = "https://example.org/fhir/StructureDefinition/hearth-demo-site"
FAMILY_EXT = "https://example.org/fhir/StructureDefinition/hearth-demo-family"
CANON = "https://example.org/fhir/Questionnaire/hearth-demo-{}"

# (instrument, REDCap prefix, item count, lowest code, highest code)
CHILD_FORMS = {"simspr": (28, 1, 5), "tscyc": (90, 1, 4), "sis": (43, 1, 4), "tscc": (54, 0, 3)}
EVENTS = {1: "baseline_arm_1", 2: "followup_12m_arm_1", 3: "followup_18m_arm_1"}
# Behaviours 1–6 negotiation, 7–10 psychological minor, 11–14 severe, 15–19 physical minor, 20–26 severe.
# Forms added later, drawn from their own random stream (`extra_forms`) so that every
# answer above stays as it was: parents' trauma symptoms, socialisation, impulsivity and
# drinking at every wave; parenting stress about each child.
PARENT_EXTRA = {"tsi": (100, 0, 3), "socialisation": (45, 0, 1), "impulsivity": (22, 0, 1), "auditc": (6, 0, 4)}
CHILD_EXTRA = {"nosik": (25, 1, 6)}
# Help received between waves (chapter 7): REDCap checkbox code → Hearth agency id.
AGENCIES = {1: "shelter", 2: "youth-care", 3: "mental-health", 4: "forensic-care", 5: "psychologist",
            6: "domestic-violence-service", 7: "social-work", 8: "addiction-care", 9: "other"}
BASE_RATE = [8, 6, 6, 5, 5, 4] + [3, 3, 2, 2] + [0.8, 0.6, 0.5, 0.5] + [0.7, 0.6, 0.5, 0.5, 0.4] + [0.2] * 7


def cts2_code(rate, rng):
    """A CTS2 answer (1 never … 8 more than 20 times) from an expected annual count."""
    count = poisson(rate, rng)
    if count == 0:
        return 2 if rng.random() < min(0.5, rate) else 1
    for code, upper in ((3, 1), (4, 2), (5, 5), (6, 10), (7, 20)):
        if count <= upper:
            return code
    return 8


def poisson(rate, rng):
    if rate > 30:
        return max(0, round(rng.gauss(rate, math.sqrt(rate))))
    limit, k, p = math.exp(-rate), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def likert(level, low, high, rng):
    """An answer that rises with `level` (about 0…1) on a low…high scale."""
    span = high - low
    value = low + span * min(1, max(0, level + rng.gauss(0, 0.22)))
    return int(round(value))


def family(index, research, rng):
    violence = rng.lognormvariate(math.log(6 if research else 0.12), 0.7)
    people = [("M", "female", rng.randint(24, 48))]
    if rng.random() < (0.2 if research else 0.45):
        people.append(("F", "male", rng.randint(25, 52)))
    children = []
    for number in range(1, 1 + rng.choice([1, 1, 2, 2, 3])):
        age = rng.randint(3, 16)
        children.append((f"C{number}", rng.choice(["female", "male"]), age, rng.gauss(0, 0.12)))
    return {"id": f"{'F' if research else 'R'}{index:03d}", "violence": violence, "parents": people,
            "children": children, "site": rng.choice(["A", "B", "C", "D"])}


def answers_for(fam, wave, rng):
    """Per person: {instrument: [codes or None]} and metadata."""
    factor = {1: 1.0, 2: 0.6, 3: 0.5}[wave]
    v = fam["violence"] * factor
    result = []
    for role, sex, age in fam["parents"]:
        own = v * (0.35 if sex == "female" else 0.6)
        partner = v * (1.0 if sex == "female" else 0.5)
        codes = [cts2_code(BASE_RATE[b] * (1 if b < 6 else own), rng) for b in range(26)]
        codes += [cts2_code(BASE_RATE[b] * (1 if b < 6 else partner), rng) for b in range(26)]
        forms = {"cts2": codes}
        if wave == 1:
            risk = 0.08 + 0.05 * min(v, 8)
            forms["ace"] = [1 if rng.random() < risk else 0 for _ in range(10)]
        partner_sex = "male" if sex == "female" else "female"
        result.append((f"{fam['id']}-{role}", {"sex": sex, "partner_sex": partner_sex, "age": age + (wave > 1)}, forms))
    for role, sex, age, own in fam["children"]:
        level = min(0.95, 0.08 + 0.035 * v + own)
        years = age + (1 if wave > 1 else 0)
        forms = {}
        if years <= 9:
            forms["simspr"] = [likert(level, 1, 5, rng) for _ in range(28)]
            forms["tscyc"] = [likert(level * 0.9, 1, 4, rng) for _ in range(90)]
        else:
            forms["sis"] = [likert(level, 1, 4, rng) for _ in range(43)]
            forms["tscc"] = [likert(level * 0.8, 0, 3, rng) for _ in range(54)]
        result.append((f"{fam['id']}-{role}", {"sex": sex, "age": years}, forms))
    return result


def with_missing(codes, rng, skipped=0.04):
    """About 4 % skipped (or `skipped`), 0.5 % 'don't know' (UNK), 0.5 % 'not asked' (NASK).

    The later, long forms use 0.4 %: with 4 % of 80 TSI items missing, hardly any parent
    would have all ten clinical scales."""
    out = []
    for code in codes:
        r = rng.random()
        out.append("" if r < skipped else ("UNK" if r < skipped + 0.005 else ("NASK" if r < skipped + 0.01 else str(code))))
    return out


BACKGROUND = {"migration_background": ["yes", "no"], "income": ["below-1500", "1500-3100", "above-3100"],
              "paid_work": ["yes", "no"], "education": ["primary", "lower-secondary", "upper-secondary", "higher"]}


def background(fam, background_rng):
    """A research family's background (Table 4.7), from its own random stream; more
    violence with lower income, as the report found."""
    poor = fam["violence"] > 6
    return {
        "migration_background": background_rng.choice(BACKGROUND["migration_background"]),
        "income": background_rng.choice(["below-1500"] * (4 if poor else 2) + ["1500-3100", "above-3100"]),
        "paid_work": background_rng.choice(BACKGROUND["paid_work"]),
        "education": background_rng.choice(BACKGROUND["education"]),
    }


def extra_forms(fam, person, wave, research, extra_rng):
    """The later forms of one person at one wave: levels rise with the family's violence
    (socialisation falls: a higher score is more socialised)."""
    factor = {1: 1.0, 2: 0.6, 3: 0.5}[wave]
    strain = min(1.0, fam["violence"] * factor / 12) if research else 0.05
    if "-C" in person:
        return {"nosik": [likert(0.2 + 0.45 * strain, 1, 6, extra_rng) for _ in range(25)]}
    return {
        "tsi": [likert(0.1 + 0.5 * strain, 0, 3, extra_rng) for _ in range(100)],
        "socialisation": [likert(0.75 - 0.3 * strain, 0, 1, extra_rng) for _ in range(45)],
        "impulsivity": [likert(0.2 + 0.3 * strain, 0, 1, extra_rng) for _ in range(22)],
        "auditc": [likert(0.15 + 0.35 * strain, 0, 4, extra_rng) for _ in range(6)],
    }


def extra_header():
    header = []
    for name, (count, _, _) in {**PARENT_EXTRA, **CHILD_EXTRA}.items():
        header += [f"{name}_{i:03d}" for i in range(1, count + 1)] + [f"{name}_complete"]
    return header


def help_cells(fam, person, wave, help_rng):
    """The help fields of a research row at wave 2 or 3 (the interval since the wave before).

    Drawn from their own random stream, so the answers above stay as they were. Help is
    more likely with more violence and for parents than for children."""
    if wave == 1:
        return {}
    child = "-C" in person
    chance = (0.35 if wave == 2 else 0.25) if child else (0.7 if wave == 2 else 0.5)
    chance = min(0.95, chance * (0.8 + 0.1 * min(4, fam["violence"] / 3)))
    cells = {"help_any": "0", "help_n": "0"}
    for code in AGENCIES:
        cells[f"help_agency___{code}"] = "0"
    if help_rng.random() < 0.05:
        return {"help_any": "NASK"}
    if help_rng.random() >= chance:
        return cells
    weights = [0.2, 0.45, 0.45, 0.15, 0.5, 0.35, 0.15, 0.05, 0.3] if not child else [0.15, 0.4, 0.37, 0.05, 0.2, 0.12, 0.1, 0.0, 0.3]
    chosen = [code for code, weight in zip(AGENCIES, weights) if help_rng.random() < weight] or [help_rng.choice([2, 3, 5])]
    cells.update(help_any="1", help_n=str(len(chosen)))
    for code in chosen:
        cells[f"help_agency___{code}"] = "1"
        satisfied = 0.45 if code == 2 else 0.8
        r = help_rng.random()
        cells[f"help_sat_{code}"] = "1" if r < satisfied else ("2" if r < satisfied + (1 - satisfied) / 2 else "3")
    return cells


def redcap(families, rng, path):
    header = ["record_id", "redcap_event_name", "study_arm", "site", "family_id", "consent_date"] + list(BACKGROUND) + [
              "parent_sex", "partner_sex", "parent_age", "child_sex", "child_age"]
    header += [f"cts2_s{b:02d}" for b in range(1, 27)] + [f"cts2_p{b:02d}" for b in range(1, 27)] + ["cts2_complete"]
    header += [f"ace___{i}" for i in range(1, 11)] + ["ace_complete"]
    for name, (count, _, _) in CHILD_FORMS.items():
        header += [f"{name}_{i:02d}" for i in range(1, count + 1)] + [f"{name}_complete"]
    header += extra_header()
    header += ["help_any"] + [f"help_agency___{code}" for code in AGENCIES] + ["help_n"] + [f"help_sat_{code}" for code in AGENCIES]
    sex_code = {"female": "1", "male": "2"}
    help_rng = random.Random(7)
    extra_rng = random.Random(11)
    background_rng = random.Random(17)
    rows = []
    for fam in families:
        fam_background = background(fam, background_rng)
        for wave in (1, 2, 3):
            if wave == 2 and rng.random() > 0.65 or wave == 3 and rng.random() > 0.55:
                continue
            for person, meta, forms in answers_for(fam, wave, rng):
                row = dict.fromkeys(header, "")
                row.update(record_id=person, redcap_event_name=EVENTS[wave], study_arm="research", site=fam["site"],
                           family_id=fam["id"], consent_date="2012-01-01", **fam_background)
                if "cts2" in forms:
                    row.update(parent_sex=sex_code[meta["sex"]], partner_sex=sex_code[meta["partner_sex"]], parent_age=str(meta["age"]))
                    cells = with_missing(forms["cts2"], rng)
                    for b in range(26):
                        row[f"cts2_s{b + 1:02d}"] = cells[b]
                        row[f"cts2_p{b + 1:02d}"] = cells[26 + b]
                    row["cts2_complete"] = "2"
                    if "ace" in forms:
                        for i, value in enumerate(forms["ace"], 1):
                            row[f"ace___{i}"] = str(value)
                        row["ace_complete"] = "2"
                else:
                    row.update(child_sex=sex_code[meta["sex"]], child_age=str(meta["age"]))
                    for name in forms:
                        for i, value in enumerate(with_missing(forms[name], rng), 1):
                            row[f"{name}_{i:02d}"] = value
                        row[f"{name}_complete"] = "2"
                for name, codes in extra_forms(fam, person, wave, True, extra_rng).items():
                    for i, value in enumerate(with_missing(codes, extra_rng, skipped=0.004), 1):
                        row[f"{name}_{i:03d}"] = value
                    row[f"{name}_complete"] = "2"
                row.update(help_cells(fam, person, wave, help_rng))
                rows.append(row)
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return header


def fhir(families, rng, path):
    absent = {"UNK": "asked-unknown", "NASK": "not-asked"}
    extra_rng = random.Random(13)
    with open(path, "w") as handle:
        for fam in families:
            for person, meta, forms in answers_for(fam, 1, rng):
                # The later forms after the first ones, so the first ones' draws are unchanged.
                for name, codes in list(forms.items()) + list(extra_forms(fam, person, 1, False, extra_rng).items()):
                    item_rng = rng if name in forms else extra_rng
                    items = []
                    for i, cell in enumerate(with_missing(codes, item_rng, skipped=0.04 if name in forms else 0.004), 1):
                        link = f"{name}-{i:02d}" if name in forms else f"{name}-{i:03d}"
                        if cell == "":
                            continue
                        if cell in absent:
                            items.append({"linkId": link, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": absent[cell]}]})
                        else:
                            items.append({"linkId": link, "answer": [{"valueInteger": int(cell)}]})
                    items.append({"linkId": "sex", "answer": [{"valueCoding": {"code": meta["sex"]}}]})
                    items.append({"linkId": "age", "answer": [{"valueInteger": meta["age"]}]})
                    if name == "auditc":
                        items.append({"linkId": "partner_sex", "answer": [{"valueCoding": {"code": meta["partner_sex"]}}]})
                    resource = {"resourceType": "QuestionnaireResponse", "status": "completed",
                                "questionnaire": CANON.format(name), "subject": {"reference": f"Patient/{person}"},
                                "extension": [{"url": SITE_EXT, "valueString": fam["site"]}, {"url": FAMILY_EXT, "valueString": fam["id"]}],
                                "item": [{"linkId": "answers", "item": items}]}
                    handle.write(json.dumps(resource, separators=(",", ":")) + "\n")


def redcap_mapping(path):
    instruments = [
        {"instrument": "cts2", "respondent": {"sex": "parent_sex", "partnerSex": "partner_sex", "age": "parent_age"},
         "items": {**{f"cts2_s{b:02d}": f"self_{b}" for b in range(1, 27)}, **{f"cts2_p{b:02d}": f"partner_{b}" for b in range(1, 27)}}},
        {"instrument": "ace", "respondent": {"sex": "parent_sex", "age": "parent_age"},
         "items": {f"ace___{i}": str(i) for i in range(1, 11)}},
    ]
    for name, (count, _, _) in CHILD_FORMS.items():
        instruments.append({"instrument": name, "respondent": {"sex": "child_sex", "age": "child_age"},
                            "items": {f"{name}_{i:02d}": str(i) for i in range(1, count + 1)}})
    for name, (count, _, _) in PARENT_EXTRA.items():
        respondent = {"sex": "parent_sex", "age": "parent_age"} | ({"partnerSex": "partner_sex"} if name == "auditc" else {})
        instruments.append({"instrument": name, "respondent": respondent, "items": extra_items(name, count, "_", "{:03d}")})
    for name, (count, _, _) in CHILD_EXTRA.items():
        instruments.append({"instrument": name, "respondent": {"sex": "child_sex", "age": "child_age"},
                            "items": extra_items(name, count, "_", "{:03d}")})
    mapping = {"format": "hearth-redcap-mapping@1", "recordIDField": "record_id", "eventField": "redcap_event_name",
               "events": {EVENTS[1]: {"wave": 1, "months": 0}, EVENTS[2]: {"wave": 2, "months": 12}, EVENTS[3]: {"wave": 3, "months": 18}},
               "missingCodes": {"UNK": "dontKnow", "NASK": "notAdministered"},
               "sexCodes": {"1": "female", "2": "male"},
               "attributes": {"group": "study_arm", "city": "site", "family": "family_id", "migrationBackground": "migration_background",
                              "income": "income", "paidWork": "paid_work", "education": "education"},
               "ignoredFields": ["consent_date"], "instruments": instruments,
               "help": {"hadHelp": "help_any", "agencies": {agency: f"help_agency___{code}" for code, agency in AGENCIES.items()},
                        "agencyCount": "help_n", "satisfaction": {agency: f"help_sat_{code}" for code, agency in AGENCIES.items()},
                        "satisfactionCodes": {"1": "satisfied", "2": "neutral", "3": "dissatisfied"}}}
    with open(path, "w") as handle:
        json.dump(mapping, handle, indent=1, sort_keys=True)
        handle.write("\n")


def extra_items(name, count, separator, number):
    """Item fields of a later form: AUDIT-C's own and partner's three items, else 1…count."""
    if name == "auditc":
        return {f"{name}{separator}{number.format(i)}": (f"self_{i}" if i <= 3 else f"partner_{i - 3}") for i in range(1, 7)}
    return {f"{name}{separator}{number.format(i)}": str(i) for i in range(1, count + 1)}


def fhir_mapping(path):
    counts = {"cts2": None, "ace": 10, **{k: v[0] for k, v in CHILD_FORMS.items()}}
    questionnaires = []
    for name, (count, _, _) in {**PARENT_EXTRA, **CHILD_EXTRA}.items():
        respondent = {"sex": "sex", "age": "age"} | ({"partnerSex": "partner_sex"} if name == "auditc" else {})
        questionnaires.append({"canonical": CANON.format(name), "instrument": name, "items": extra_items(name, count, "-", "{:03d}"),
                               "respondent": respondent})
    for name, count in counts.items():
        if name == "cts2":
            items = {f"cts2-{i:02d}": (f"self_{i}" if i <= 26 else f"partner_{i - 26}") for i in range(1, 53)}
        else:
            items = {f"{name}-{i:02d}": str(i) for i in range(1, count + 1)}
        questionnaires.append({"canonical": CANON.format(name), "instrument": name, "items": items,
                               "respondent": {"sex": "sex", "age": "age"}})
    mapping = {"format": "hearth-fhir-mapping@1", "respondentID": "subjectReference",
               "attributeExtensions": {"city": SITE_EXT, "family": FAMILY_EXT}, "questionnaires": questionnaires}
    with open(path, "w") as handle:
        json.dump(mapping, handle, indent=1, sort_keys=True)
        handle.write("\n")


def t_tables(path):
    tables = []
    for instrument, (ages, low) in {"tscyc": ((3, 12), 1), "tscc": ((8, 16), 0)}.items():
        key = json.load(open(os.path.join(KEYS, f"{instrument}.SYNTHETIC.json")))
        for scale in key["scales"]:
            if scale["id"] not in ("anx", "dep", "ang", "pts_tot", "pts", "dis", "sc"):
                continue
            n = len(scale["items"])
            lo, hi = low * n, (low + 3) * n
            for sex, shift in (("female", 0.0), ("male", 1.5)):
                rows = [[raw, round(min(100.0, 38 + shift + 62 * (raw - lo) / (hi - lo) * 1.4), 1)] for raw in range(lo, hi + 1)]
                tables.append({"instrument": instrument, "scale": scale["id"], "sex": sex, "minimumAge": ages[0],
                               "maximumAge": ages[1], "rows": rows,
                               "source": "SYNTHETIC straight-line table made up for docs/research.md; NOT a publisher's norm table"})
    key = json.load(open(os.path.join(KEYS, "tsi.SYNTHETIC.json")))
    for scale in key["scales"]:
        if scale["id"] not in ("aa", "d", "ai", "ie", "da", "dis", "sc", "dsb", "isr", "trb"):
            continue
        hi = 3 * len(scale["items"])
        for sex, shift in (("female", 0.0), ("male", 1.5)):
            rows = [[raw, round(min(100.0, 40 + shift + 60 * raw / hi * 1.3), 1)] for raw in range(0, hi + 1)]
            tables.append({"instrument": "tsi", "scale": scale["id"], "sex": sex, "minimumAge": 18, "maximumAge": 99, "rows": rows,
                           "source": "SYNTHETIC straight-line table made up for docs/research.md; NOT a publisher's norm table"})
    with open(path, "w") as handle:
        json.dump({"name": "research-example-SYNTHETIC-T-tables", "entries": [], "tTables": tables}, handle, separators=(",", ":"))
        handle.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--research", type=int, default=80)
    parser.add_argument("--reference", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(2026)
    research = [family(i, True, rng) for i in range(1, args.research + 1)]
    reference = [family(i, False, rng) for i in range(1, args.reference + 1)]
    redcap(research, rng, os.path.join(HERE, "research-redcap-export.csv"))
    fhir(reference, rng, os.path.join(HERE, "reference-responses.ndjson"))
    redcap_mapping(os.path.join(HERE, "redcap-mapping.json"))
    fhir_mapping(os.path.join(HERE, "fhir-mapping.json"))
    t_tables(os.path.join(HERE, "trauma-t-tables.SYNTHETIC.json"))


if __name__ == "__main__":
    main()
