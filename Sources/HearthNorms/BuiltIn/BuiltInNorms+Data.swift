// The source report's statistics, verbatim from the project's transcription (465 records
// from the Verwey-Jonker report, each with its table and lines), committed as
// Tests/HearthNormsTests/Fixtures/seed-norms.json. Do not edit by hand: a test compares
// this text with that file byte for byte.

extension BuiltInNorms {
    static let json = #"""
[
 {
  "id": "N001",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "fysiek-geweldschaal",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.88,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    1782,
    1785
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N002",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "psychisch-geweldschaal",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.81,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    1782,
    1785
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N003",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "totale geweldschaal (fysiek + psychisch opgeteld)",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.9,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    1782,
    1785
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N004",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "fysiek-geweldschaal",
  "statistic": "cronbachAlpha",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.89,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    1785,
    1788
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N005",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "psychisch-geweldschaal",
  "statistic": "cronbachAlpha",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.79,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    1785,
    1788
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N006",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "gecombineerde geweldschaal",
  "statistic": "cronbachAlpha",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.88,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    1785,
    1788
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N007",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 179,
  "mean": null,
  "sd": null,
  "percent": 93,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1849
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N008",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": 297,
  "mean": null,
  "sd": null,
  "percent": 96,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1849
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N009",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": null,
  "sd": null,
  "percent": 100,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1849
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N010",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": 212,
  "mean": null,
  "sd": null,
  "percent": 98,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1849
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N011",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 179,
  "mean": 60,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1851
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N012",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": 297,
  "mean": 53,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1851
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N013",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": 64,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1851
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N014",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": 212,
  "mean": 46,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1851
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N015",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 179,
  "mean": null,
  "sd": null,
  "percent": 88,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1853
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N016",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": 297,
  "mean": null,
  "sd": null,
  "percent": 53,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1853
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N017",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": null,
  "sd": null,
  "percent": 94,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1853
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N018",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": 212,
  "mean": null,
  "sd": null,
  "percent": 47,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1853
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N019",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 179,
  "mean": 30,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   1,
   200
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Theoretical range '1 tot 200 keer per jaar' stated in text (line 1899-1900) for zelf gedaan - chroniciteit psychisch geweld.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1855
   ]
  },
  "theoreticalRangeLines": [
   1899,
   1900
  ]
 },
 {
  "id": "N020",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": 297,
  "mean": 8,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   1,
   200
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Theoretical range '1 tot 200 keer per jaar' stated in text (line 1899-1900) for zelf gedaan - chroniciteit psychisch geweld.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1855
   ]
  },
  "theoreticalRangeLines": [
   1899,
   1900
  ]
 },
 {
  "id": "N021",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": 23,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   1,
   200
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Theoretical range '1 tot 200 keer per jaar' stated in text (line 1899-1900) for zelf gedaan - chroniciteit psychisch geweld.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1855
   ]
  },
  "theoreticalRangeLines": [
   1899,
   1900
  ]
 },
 {
  "id": "N022",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": 212,
  "mean": 6,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   1,
   200
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Theoretical range '1 tot 200 keer per jaar' stated in text (line 1899-1900) for zelf gedaan - chroniciteit psychisch geweld.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1855
   ]
  },
  "theoreticalRangeLines": [
   1899,
   1900
  ]
 },
 {
  "id": "N023",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 179,
  "mean": null,
  "sd": null,
  "percent": 47,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1857
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N024",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": 297,
  "mean": null,
  "sd": null,
  "percent": 10,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1857
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N025",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": null,
  "sd": null,
  "percent": 81,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1857
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N026",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": 212,
  "mean": null,
  "sd": null,
  "percent": 5,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1857
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N027",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 179,
  "mean": 14,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1859
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N028",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": 297,
  "mean": 4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1859
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N029",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": 10,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1859
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N030",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": 212,
  "mean": 5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1859
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N031",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 179,
  "mean": null,
  "sd": null,
  "percent": 88,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1863
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N032",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": 297,
  "mean": null,
  "sd": null,
  "percent": 96,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1863
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N033",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": null,
  "sd": null,
  "percent": 94,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1863
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N034",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": 212,
  "mean": null,
  "sd": null,
  "percent": 98,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1863
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N035",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 179,
  "mean": 35,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1865
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N036",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": 297,
  "mean": 50,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1865
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N037",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": 48,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1865
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N038",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": 212,
  "mean": 45,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1865
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N039",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 179,
  "mean": null,
  "sd": null,
  "percent": 93,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1867
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N040",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": 297,
  "mean": null,
  "sd": null,
  "percent": 49,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1867
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N041",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": null,
  "sd": null,
  "percent": 100,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1867
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N042",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": 212,
  "mean": null,
  "sd": null,
  "percent": 47,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1867
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N043",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 179,
  "mean": 61,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1869
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N044",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": 297,
  "mean": 9,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1869
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N045",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": 40,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1869
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N046",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": 212,
  "mean": 7,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1869
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N047",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 179,
  "mean": null,
  "sd": null,
  "percent": 76,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1871
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N048",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": 297,
  "mean": null,
  "sd": null,
  "percent": 8,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1871
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N049",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": null,
  "sd": null,
  "percent": 75,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1871
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N050",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": 212,
  "mean": null,
  "sd": null,
  "percent": 6,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1871
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N051",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 179,
  "mean": 48,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1873
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N052",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": 297,
  "mean": 5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1873
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N053",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": 20,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1873
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N054",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": 212,
  "mean": 3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.1",
   "lines": [
    1831,
    1873
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N055",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": 8,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   275
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1980
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1980
  ]
 },
 {
  "id": "N056",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": 212,
  "mean": 0.2,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   275
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1980
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1980
  ]
 },
 {
  "id": "N057",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 178,
  "mean": 6,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   275
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1980
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1980
  ]
 },
 {
  "id": "N058",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": 297,
  "mean": 0.3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   275
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1980
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1980
  ]
 },
 {
  "id": "N059",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": 12,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   275
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1985
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1985
  ]
 },
 {
  "id": "N060",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": 212,
  "mean": 0.5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   275
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1985
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1985
  ]
 },
 {
  "id": "N061",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 178,
  "mean": 32,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   275
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1985
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1985
  ]
 },
 {
  "id": "N062",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": 297,
  "mean": 0.2,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   275
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1985
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1985
  ]
 },
 {
  "id": "N063",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": 22,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   225
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1990
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1990
  ]
 },
 {
  "id": "N064",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": 212,
  "mean": 3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   225
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1990
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1990
  ]
 },
 {
  "id": "N065",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 178,
  "mean": 26,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   225
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1990
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1990
  ]
 },
 {
  "id": "N066",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": 297,
  "mean": 4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   225
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1990
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1990
  ]
 },
 {
  "id": "N067",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": 42,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   225
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1995
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1995
  ]
 },
 {
  "id": "N068",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": 212,
  "mean": 3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   225
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1995
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1995
  ]
 },
 {
  "id": "N069",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 178,
  "mean": 61,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   225
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1995
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1995
  ]
 },
 {
  "id": "N070",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": 297,
  "mean": 4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   225
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.2",
   "lines": [
    1961,
    1995
   ]
  },
  "theoreticalRangeLines": [
   1961,
   1995
  ]
 },
 {
  "id": "N071",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "self"
  },
  "n": 509,
  "mean": 4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2062
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N072",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "self",
   "gender": "male"
  },
  "n": 212,
  "mean": 3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2062
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N073",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "self",
   "gender": "female"
  },
  "n": 297,
  "mean": 5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2062
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N074",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "partner"
  },
  "n": 509,
  "mean": 4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2064
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N075",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "partner",
   "gender": "male"
  },
  "n": 212,
  "mean": 3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2064
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N076",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "partner",
   "gender": "female"
  },
  "n": 297,
  "mean": 5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2064
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N077",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "self+partner"
  },
  "n": 509,
  "mean": 8,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Text lines 2028-2029: 'ruim acht incidenten per jaar'.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2066
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N078",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "self+partner",
   "gender": "male"
  },
  "n": 212,
  "mean": 6,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Text lines 2037-2039: women more incidents than men ('negen tegenover zes'), p < .05; lines 2042-2046 then say no significant difference between men and women.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2066
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N079",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "self+partner",
   "gender": "female"
  },
  "n": 297,
  "mean": 9,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Text lines 2037-2039: women more incidents than men ('negen tegenover zes'), p < .05; lines 2042-2046 then say no significant difference between men and women.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.3",
   "lines": [
    2051,
    2066
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N080",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 1
  },
  "n": 194,
  "mean": 32,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Partner vs self: p < 0.000 (text line 2078).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2100
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N081",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "gender": "male",
   "wave": 1
  },
  "n": 16,
  "mean": 30,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2100
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N082",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "gender": "female",
   "wave": 1
  },
  "n": 178,
  "mean": 33,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2100
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N083",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 1
  },
  "n": 194,
  "mean": 90,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Partner vs self: p < 0.000 (text line 2078).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2102
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N084",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "gender": "male",
   "wave": 1
  },
  "n": 16,
  "mean": 54,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2102
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N085",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweld totaal afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "gender": "female",
   "wave": 1
  },
  "n": 178,
  "mean": 93,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2102
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N086",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 1
  },
  "n": 194,
  "mean": 122,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2104
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N087",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "gender": "male",
   "wave": 1
  },
  "n": 16,
  "mean": 84,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2104
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N088",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "gender": "female",
   "wave": 1
  },
  "n": 178,
  "mean": 126,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.4",
   "lines": [
    2089,
    2104
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N089",
  "instrument": "CTS2",
  "scale": "psychologicalMinor",
  "scaleLabel": "Psychisch niet ernstig geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 21,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (self vs partner)",
  "qualifier": null,
  "notes": "No N printed in Table 4.5.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.5",
   "lines": [
    2113,
    2122
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N090",
  "instrument": "CTS2",
  "scale": "psychologicalMinor",
  "scaleLabel": "Psychisch niet ernstig geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 39,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (self vs partner)",
  "qualifier": null,
  "notes": "No N printed in Table 4.5.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.5",
   "lines": [
    2113,
    2122
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N091",
  "instrument": "CTS2",
  "scale": "psychologicalSevere",
  "scaleLabel": "Ernstig psychisch geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (self vs partner)",
  "qualifier": null,
  "notes": "No N printed in Table 4.5.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.5",
   "lines": [
    2113,
    2124
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N092",
  "instrument": "CTS2",
  "scale": "psychologicalSevere",
  "scaleLabel": "Ernstig psychisch geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 16,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (self vs partner)",
  "qualifier": null,
  "notes": "No N printed in Table 4.5.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.5",
   "lines": [
    2113,
    2124
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N093",
  "instrument": "CTS2",
  "scale": "physicalMinor",
  "scaleLabel": "Fysiek niet ernstig geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (self vs partner)",
  "qualifier": null,
  "notes": "No N printed in Table 4.5.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.5",
   "lines": [
    2113,
    2126
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N094",
  "instrument": "CTS2",
  "scale": "physicalMinor",
  "scaleLabel": "Fysiek niet ernstig geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 20,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (self vs partner)",
  "qualifier": null,
  "notes": "No N printed in Table 4.5.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.5",
   "lines": [
    2113,
    2126
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N095",
  "instrument": "CTS2",
  "scale": "physicalSevere",
  "scaleLabel": "Ernstig fysiek geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 2,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (self vs partner)",
  "qualifier": null,
  "notes": "No N printed in Table 4.5.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.5",
   "lines": [
    2113,
    2128
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N096",
  "instrument": "CTS2",
  "scale": "physicalSevere",
  "scaleLabel": "Ernstig fysiek geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 15,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (self vs partner)",
  "qualifier": null,
  "notes": "No N printed in Table 4.5.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.5",
   "lines": [
    2113,
    2128
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N097",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Psychisch geweld",
  "statistic": "mutualityDistribution",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": {
   "both": {
    "count": 169,
    "percentText": "93%,4%"
   },
   "womanOnly": {
    "count": 4,
    "percent": 2.2
   },
   "manOnly": {
    "count": 12,
    "percent": 6.2
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Categories Beide / Vrouw alleen / Man alleen, counts with printed percentages. Several printed percentages do not match the counts (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.6",
   "lines": [
    2149,
    2154
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N098",
  "instrument": "CTS2",
  "scale": "psychologicalSevere",
  "scaleLabel": "Ernstig psychisch geweld",
  "statistic": "mutualityDistribution",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": {
   "both": {
    "count": 71,
    "percent": 48.3
   },
   "womanOnly": {
    "count": 12,
    "percent": 8.3
   },
   "manOnly": {
    "count": 64,
    "percent": 42.5
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (sex difference)",
  "qualifier": null,
  "notes": "Categories Beide / Vrouw alleen / Man alleen, counts with printed percentages. Several printed percentages do not match the counts (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.6",
   "lines": [
    2149,
    2156
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N099",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Fysiek geweld",
  "statistic": "mutualityDistribution",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": {
   "both": {
    "count": 92,
    "percent": 59.7
   },
   "womanOnly": {
    "count": 5,
    "percent": 2.2
   },
   "manOnly": {
    "count": 57,
    "percent": 37
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Categories Beide / Vrouw alleen / Man alleen, counts with printed percentages. Several printed percentages do not match the counts (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.6",
   "lines": [
    2149,
    2158
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N100",
  "instrument": "CTS2",
  "scale": "physicalSevere",
  "scaleLabel": "Ernstig fysiek geweld",
  "statistic": "mutualityDistribution",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": {
   "both": {
    "count": 47,
    "percent": 38.5
   },
   "womanOnly": {
    "count": 8,
    "percent": 6.6
   },
   "manOnly": {
    "count": 67,
    "percent": 54.9
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** p <.000 (sex difference)",
  "qualifier": null,
  "notes": "Categories Beide / Vrouw alleen / Man alleen, counts with printed percentages. Several printed percentages do not match the counts (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.6",
   "lines": [
    2149,
    2160
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N101",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld - gemiddelde aantal geweldsincidenten afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 1
  },
  "n": 211,
  "mean": 32,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Header N=211; subgroup n's add up to 194 (193 for education).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2210,
    2221
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N102",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner - gemiddelde aantal geweldsincidenten afgelopen jaar",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 1
  },
  "n": 211,
  "mean": 90,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "*** (footnote printed as '*** p <.00')",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2210,
    2221
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N103",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "ethnicity": "Allochtoon",
   "actor": "self",
   "wave": 1
  },
  "n": 101,
  "mean": 39,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "* p <.05 (text: p< 0.038)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2223,
    2233
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N104",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "ethnicity": "Allochtoon",
   "actor": "partner",
   "wave": 1
  },
  "n": 101,
  "mean": 97,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2223,
    2233
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N105",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "ethnicity": "Autochtoon",
   "actor": "self",
   "wave": 1
  },
  "n": 93,
  "mean": 26,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2223,
    2233
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N106",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "ethnicity": "Autochtoon",
   "actor": "partner",
   "wave": 1
  },
  "n": 93,
  "mean": 82,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2223,
    2233
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N107",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "income": "Lager dan 1500",
   "actor": "self",
   "wave": 1
  },
  "n": 134,
  "mean": 36,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2235,
    2249
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N108",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "income": "Lager dan 1500",
   "actor": "partner",
   "wave": 1
  },
  "n": 134,
  "mean": 104,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "** p <.01 (text: p<0.005)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2235,
    2249
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N109",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "income": "Tussen 1500 en 3100",
   "actor": "self",
   "wave": 1
  },
  "n": 42,
  "mean": 25,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2235,
    2249
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N110",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "income": "Tussen 1500 en 3100",
   "actor": "partner",
   "wave": 1
  },
  "n": 42,
  "mean": 58,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2235,
    2249
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N111",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "income": "Meer dan 3.100 euro",
   "actor": "self",
   "wave": 1
  },
  "n": 18,
  "mean": 23,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2235,
    2249
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N112",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "income": "Meer dan 3.100 euro",
   "actor": "partner",
   "wave": 1
  },
  "n": 18,
  "mean": 57,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2235,
    2249
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N113",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "paidJob": "Ja",
   "actor": "self",
   "wave": 1
  },
  "n": 84,
  "mean": 31,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2251,
    2261
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N114",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "paidJob": "Ja",
   "actor": "partner",
   "wave": 1
  },
  "n": 84,
  "mean": 82,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2251,
    2261
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N115",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "paidJob": "Nee",
   "actor": "self",
   "wave": 1
  },
  "n": 110,
  "mean": 33,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2251,
    2261
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N116",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "paidJob": "Nee",
   "actor": "partner",
   "wave": 1
  },
  "n": 110,
  "mean": 95,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2251,
    2261
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N117",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "education": "Lager onderwijs",
   "actor": "self",
   "wave": 1
  },
  "n": 25,
  "mean": 28,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2263,
    2279
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N118",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "education": "Lager onderwijs",
   "actor": "partner",
   "wave": 1
  },
  "n": 25,
  "mean": 120,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "* p <.05 (text lines 2202-2208 say no significant relation with education)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2263,
    2279
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N119",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "education": "Mavo/lbo",
   "actor": "self",
   "wave": 1
  },
  "n": 58,
  "mean": 34,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2263,
    2279
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N120",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "education": "Mavo/lbo",
   "actor": "partner",
   "wave": 1
  },
  "n": 58,
  "mean": 87,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2263,
    2279
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N121",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "education": "Havo/ vwo/ mbo",
   "actor": "self",
   "wave": 1
  },
  "n": 83,
  "mean": 38,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2263,
    2279
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N122",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "education": "Havo/ vwo/ mbo",
   "actor": "partner",
   "wave": 1
  },
  "n": 83,
  "mean": 91,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2263,
    2279
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N123",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "education": "Hbo/vwo (sic)",
   "actor": "self",
   "wave": 1
  },
  "n": 27,
  "mean": 19,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2263,
    2279
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N124",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Geweld partner",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "education": "Hbo/vwo (sic)",
   "actor": "partner",
   "wave": 1
  },
  "n": 27,
  "mean": 68,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.7",
   "lines": [
    2263,
    2279
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N125",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 100,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2304
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N126",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 93,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2304
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N127",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 91,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2304
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N128",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 84,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2304
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N129",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 91,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2304
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N130",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 87,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2304
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N131",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 66,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2306
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N132",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 60,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2306
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N133",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": 51,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2306
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N134",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": 48,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2306
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N135",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": 41,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2306
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N136",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": 48,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2306
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N137",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 94,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2308
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N138",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 88,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2308
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N139",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 73,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2308
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N140",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 76,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2308
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N141",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 55,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2308
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N142",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 68,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2308
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N143",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 24,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2310
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N144",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 30,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2310
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N145",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": 31,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2310
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N146",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": 19,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2310
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N147",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": 33,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2310
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N148",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": 20,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2310
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N149",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 76,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2312
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N150",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 47,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2312
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N151",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 36,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2312
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N152",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 34,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2312
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N153",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 36,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2312
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N154",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (zelf gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 30,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2312
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N155",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 10,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2314
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N156",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": 14,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2314
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N157",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": 17,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2314
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N158",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 2
  },
  "n": null,
  "mean": 9,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2314
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N159",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": 15,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2314
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N160",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (zelf gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 3
  },
  "n": null,
  "mean": 7,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2314
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N161",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 88,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2321
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N162",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 88,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2321
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N163",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 64,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2321
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N164",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 73,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2321
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N165",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 82,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2321
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N166",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Prevalentie onderhandelen (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 80,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2321
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N167",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 48,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2323
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N168",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 35,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2323
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N169",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": 46,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2323
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N170",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": 29,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2323
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N171",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": 36,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2323
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N172",
  "instrument": "CTS2",
  "scale": "negotiation",
  "scaleLabel": "Chroniciteit onderhandelen (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": 24,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2323
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N173",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 100,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2325
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N174",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 93,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2325
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N175",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 82,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2325
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N176",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 84,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2325
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N177",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 82,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2325
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N178",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Prevalentie psychisch geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 79,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2325
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N179",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 46,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2327
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N180",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 61,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2327
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N181",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": 61,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2327
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N182",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": 49,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2327
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N183",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": 39,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2327
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N184",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Chroniciteit psychisch geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": 47,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2327
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N185",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 71,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2329
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N186",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 76,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2329
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N187",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 45,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2329
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N188",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 55,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2329
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N189",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 55,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2329
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N190",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Prevalentie lichamelijk geweld (partner gedaan)",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 50,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2329
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N191",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 20,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8. Wave-1 male values differ in places from the male research column of Table 4.1 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2331
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N192",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": 48,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2331
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N193",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": 53,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2331
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N194",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 2
  },
  "n": null,
  "mean": 33,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2331
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N195",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": 12,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2331
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N196",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Chroniciteit lichamelijk geweld (partner gedaan)",
  "statistic": "chronicity",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": 40,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No N printed in Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.8",
   "lines": [
    2295,
    2331
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N197",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "vrouwen: partner fysiek gewelddadig in het afgelopen jaar",
  "statistic": "prevalence",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 50,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "Figure 4.1: p <.01, waves 2 and 3 vs wave 1",
  "qualifier": null,
  "notes": "'nog steeds de helft van de vrouwen (50%)'; same value as Table 4.8.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2375,
    2377
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N198",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 1
  },
  "n": 194,
  "mean": 122,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   1000
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2406
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2406
  ]
 },
 {
  "id": "N199",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 2
  },
  "n": 115,
  "mean": 79,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   1000
  ],
  "alpha": null,
  "significance": "p < .001 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2406
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2406
  ]
 },
 {
  "id": "N200",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 3
  },
  "n": 93,
  "mean": 72,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   1000
  ],
  "alpha": null,
  "significance": "p < .001 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2406
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2406
  ]
 },
 {
  "id": "N201",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Totaal fysieke geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 1
  },
  "n": 194,
  "mean": 41,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   600
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2411
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2411
  ]
 },
 {
  "id": "N202",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Totaal fysieke geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 2
  },
  "n": 115,
  "mean": 22,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   600
  ],
  "alpha": null,
  "significance": "p < .05 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2411
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2411
  ]
 },
 {
  "id": "N203",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Totaal fysieke geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 3
  },
  "n": 93,
  "mean": 21,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   600
  ],
  "alpha": null,
  "significance": "p < .05 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2411
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2411
  ]
 },
 {
  "id": "N204",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Totaal psychische geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 1
  },
  "n": 194,
  "mean": 81,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   400
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2416
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2416
  ]
 },
 {
  "id": "N205",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Totaal psychische geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 2
  },
  "n": 115,
  "mean": 57,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   400
  ],
  "alpha": null,
  "significance": "p < .001 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2416
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2416
  ]
 },
 {
  "id": "N206",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Totaal psychische geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self+partner",
   "wave": 3
  },
  "n": 93,
  "mean": 51,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   400
  ],
  "alpha": null,
  "significance": "p < .001 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2416
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2416
  ]
 },
 {
  "id": "N207",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 1
  },
  "n": 194,
  "mean": 32,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   500
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2421
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2421
  ]
 },
 {
  "id": "N208",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 2
  },
  "n": 115,
  "mean": 19,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   500
  ],
  "alpha": null,
  "significance": "p < .001 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2421
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2421
  ]
 },
 {
  "id": "N209",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal eigen geweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "self",
   "wave": 3
  },
  "n": 93,
  "mean": 17,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   500
  ],
  "alpha": null,
  "significance": "p < .001 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2421
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2421
  ]
 },
 {
  "id": "N210",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal partnergeweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 1
  },
  "n": 194,
  "mean": 90,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   500
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2426
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2426
  ]
 },
 {
  "id": "N211",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal partnergeweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 2
  },
  "n": 115,
  "mean": 60,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   500
  ],
  "alpha": null,
  "significance": "p < .001 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2426
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2426
  ]
 },
 {
  "id": "N212",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal partnergeweld",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "actor": "partner",
   "wave": 3
  },
  "n": 93,
  "mean": 55,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   500
  ],
  "alpha": null,
  "significance": "p < .001 vs wave 1 (footnote lines 2428-2430); wave 2 vs 3 nowhere significant",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.9",
   "lines": [
    2392,
    2426
   ]
  },
  "theoreticalRangeLines": [
   2392,
   2426
  ]
 },
 {
  "id": "N213",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": 8,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2497
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N214",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 178,
  "mean": 6,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2497
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N215",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 2
  },
  "n": 11,
  "mean": 12,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2497
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N216",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 2
  },
  "n": 104,
  "mean": 3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2497
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N217",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 3
  },
  "n": 11,
  "mean": 9,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2497
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N218",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Eigen ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 3
  },
  "n": 82,
  "mean": 3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2497
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N219",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": 12,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2499
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N220",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 178,
  "mean": 32,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2499
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N221",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 2
  },
  "n": 11,
  "mean": 25,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2499
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N222",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 2
  },
  "n": 104,
  "mean": 19,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2499
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N223",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 3
  },
  "n": 11,
  "mean": 16,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2499
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N224",
  "instrument": "CTS2",
  "scale": "severeViolence",
  "scaleLabel": "Partner ernstig geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": 82,
  "mean": 21,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2499
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N225",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 16,
  "mean": 22,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2501
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N226",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": 178,
  "mean": 26,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2501
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N227",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 2
  },
  "n": 11,
  "mean": 16,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2501
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N228",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 2
  },
  "n": 104,
  "mean": 15,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2501
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N229",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 3
  },
  "n": 11,
  "mean": 14,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2501
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N230",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Eigen mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 3
  },
  "n": 82,
  "mean": 13,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2501
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N231",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": 16,
  "mean": 42,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2503
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N232",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": 178,
  "mean": 61,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2503
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N233",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 2
  },
  "n": 11,
  "mean": 49,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2503
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N234",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 2
  },
  "n": 104,
  "mean": 39,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2503
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N235",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 3
  },
  "n": 11,
  "mean": 22,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2503
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N236",
  "instrument": "CTS2",
  "scale": "minorViolence",
  "scaleLabel": "Partner mild geweld",
  "statistic": "meanAnnualFrequency",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 3
  },
  "n": 82,
  "mean": 36,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Women: all forms fell significantly wave 1->2; no wave 2->3 difference significant. Men: changes not significant (text 2480-2487).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "4.10",
   "lines": [
    2489,
    2503
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N237",
  "instrument": "CTS2",
  "scale": "noViolence",
  "scaleLabel": "geen enkele geweldservaring, noch psychisch noch fysiek (geen van de 23 items)",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 5,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Footnote 11 (lines 2443-2451): 0% expected at start; repeat reports explain the 5%.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2433,
    2436
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N238",
  "instrument": "CTS2",
  "scale": "noViolence",
  "scaleLabel": "geen enkele geweldservaring, noch psychisch noch fysiek (geen van de 23 items)",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "wave": 2
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 15,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2436,
    2437
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N239",
  "instrument": "CTS2",
  "scale": "noViolence",
  "scaleLabel": "geen enkele geweldservaring, noch psychisch noch fysiek (geen van de 23 items)",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 17,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2436,
    2437
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N240",
  "instrument": "CTS2",
  "scale": "noViolence",
  "scaleLabel": "zonder geweldservaringen (gezinnen in de referentiegroep)",
  "statistic": "percent",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 45,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2437,
    2439
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N241",
  "instrument": "CTS2",
  "scale": "notExcessiveViolence",
  "scaleLabel": "niet meer te maken met excessief geweld (<= referentiegemiddelde + 1 SD)",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 18,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2466,
    2467
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N242",
  "instrument": "CTS2",
  "scale": "notExcessiveViolence",
  "scaleLabel": "niet meer te maken met excessief geweld (<= referentiegemiddelde + 1 SD)",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 50,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "Figure 4.2: p <.01 vs wave 1",
  "qualifier": null,
  "notes": "Text: 'van 18 naar vijftig procent'; the wave is not named; context 'na een periode van anderhalf jaar' (line 2470-2471) = wave 3.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2466,
    2471
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N243",
  "instrument": "CTS2",
  "scale": "notExcessiveViolence",
  "scaleLabel": "niet excessief geweld, referentiegroep",
  "statistic": "percent",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 90,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "'negentig procent'",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2468,
    2469
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N244",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "gemiddelde totale aantal incidenten referentiegroep",
  "statistic": "meanIncidentsPastYear",
  "population": "reference",
  "stratum": {
   "actor": "self+partner"
  },
  "n": null,
  "mean": 8,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2388,
    2390
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N245",
  "instrument": "CTS2",
  "scale": "anyViolence",
  "scaleLabel": "geweld in de relatie (tekst 4.3.2)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 53,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Matches Table 4.1 psychological-aggression prevalence.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2033,
    2037
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N246",
  "instrument": "CTS2",
  "scale": "anyViolence",
  "scaleLabel": "geweld in de relatie (tekst 4.3.2)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "partner"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 49,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Matches Table 4.1 psychological-aggression prevalence.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2033,
    2037
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N247",
  "instrument": "CTS2",
  "scale": "anyViolence",
  "scaleLabel": "geweld in de relatie (tekst 4.3.2)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 48,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Table 4.1 prints 47% (psychological, male self); text says 48%.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2033,
    2037
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N248",
  "instrument": "CTS2",
  "scale": "anyViolence",
  "scaleLabel": "geweld in de relatie (tekst 4.3.2)",
  "statistic": "prevalence",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "partner"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 47,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Matches Table 4.1 psychological-aggression prevalence.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2033,
    2037
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N249",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "geweld bij gescheiden ouders",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "separated": true,
   "actor": "self+partner",
   "wave": 1
  },
  "n": null,
  "mean": 139,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "p < .05 vs not separated",
  "qualifier": null,
  "notes": "Same figures repeated at lines 3734-3737.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3487,
    3491
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N250",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "geweld bij ouders die bij elkaar wonen",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "separated": false,
   "actor": "self+partner",
   "wave": 1
  },
  "n": null,
  "mean": 95,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3487,
    3491
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N251",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Gemiddeld aantal geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "helpReceived": "wel hulp",
   "actor": "self+partner",
   "wave": 1
  },
  "n": null,
  "mean": 124,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "** p < .01",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3989
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N252",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Gemiddeld aantal geweldsincidenten",
  "statistic": "meanIncidentsPastYear",
  "population": "research",
  "stratum": {
   "helpReceived": "geen hulp",
   "actor": "self+partner",
   "wave": 1
  },
  "n": null,
  "mean": 70,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "** p < .01",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3989
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N253",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "casusgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 132,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Casusgroep = 49 interviewed women; no significant difference in violence (text 4814-4815).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4837
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N254",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "resterende onderzoeksgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 119,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4837
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N255",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Totaal geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "totale onderzoeksgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 122,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4837
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N256",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Fysieke geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "casusgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 35,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Casusgroep = 49 interviewed women; no significant difference in violence (text 4814-4815).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4839
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N257",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Fysieke geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "resterende onderzoeksgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 43,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4839
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N258",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "Fysieke geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "totale onderzoeksgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 41,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4839
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N259",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Psychische geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "casusgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 97,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Casusgroep = 49 interviewed women; no significant difference in violence (text 4814-4815).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4841
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N260",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Psychische geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "resterende onderzoeksgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 76,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4841
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N261",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "Psychische geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "totale onderzoeksgroep",
   "actor": "self+partner"
  },
  "n": null,
  "mean": 81,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4841
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N262",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "casusgroep",
   "actor": "self"
  },
  "n": null,
  "mean": 31,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Casusgroep = 49 interviewed women; no significant difference in violence (text 4814-4815).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4843
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N263",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "resterende onderzoeksgroep",
   "actor": "self"
  },
  "n": null,
  "mean": 33,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4843
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N264",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Eigen geweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "totale onderzoeksgroep",
   "actor": "self"
  },
  "n": null,
  "mean": 32,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4843
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N265",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "casusgroep",
   "actor": "partner"
  },
  "n": null,
  "mean": 101,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Casusgroep = 49 interviewed women; no significant difference in violence (text 4814-4815).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4845
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N266",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "resterende onderzoeksgroep",
   "actor": "partner"
  },
  "n": null,
  "mean": 86,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4845
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N267",
  "instrument": "CTS2",
  "scale": "totalViolence",
  "scaleLabel": "Partnergeweldsincidenten per jaar",
  "statistic": "meanIncidentsPerYear",
  "population": "research",
  "stratum": {
   "subgroup": "totale onderzoeksgroep",
   "actor": "partner"
  },
  "n": null,
  "mean": 90,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4845
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N268",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "fysiek geweld gemiddeld bijna vier keer per maand",
  "statistic": "meanFrequencyPerMonth",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": 4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": "bijna",
  "notes": "Chapter 12 summary; actor (self/partner/both) not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    7676,
    7677
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N269",
  "instrument": "CTS2",
  "scale": "physicalAssault",
  "scaleLabel": "één keer per jaar in de referentiegroep",
  "statistic": "meanFrequencyPerYear",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": 1,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Chapter 12 summary; no table prints this value; actor not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    7676,
    7677
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N270",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "psychisch geweld gemiddeld bijna zeven keer per maand",
  "statistic": "meanFrequencyPerMonth",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": 7,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": "bijna",
  "notes": "Chapter 12 summary; actor not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    7678,
    7679
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N271",
  "instrument": "CTS2",
  "scale": "psychologicalAggression",
  "scaleLabel": "zeven keer per jaar in de referentiegroep",
  "statistic": "meanFrequencyPerYear",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": 7,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Chapter 12 summary; no table prints this value; actor not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    7678,
    7679
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N272",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "ACE (verkorte vragenlijst), score 0-10",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": 0.78,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2571,
    2572
   ]
  },
  "theoreticalRangeLines": [
   2588,
   2588
  ]
 },
 {
  "id": "N273",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "ACE-score",
  "statistic": "countDistribution",
  "population": "research",
  "stratum": {},
  "n": 200,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": {
   "0": {
    "count": 56,
    "percent": 28.0
   },
   "1": {
    "count": 33,
    "percent": 16.5
   },
   "2": {
    "count": 26,
    "percent": 13.0
   },
   "3": {
    "count": 28,
    "percent": 14.0
   },
   "4": {
    "count": 15,
    "percent": 7.5
   },
   "5": {
    "count": 17,
    "percent": 8.5
   },
   "6": {
    "count": 11,
    "percent": 5.5
   },
   "7": {
    "count": 8,
    "percent": 4.0
   },
   "8": {
    "count": 3,
    "percent": 1.5
   },
   "9": {
    "count": 3,
    "percent": 1.5
   },
   "10": {
    "count": 0,
    "percent": 0.0
   }
  },
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.1",
   "lines": [
    2619,
    2647
   ]
  },
  "theoreticalRangeLines": [
   2619,
   2647
  ]
 },
 {
  "id": "N274",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "ACE-score",
  "statistic": "countDistribution",
  "population": "reference",
  "stratum": {},
  "n": 639,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": {
   "0": {
    "count": 441,
    "percent": 69.0
   },
   "1": {
    "count": 117,
    "percent": 18.3
   },
   "2": {
    "count": 42,
    "percent": 6.6
   },
   "3": {
    "count": 16,
    "percent": 2.5
   },
   "4": {
    "count": 10,
    "percent": 1.6
   },
   "5": {
    "count": 4,
    "percent": 0.6
   },
   "6": {
    "count": 5,
    "percent": 0.8
   },
   "7": {
    "count": 2,
    "percent": 0.3
   },
   "8": {
    "count": 1,
    "percent": 0.2
   },
   "9": {
    "count": 1,
    "percent": 0.2
   },
   "10": {
    "count": 0,
    "percent": 0.0
   }
  },
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.1",
   "lines": [
    2619,
    2647
   ]
  },
  "theoreticalRangeLines": [
   2619,
   2647
  ]
 },
 {
  "id": "N275",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "gemiddelde aantal traumatische jeugdervaringen",
  "statistic": "mean",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": 2.4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2598,
    2601
   ]
  },
  "theoreticalRangeLines": [
   2588,
   2588
  ]
 },
 {
  "id": "N276",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "gemiddelde aantal traumatische jeugdervaringen",
  "statistic": "mean",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": 0.6,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2598,
    2601
   ]
  },
  "theoreticalRangeLines": [
   2588,
   2588
  ]
 },
 {
  "id": "N277",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "geen van de traumatische ervaringen (score 0)",
  "statistic": "percentScore0",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 70,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": "bijna",
  "notes": "Table 5.1 prints 69,0%.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2595,
    2597
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N278",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "geen van de traumatische ervaringen (score 0)",
  "statistic": "percentScore0",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 28,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2596,
    2597
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N279",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "minimaal één traumatische jeugdervaring",
  "statistic": "percentScoreAtLeast1",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 72,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2597,
    2598
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N280",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "zelf vroeger geweld in het gezin meegemaakt (ACE-vragen 1-3)",
  "statistic": "percent",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 46,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2613,
    2614
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N281",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "zelf vroeger geweld in het gezin meegemaakt (ACE-vragen 1-3)",
  "statistic": "percent",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 9,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2613,
    2614
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N282",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "Jeugdtraumascore",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Rotterdam"
  },
  "n": null,
  "mean": 2.75,
  "sd": 2.43,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "City means do not differ significantly (text 2650-2652).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2665
   ]
  },
  "theoreticalRangeLines": [
   2588,
   2588
  ]
 },
 {
  "id": "N283",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "Zelf huiselijk geweld meegemaakt / Geen huiselijk geweld meegemaakt",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "city": "Rotterdam"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 54.5,
  "distribution": {
   "yes": {
    "count": 24,
    "percent": 54.5
   },
   "no": {
    "count": 20,
    "percent": 45.5
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": "city difference p < .05: Den Haag lower than Rotterdam, Amsterdam, Utrecht; Amsterdam lower than Utrecht (text 2675-2680)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2665
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N284",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "Jeugdtraumascore",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Amsterdam"
  },
  "n": null,
  "mean": 2.29,
  "sd": 2.21,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "City means do not differ significantly (text 2650-2652).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2667
   ]
  },
  "theoreticalRangeLines": [
   2588,
   2588
  ]
 },
 {
  "id": "N285",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "Zelf huiselijk geweld meegemaakt / Geen huiselijk geweld meegemaakt",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "city": "Amsterdam"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 42.4,
  "distribution": {
   "yes": {
    "count": 25,
    "percent": 42.4
   },
   "no": {
    "count": 34,
    "percent": 57.6
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": "city difference p < .05: Den Haag lower than Rotterdam, Amsterdam, Utrecht; Amsterdam lower than Utrecht (text 2675-2680)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2667
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N286",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "Jeugdtraumascore",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Den Haag"
  },
  "n": null,
  "mean": 1.94,
  "sd": 2.37,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "City means do not differ significantly (text 2650-2652).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2669
   ]
  },
  "theoreticalRangeLines": [
   2588,
   2588
  ]
 },
 {
  "id": "N287",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "Zelf huiselijk geweld meegemaakt / Geen huiselijk geweld meegemaakt",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "city": "Den Haag"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 31.4,
  "distribution": {
   "yes": {
    "count": 16,
    "percent": 31.4
   },
   "no": {
    "count": 35,
    "percent": 68.6
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": "city difference p < .05: Den Haag lower than Rotterdam, Amsterdam, Utrecht; Amsterdam lower than Utrecht (text 2675-2680)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2669
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N288",
  "instrument": "ACE",
  "scale": "aceScore",
  "scaleLabel": "Jeugdtraumascore",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Utrecht"
  },
  "n": null,
  "mean": 2.87,
  "sd": 2.34,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   10
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "City means do not differ significantly (text 2650-2652).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2671
   ]
  },
  "theoreticalRangeLines": [
   2588,
   2588
  ]
 },
 {
  "id": "N289",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "Zelf huiselijk geweld meegemaakt / Geen huiselijk geweld meegemaakt",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "city": "Utrecht"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 58.7,
  "distribution": {
   "yes": {
    "count": 27,
    "percent": 58.7
   },
   "no": {
    "count": 19,
    "percent": 41.3
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": "city difference p < .05: Den Haag lower than Rotterdam, Amsterdam, Utrecht; Amsterdam lower than Utrecht (text 2675-2680)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2671
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N290",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "Totaal",
  "statistic": "percent",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 46.0,
  "distribution": {
   "yes": {
    "count": 92,
    "percent": 46.0
   },
   "no": {
    "count": 108,
    "percent": 54.0
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Totaal row prints no mean or SD for the trauma score.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.2",
   "lines": [
    2654,
    2673
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N291",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "Geschiedenis van huiselijk geweld",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "helpReceived": "wel hulp",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 52,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "* p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3993
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N292",
  "instrument": "ACE",
  "scale": "childhoodFamilyViolence",
  "scaleLabel": "Geschiedenis van huiselijk geweld",
  "statistic": "percent",
  "population": "research",
  "stratum": {
   "helpReceived": "geen hulp",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 26,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "* p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3993
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N293",
  "instrument": "TSI",
  "scale": "clinicalScalesAverage",
  "scaleLabel": "klinische schalen, Amerikaanse gestandaardiseerde steekproef",
  "statistic": "cronbachAlphaAverage",
  "population": "external",
  "stratum": {
   "sample": "US standardization sample"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.86,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2715,
    2716
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N294",
  "instrument": "TSI",
  "scale": "anxiousArousal",
  "scaleLabel": "Angstige opwinding",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.75,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N295",
  "instrument": "TSI",
  "scale": "depression",
  "scaleLabel": "Depressie",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.91,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N296",
  "instrument": "TSI",
  "scale": "angerIrritability",
  "scaleLabel": "Woede",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.9,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N297",
  "instrument": "TSI",
  "scale": "intrusiveExperiences",
  "scaleLabel": "Opdringerige ervaringen",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.87,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N298",
  "instrument": "TSI",
  "scale": "defensiveAvoidance",
  "scaleLabel": "Defensieve vermijding",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.85,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N299",
  "instrument": "TSI",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.81,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N300",
  "instrument": "TSI",
  "scale": "sexualConcerns",
  "scaleLabel": "Seksuele problemen",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.76,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N301",
  "instrument": "TSI",
  "scale": "dysfunctionalSexualBehavior",
  "scaleLabel": "Disfunctioneel seksueel gedrag",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.86,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N302",
  "instrument": "TSI",
  "scale": "impairedSelfReference",
  "scaleLabel": "Verstoord zelfbeeld",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.81,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N303",
  "instrument": "TSI",
  "scale": "tensionReductionBehavior",
  "scaleLabel": "Spanningsvermijdend gedrag",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.69,
  "significance": null,
  "qualifier": null,
  "notes": "'In het huidige onderzoek'; group not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2716,
    2720
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N304",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "trauma: minimaal één subschaal in het klinische gebied",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 197,
  "mean": null,
  "sd": null,
  "percent": 23,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "N from Figure 5.1 caption (line 2760). Also 'bijna een kwart' (2743-2744), 'een kwart' (4538-4540).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2750,
    2761
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N305",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "trauma: minimaal één subschaal in het klinische gebied",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": 636,
  "mean": null,
  "sd": null,
  "percent": 6.7,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "N from Figure 5.1 caption (line 2761).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2750,
    2761
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N306",
  "instrument": "TSI",
  "scale": "dissociation|defensiveAvoidance|depression",
  "scaleLabel": "hoogste percentages klinische trauma's",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 8,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": "meer dan",
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2745,
    2747
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N307",
  "instrument": "TSI",
  "scale": "dysfunctionalSexualBehavior|impairedSelfReference|sexualConcerns",
  "scaleLabel": "minste klinische trauma's",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 3.7,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "One value '(3,7%)' follows three scales; unclear whether it applies to each.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2747,
    2748
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N308",
  "instrument": "TSI",
  "scale": "dysfunctionalSexualBehavior",
  "scaleLabel": "Disfunctioneel seksueel gedrag",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 2.1,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2752,
    2753
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N309",
  "instrument": "TSI",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 1.8,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2753,
    2754
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N310",
  "instrument": "TSI",
  "scale": "anxiousArousal",
  "scaleLabel": "Angstige opwinding",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 0.2,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2754,
    2755
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N311",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "percentage getraumatiseerde ouders, derde meting",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 20,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "significantly lower at wave 3; wave 2 slightly higher than wave 1 (no number)",
  "qualifier": "minder dan",
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2767,
    2769
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N312",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "Percentage getraumatiseerd",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "helpReceived": "wel hulp",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 30.4,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "* p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3991
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N313",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "Percentage getraumatiseerd",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "helpReceived": "geen hulp",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 9.1,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "* p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3991
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N314",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "Percentage getraumatiseerd",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "subgroup": "casusgroep"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 30.2,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Text line 4816: '30 procent (N=13)'; difference not significant.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4847
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N315",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "Percentage getraumatiseerd",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "subgroup": "resterende onderzoeksgroep"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 20.8,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4847
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N316",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "Percentage getraumatiseerd",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "subgroup": "totale onderzoeksgroep"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 23.0,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4847
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N317",
  "instrument": "TSI",
  "scale": "anyClinical",
  "scaleLabel": "Waar komen getraumatiseerde ouders terecht (tweedelijnshulp)",
  "statistic": "crossTab",
  "population": "research",
  "stratum": {},
  "n": 125,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": {
   "notTraumatised": {
    "noSecondLine": {
     "count": 36,
     "percent": 43.4
    },
    "secondLine": {
     "count": 47,
     "percent": 56.6
    },
    "total": 83
   },
   "traumatised": {
    "noSecondLine": {
     "count": 7,
     "percent": 16.7
    },
    "secondLine": {
     "count": 35,
     "percent": 83.3
    },
    "total": 42
   },
   "total": {
    "noSecondLine": {
     "count": 43,
     "percent": 34.4
    },
    "secondLine": {
     "count": 82,
     "percent": 65.6
    },
    "total": 125
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.8 (second table numbered 7.8)",
   "lines": [
    4169,
    4189
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N318",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Audit-C eigen alcoholgebruik",
  "statistic": "reliability",
  "population": "unspecified",
  "stratum": {
   "actor": "self"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   12
  ],
  "alpha": 0.67,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2807,
    2808
   ]
  },
  "theoreticalRangeLines": [
   2810,
   2811
  ]
 },
 {
  "id": "N319",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Audit-C alcoholgebruik van de partner",
  "statistic": "reliability",
  "population": "unspecified",
  "stratum": {
   "actor": "partner"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   12
  ],
  "alpha": 0.86,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2808,
    2809
   ]
  },
  "theoreticalRangeLines": [
   2810,
   2811
  ]
 },
 {
  "id": "N320",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "score 3 of hoger (vrouwen)",
  "statistic": "percentAboveCutoff",
  "population": "reference",
  "stratum": {
   "gender": "female",
   "actor": "self"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 18,
  "distribution": null,
  "theoreticalRange": [
   0,
   12
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2816,
    2818
   ]
  },
  "theoreticalRangeLines": [
   2810,
   2811
  ]
 },
 {
  "id": "N321",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "score 4 of hoger (mannen)",
  "statistic": "percentAboveCutoff",
  "population": "reference",
  "stratum": {
   "gender": "male",
   "actor": "self"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 23,
  "distribution": null,
  "theoreticalRange": [
   0,
   12
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2816,
    2818
   ]
  },
  "theoreticalRangeLines": [
   2810,
   2811
  ]
 },
 {
  "id": "N322",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "mannen in risicogroep",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "self",
   "wave": 1
  },
  "n": 18,
  "mean": null,
  "sd": null,
  "percent": 60,
  "distribution": null,
  "theoreticalRange": [
   0,
   12
  ],
  "alpha": null,
  "significance": null,
  "qualifier": "bijna",
  "notes": "'bijna drie keer zoveel als in de algemene Nederlandse bevolking'",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2822,
    2826
   ]
  },
  "theoreticalRangeLines": [
   2810,
   2811
  ]
 },
 {
  "id": "N323",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "vrouwen in risicogroep",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "self",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 30,
  "distribution": null,
  "theoreticalRange": [
   0,
   12
  ],
  "alpha": null,
  "significance": "significantly higher than the 18% in the general Dutch population",
  "qualifier": "bijna",
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2826,
    2829
   ]
  },
  "theoreticalRangeLines": [
   2810,
   2811
  ]
 },
 {
  "id": "N324",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "(vrouwelijke) partners van de mannen",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "gender": "male",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 70,
  "distribution": null,
  "theoreticalRange": [
   0,
   12
  ],
  "alpha": null,
  "significance": null,
  "qualifier": "ruim",
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2831,
    2834
   ]
  },
  "theoreticalRangeLines": [
   2810,
   2811
  ]
 },
 {
  "id": "N325",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "(mannelijke) partners van de vrouwen",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "gender": "female",
   "actor": "partner",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 55,
  "distribution": null,
  "theoreticalRange": [
   0,
   12
  ],
  "alpha": null,
  "significance": null,
  "qualifier": "ruim",
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2834,
    2836
   ]
  },
  "theoreticalRangeLines": [
   2810,
   2811
  ]
 },
 {
  "id": "N326",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Problematisch drinkgedrag zelf",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "subgroup": "casusgroep",
   "actor": "self"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 25.0,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4849
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N327",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Problematisch drinkgedrag partner",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "subgroup": "casusgroep",
   "actor": "partner"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 63.8,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4851
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N328",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Problematisch drinkgedrag zelf",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "subgroup": "resterende onderzoeksgroep",
   "actor": "self"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 33.1,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4849
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N329",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Problematisch drinkgedrag partner",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "subgroup": "resterende onderzoeksgroep",
   "actor": "partner"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 54.5,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4851
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N330",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Problematisch drinkgedrag zelf",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "subgroup": "totale onderzoeksgroep",
   "actor": "self"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 31.1,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4849
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N331",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Problematisch drinkgedrag partner",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "subgroup": "totale onderzoeksgroep",
   "actor": "partner"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 56.8,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "9.2",
   "lines": [
    4823,
    4851
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N332",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Percentage problematisch alcoholgebruik (eigen of partner niet vermeld)",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "helpReceived": "wel hulp",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 59.2,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Not significant. Both values exceed the own (31,1%) and partner (56,8%) totals of Table 9.2 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    4001
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N333",
  "instrument": "AUDIT-C",
  "scale": "auditC",
  "scaleLabel": "Percentage problematisch alcoholgebruik (eigen of partner niet vermeld)",
  "statistic": "percentAboveCutoff",
  "population": "research",
  "stratum": {
   "helpReceived": "geen hulp",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 70.6,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Not significant. Both values exceed the own (31,1%) and partner (56,8%) totals of Table 9.2 (see seed-tables.md).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    4001
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N334",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Gough (1987) validatieonderzoek, 6000 proefpersonen",
  "statistic": "cronbachAlpha",
  "population": "external",
  "stratum": {
   "sample": "Gough (1987) original validation"
  },
  "n": 6000,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.78,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2878,
    2880
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N335",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "socialisatieschaal, huidige onderzoek",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.64,
  "significance": null,
  "qualifier": null,
  "notes": "Printed as 'α= 64' (decimal point missing).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2880,
    2881
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N336",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "steekproef reclasseringsmedewerkers 2007",
  "statistic": "cronbachAlpha",
  "population": "reference",
  "stratum": {
   "sample": "Reclassering Nederland employees 2007"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.56,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2882,
    2885
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N337",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Socialisatiescore",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "sample": "Reclassering Nederland employees 2007"
  },
  "n": 487,
  "mean": 31.12,
  "sd": 3.84,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   45
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.3",
   "lines": [
    2902,
    2910
   ]
  },
  "theoreticalRangeLines": [
   2902,
   2910
  ]
 },
 {
  "id": "N338",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Socialisatiescore",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 199,
  "mean": 27.43,
  "sd": 4.94,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   45
  ],
  "alpha": null,
  "significance": "** research vs reference p < .005",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.3",
   "lines": [
    2902,
    2912
   ]
  },
  "theoreticalRangeLines": [
   2902,
   2912
  ]
 },
 {
  "id": "N339",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Socialisatiescore",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "gender": "male",
   "wave": 1
  },
  "n": 16,
  "mean": 24.48,
  "sd": 5.4,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   45
  ],
  "alpha": null,
  "significance": "* men vs women p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.3",
   "lines": [
    2902,
    2914
   ]
  },
  "theoreticalRangeLines": [
   2902,
   2914
  ]
 },
 {
  "id": "N340",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Socialisatiescore",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "gender": "female",
   "wave": 1
  },
  "n": 183,
  "mean": 27.69,
  "sd": 4.82,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   45
  ],
  "alpha": null,
  "significance": "* men vs women p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.3",
   "lines": [
    2902,
    2916
   ]
  },
  "theoreticalRangeLines": [
   2902,
   2916
  ]
 },
 {
  "id": "N341",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Socialisatiescore derde meting",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "gender": "male",
   "wave": 3
  },
  "n": null,
  "mean": 26.21,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   45
  ],
  "alpha": null,
  "significance": "men vs women no longer significant at wave 3",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2926,
    2927
   ]
  },
  "theoreticalRangeLines": [
   2907,
   2910
  ]
 },
 {
  "id": "N342",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Socialisatiescore derde meting",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "gender": "female",
   "wave": 3
  },
  "n": null,
  "mean": 28.37,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   45
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2926,
    2927
   ]
  },
  "theoreticalRangeLines": [
   2907,
   2910
  ]
 },
 {
  "id": "N343",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Socialisatie (hoger is socialer)",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "helpReceived": "wel hulp",
   "wave": 1
  },
  "n": null,
  "mean": 27.2,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "* p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3997
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N344",
  "instrument": "Gough-Socialization",
  "scale": "socialisation",
  "scaleLabel": "Socialisatie (hoger is socialer)",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "helpReceived": "geen hulp",
   "wave": 1
  },
  "n": null,
  "mean": 30.1,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "* p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3997
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N345",
  "instrument": "Eysenck-Impulsivity",
  "scale": "impulsivity",
  "scaleLabel": "impulsiviteitsschaal binnen de onderzoeksgroep",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.84,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2945,
    2946
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N346",
  "instrument": "Eysenck-Impulsivity",
  "scale": "impulsivity",
  "scaleLabel": "steekproef van 487 reclasseringsmedewerkers (2007)",
  "statistic": "cronbachAlpha",
  "population": "reference",
  "stratum": {
   "sample": "Reclassering Nederland employees 2007"
  },
  "n": 487,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.71,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    2947,
    2951
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N347",
  "instrument": "Eysenck-Impulsivity",
  "scale": "impulsivity",
  "scaleLabel": "Impulsiviteitsscore",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "sample": "Reclassering Nederland employees 2007"
  },
  "n": 487,
  "mean": 4.82,
  "sd": 3.01,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   22
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.4",
   "lines": [
    2957,
    2962
   ]
  },
  "theoreticalRangeLines": [
   2957,
   2962
  ]
 },
 {
  "id": "N348",
  "instrument": "Eysenck-Impulsivity",
  "scale": "impulsivity",
  "scaleLabel": "Impulsiviteitsscore",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 195,
  "mean": 6.6,
  "sd": 4.48,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   0,
   22
  ],
  "alpha": null,
  "significance": "* research vs reference p < .005; no significant men-women or city difference (text 2967-2971)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.4",
   "lines": [
    2957,
    2965
   ]
  },
  "theoreticalRangeLines": [
   2957,
   2965
  ]
 },
 {
  "id": "N349",
  "instrument": "Eysenck-Impulsivity",
  "scale": "impulsivity",
  "scaleLabel": "Impulsiviteit (hoger is impulsiever)",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "helpReceived": "wel hulp",
   "wave": 1
  },
  "n": null,
  "mean": 6.8,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "** p < .01",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3995
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N350",
  "instrument": "Eysenck-Impulsivity",
  "scale": "impulsivity",
  "scaleLabel": "Impulsiviteit (hoger is impulsiever)",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "helpReceived": "geen hulp",
   "wave": 1
  },
  "n": null,
  "mean": 4.5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "** p < .01",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3995
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N351",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "NOSI-K referentiegroep",
  "statistic": "cronbachAlpha",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.96,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3026,
    3028
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N352",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "NOSI-K onderzoekspopulatie",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.96,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3027,
    3028
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N353",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "NOSIK",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "gender": "male"
  },
  "n": 131,
  "mean": 39.18,
  "sd": 15.76,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   25,
   150
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Men vs women not significant in reference (text 3040-3041).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.5",
   "lines": [
    3043,
    3050
   ]
  },
  "theoreticalRangeLines": [
   3043,
   3050
  ]
 },
 {
  "id": "N354",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "NOSIK",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "gender": "female"
  },
  "n": 203,
  "mean": 41.07,
  "sd": 19.58,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   25,
   150
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Men vs women not significant in reference (text 3040-3041).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.5",
   "lines": [
    3043,
    3052
   ]
  },
  "theoreticalRangeLines": [
   3043,
   3052
  ]
 },
 {
  "id": "N355",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "NOSIK",
  "statistic": "mean",
  "population": "reference",
  "stratum": {},
  "n": 334,
  "mean": 40.33,
  "sd": 18.18,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   25,
   150
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Men vs women not significant in reference (text 3040-3041).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.5",
   "lines": [
    3043,
    3054
   ]
  },
  "theoreticalRangeLines": [
   3043,
   3054
  ]
 },
 {
  "id": "N356",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "NOSIK",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "gender": "male",
   "wave": 1
  },
  "n": 20,
  "mean": 66.1,
  "sd": 25.0,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   25,
   150
  ],
  "alpha": null,
  "significance": "* men vs women p < .05; ** research vs reference p < .005",
  "qualifier": null,
  "notes": "Stress is rated per child (text 3092-3093), so N counts parent-child ratings.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.5",
   "lines": [
    3043,
    3058
   ]
  },
  "theoreticalRangeLines": [
   3043,
   3058
  ]
 },
 {
  "id": "N357",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "NOSIK",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "gender": "female",
   "wave": 1
  },
  "n": 314,
  "mean": 50.41,
  "sd": 27.25,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   25,
   150
  ],
  "alpha": null,
  "significance": "* men vs women p < .05; ** research vs reference p < .005",
  "qualifier": null,
  "notes": "Stress is rated per child (text 3092-3093), so N counts parent-child ratings.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.5",
   "lines": [
    3043,
    3060
   ]
  },
  "theoreticalRangeLines": [
   3043,
   3060
  ]
 },
 {
  "id": "N358",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "NOSIK",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 334,
  "mean": 51.35,
  "sd": 27.34,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   25,
   150
  ],
  "alpha": null,
  "significance": "** research vs reference p < .005",
  "qualifier": null,
  "notes": "Stress is rated per child (text 3092-3093), so N counts parent-child ratings.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.5",
   "lines": [
    3043,
    3062
   ]
  },
  "theoreticalRangeLines": [
   3043,
   3062
  ]
 },
 {
  "id": "N359",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "Opvoedingsstress per stad",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Rotterdam",
   "wave": 1
  },
  "n": 75,
  "mean": 57.6,
  "sd": 32.05,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.6",
   "lines": [
    3072,
    3079
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N360",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "Opvoedingsstress per stad",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Amsterdam",
   "wave": 1
  },
  "n": 111,
  "mean": 44.4,
  "sd": 19.96,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "Amsterdam vs Rotterdam p < .01; Amsterdam vs Utrecht p < .01; Amsterdam still higher than reference",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.6",
   "lines": [
    3072,
    3081
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N361",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "Opvoedingsstress per stad",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Den Haag",
   "wave": 1
  },
  "n": 76,
  "mean": 49.2,
  "sd": 26.98,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.6",
   "lines": [
    3072,
    3083
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N362",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "Opvoedingsstress per stad",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Utrecht",
   "wave": 1
  },
  "n": 72,
  "mean": 57.8,
  "sd": 29.71,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "5.6",
   "lines": [
    3072,
    3085
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N363",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "Opvoedingsstress",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "helpReceived": "wel hulp",
   "wave": 1
  },
  "n": null,
  "mean": 53.9,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Difference not significant.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3999
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N364",
  "instrument": "NOSI-K",
  "scale": "parentingStressTotal",
  "scaleLabel": "Opvoedingsstress",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "helpReceived": "geen hulp",
   "wave": 1
  },
  "n": null,
  "mean": 48.1,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Difference not significant.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "7.5",
   "lines": [
    3985,
    3999
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N365",
  "instrument": "SIMS-PR",
  "scale": "emotionalReactivity",
  "scaleLabel": "Emotionele reactiviteit",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.89,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3313,
    3318
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N366",
  "instrument": "SIMS-PR",
  "scale": "behavioralDysregulation",
  "scaleLabel": "Gedragsdisregulatie",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.8,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3313,
    3318
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N367",
  "instrument": "SIMS-PR",
  "scale": "avoidance",
  "scaleLabel": "Vermijden",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.63,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3313,
    3318
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N368",
  "instrument": "SIMS-PR",
  "scale": "involvement",
  "scaleLabel": "Bemoeien",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.84,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3313,
    3318
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N369",
  "instrument": "SIS",
  "scale": "emotionalReactivity",
  "scaleLabel": "Emotionele reactiviteit",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.82,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3333,
    3338
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N370",
  "instrument": "SIS",
  "scale": "behavioralDysregulation",
  "scaleLabel": "Gedragsdisregulatie",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.14,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3333,
    3338
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N371",
  "instrument": "SIS",
  "scale": "avoidance",
  "scaleLabel": "Vermijden",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.85,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3333,
    3338
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N372",
  "instrument": "SIS",
  "scale": "involvement",
  "scaleLabel": "Bemoeien",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.59,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3333,
    3338
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N373",
  "instrument": "SIS",
  "scale": "constructiveFamilyRepresentations",
  "scaleLabel": "Constructieve familie representatie",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.82,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3333,
    3338
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N374",
  "instrument": "SIS",
  "scale": "destructiveFamilyRepresentations",
  "scaleLabel": "Destructieve familie representatie",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.81,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3333,
    3338
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N375",
  "instrument": "SIS",
  "scale": "conflictSpillover",
  "scaleLabel": "Spillover",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "wave": 1,
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.76,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3333,
    3338
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N376",
  "instrument": "SIS",
  "scale": "behavioralDysregulation",
  "scaleLabel": "Gedragsdisregulatie met alternatief item 19",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.52,
  "significance": null,
  "qualifier": null,
  "notes": "Alternative item 19 was added at research wave 3 and in the reference group; which group this alpha comes from is not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3342,
    3346
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N377",
  "instrument": "SIS",
  "scale": "allSubscales",
  "scaleLabel": "interne consistentie zeven subschalen (Davies, Forman, Rasi & Stevens, 2002)",
  "statistic": "cronbachAlphaRange",
  "population": "external",
  "stratum": {
   "sample": "Davies et al. (2002)"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": {
   "min": {
    "scale": "behavioralDysregulation",
    "alpha": 0.52
   },
   "max": {
    "scale": "emotionalReactivity",
    "alpha": 0.89
   }
  },
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3331,
    3333
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N378",
  "instrument": "SIMS-PR",
  "scale": "emotionalReactivity",
  "scaleLabel": "Openlijke emotionele reactiviteit",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "3-10",
   "label": "Jongere kinderen",
   "wave": 1
  },
  "n": 196,
  "mean": 21.99,
  "sd": 9.44,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   10,
   50
  ],
  "alpha": null,
  "significance": "research > reference, p < .001",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3385
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3385
  ]
 },
 {
  "id": "N379",
  "instrument": "SIMS-PR",
  "scale": "emotionalReactivity",
  "scaleLabel": "Openlijke emotionele reactiviteit",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "3-10",
   "label": "Jongere kinderen"
  },
  "n": 114,
  "mean": 12.35,
  "sd": 2.55,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   10,
   50
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3385
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3385
  ]
 },
 {
  "id": "N380",
  "instrument": "SIMS-PR",
  "scale": "behavioralDysregulation",
  "scaleLabel": "Gedragsregulatie (sic; text: Gedragsdisregulatie)",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "3-10",
   "label": "Jongere kinderen",
   "wave": 1
  },
  "n": 202,
  "mean": 7.31,
  "sd": 3.54,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   5,
   25
  ],
  "alpha": null,
  "significance": "research > reference, p < .001",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3387
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3387
  ]
 },
 {
  "id": "N381",
  "instrument": "SIMS-PR",
  "scale": "behavioralDysregulation",
  "scaleLabel": "Gedragsregulatie (sic; text: Gedragsdisregulatie)",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "3-10",
   "label": "Jongere kinderen"
  },
  "n": 115,
  "mean": 5.31,
  "sd": 0.94,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   5,
   25
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3387
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3387
  ]
 },
 {
  "id": "N382",
  "instrument": "SIMS-PR",
  "scale": "avoidance",
  "scaleLabel": "Openlijke vermijding",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "3-10",
   "label": "Jongere kinderen",
   "wave": 1
  },
  "n": 197,
  "mean": 6.82,
  "sd": 3.27,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   4,
   20
  ],
  "alpha": null,
  "significance": "research > reference, p < .001",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3389
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3389
  ]
 },
 {
  "id": "N383",
  "instrument": "SIMS-PR",
  "scale": "avoidance",
  "scaleLabel": "Openlijke vermijding",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "3-10",
   "label": "Jongere kinderen"
  },
  "n": 112,
  "mean": 4.7,
  "sd": 1.41,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   4,
   20
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3389
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3389
  ]
 },
 {
  "id": "N384",
  "instrument": "SIMS-PR",
  "scale": "involvement",
  "scaleLabel": "Openlijke bemoeienis",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "3-10",
   "label": "Jongere kinderen",
   "wave": 1
  },
  "n": 197,
  "mean": 20.5,
  "sd": 8.46,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   9,
   45
  ],
  "alpha": null,
  "significance": "research > reference, p < .001",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3391
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3391
  ]
 },
 {
  "id": "N385",
  "instrument": "SIMS-PR",
  "scale": "involvement",
  "scaleLabel": "Openlijke bemoeienis",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "3-10",
   "label": "Jongere kinderen"
  },
  "n": 113,
  "mean": 13.26,
  "sd": 4.14,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   9,
   45
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3391
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3391
  ]
 },
 {
  "id": "N386",
  "instrument": "SIS",
  "scale": "emotionalReactivity",
  "scaleLabel": "Openlijke emotionele reactiviteit",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen",
   "wave": 1
  },
  "n": 36,
  "mean": 14.64,
  "sd": 6.52,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   7,
   28
  ],
  "alpha": null,
  "significance": "research > reference, p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3395
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3395
  ]
 },
 {
  "id": "N387",
  "instrument": "SIS",
  "scale": "emotionalReactivity",
  "scaleLabel": "Openlijke emotionele reactiviteit",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen"
  },
  "n": 117,
  "mean": 9.16,
  "sd": 2.32,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   7,
   28
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3395
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3395
  ]
 },
 {
  "id": "N388",
  "instrument": "SIS",
  "scale": "behavioralDysregulation",
  "scaleLabel": "Gedragsregulatie (sic; text: Gedragsdisregulatie)",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen",
   "wave": 1
  },
  "n": 36,
  "mean": 3.64,
  "sd": 1.07,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   3,
   12
  ],
  "alpha": null,
  "significance": "research > reference, p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3397
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3397
  ]
 },
 {
  "id": "N389",
  "instrument": "SIS",
  "scale": "behavioralDysregulation",
  "scaleLabel": "Gedragsregulatie (sic; text: Gedragsdisregulatie)",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen"
  },
  "n": 117,
  "mean": 3.19,
  "sd": 0.51,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   3,
   12
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3397
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3397
  ]
 },
 {
  "id": "N390",
  "instrument": "SIS",
  "scale": "avoidance",
  "scaleLabel": "Openlijke vermijding",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen",
   "wave": 1
  },
  "n": 36,
  "mean": 13.97,
  "sd": 5.56,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   7,
   28
  ],
  "alpha": null,
  "significance": "research > reference, p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3399
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3399
  ]
 },
 {
  "id": "N391",
  "instrument": "SIS",
  "scale": "avoidance",
  "scaleLabel": "Openlijke vermijding",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen"
  },
  "n": 116,
  "mean": 12.17,
  "sd": 4.3,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   7,
   28
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3399
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3399
  ]
 },
 {
  "id": "N392",
  "instrument": "SIS",
  "scale": "involvement",
  "scaleLabel": "Openlijke bemoeienis",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen",
   "wave": 1
  },
  "n": 36,
  "mean": 11.57,
  "sd": 3.47,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   6,
   24
  ],
  "alpha": null,
  "significance": "not significant (the one exception)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3401
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3401
  ]
 },
 {
  "id": "N393",
  "instrument": "SIS",
  "scale": "involvement",
  "scaleLabel": "Openlijke bemoeienis",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen"
  },
  "n": 116,
  "mean": 10.65,
  "sd": 3.27,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   6,
   24
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3401
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3401
  ]
 },
 {
  "id": "N394",
  "instrument": "SIS",
  "scale": "constructiveFamilyRepresentations",
  "scaleLabel": "Constructieve ouderrelatie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen",
   "wave": 1
  },
  "n": 36,
  "mean": 6.71,
  "sd": 2.98,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   4,
   16
  ],
  "alpha": null,
  "significance": "reference > research, p < .001 (positive scale; 'ruim twee keer zo hoog')",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3403
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3403
  ]
 },
 {
  "id": "N395",
  "instrument": "SIS",
  "scale": "constructiveFamilyRepresentations",
  "scaleLabel": "Constructieve ouderrelatie",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen"
  },
  "n": 118,
  "mean": 13.84,
  "sd": 3.57,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   4,
   16
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3403
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3403
  ]
 },
 {
  "id": "N396",
  "instrument": "SIS",
  "scale": "destructiveFamilyRepresentations",
  "scaleLabel": "Destructieve ouderrelatie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen",
   "wave": 1
  },
  "n": 36,
  "mean": 7.82,
  "sd": 3.65,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   4,
   16
  ],
  "alpha": null,
  "significance": "research > reference, p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3405
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3405
  ]
 },
 {
  "id": "N397",
  "instrument": "SIS",
  "scale": "destructiveFamilyRepresentations",
  "scaleLabel": "Destructieve ouderrelatie",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen"
  },
  "n": 115,
  "mean": 4.68,
  "sd": 1.14,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   4,
   16
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3405
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3405
  ]
 },
 {
  "id": "N398",
  "instrument": "SIS",
  "scale": "conflictSpillover",
  "scaleLabel": "Conflict Spillover",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen",
   "wave": 1
  },
  "n": 36,
  "mean": 6.04,
  "sd": 2.24,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   4,
   16
  ],
  "alpha": null,
  "significance": "research > reference, p < .05",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3407
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3407
  ]
 },
 {
  "id": "N399",
  "instrument": "SIS",
  "scale": "conflictSpillover",
  "scaleLabel": "Conflict Spillover",
  "statistic": "mean",
  "population": "reference",
  "stratum": {
   "ageBand": "10-18",
   "label": "Oudere kinderen"
  },
  "n": 114,
  "mean": 4.86,
  "sd": 1.6,
  "percent": null,
  "distribution": null,
  "theoreticalRange": [
   4,
   16
  ],
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.1",
   "lines": [
    3366,
    3407
   ]
  },
  "theoreticalRangeLines": [
   3366,
   3407
  ]
 },
 {
  "id": "N400",
  "instrument": "SIMS-PR/SIS",
  "scale": "emotionalInsecurity",
  "scaleLabel": "emotionele onveiligheid, ouders gescheiden",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "separated": true,
   "wave": 1
  },
  "n": null,
  "mean": 24,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "p < .05 vs not separated",
  "qualifier": null,
  "notes": "Which scale or composite is meant is not stated.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3487,
    3491
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N401",
  "instrument": "SIMS-PR/SIS",
  "scale": "emotionalInsecurity",
  "scaleLabel": "emotionele onveiligheid, ouders wonen bij elkaar",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "separated": false,
   "wave": 1
  },
  "n": null,
  "mean": 18,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3487,
    3491
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N402",
  "instrument": "TSCYC",
  "scale": "posttraumaticStressTotal",
  "scaleLabel": "Totale PTSS schaal",
  "statistic": "cronbachAlpha",
  "population": "research",
  "stratum": {
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.91,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3545,
    3547
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N403",
  "instrument": "TSCYC",
  "scale": "posttraumaticStressTotal",
  "scaleLabel": "Totale PTSS schaal",
  "statistic": "cronbachAlpha",
  "population": "reference",
  "stratum": {
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.66,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3545,
    3547
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N404",
  "instrument": "TSCYC",
  "scale": "anxiety",
  "scaleLabel": "Angst",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.78,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3547,
    3549
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N405",
  "instrument": "TSCYC",
  "scale": "depression",
  "scaleLabel": "Depressie",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.8,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3547,
    3549
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N406",
  "instrument": "TSCYC",
  "scale": "sexualConcerns",
  "scaleLabel": "Seksuele problematiek",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.7,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3547,
    3549
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N407",
  "instrument": "TSCYC",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.83,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3547,
    3549
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N408",
  "instrument": "TSCYC",
  "scale": "anger",
  "scaleLabel": "Boosheid",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "3-10"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.89,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3547,
    3549
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N409",
  "instrument": "TSCC",
  "scale": "anxiety",
  "scaleLabel": "Angst",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.79,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3578,
    3581
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N410",
  "instrument": "TSCC",
  "scale": "depression",
  "scaleLabel": "Depressie",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.85,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3578,
    3581
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N411",
  "instrument": "TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "Posttraumatische stress",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.83,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3578,
    3581
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N412",
  "instrument": "TSCC",
  "scale": "sexualConcerns",
  "scaleLabel": "Seksuele problematiek",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.73,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3578,
    3581
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N413",
  "instrument": "TSCC",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.74,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3578,
    3581
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N414",
  "instrument": "TSCC",
  "scale": "anger",
  "scaleLabel": "Boosheid",
  "statistic": "cronbachAlpha",
  "population": "unspecified",
  "stratum": {
   "ageBand": "10-18"
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": 0.85,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3578,
    3581
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N415",
  "instrument": "TSCYC+TSCC",
  "scale": "anxiety",
  "scaleLabel": "Angst",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 241,
  "mean": 55.3,
  "sd": 14.1,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "research vs reference p < .001",
  "qualifier": null,
  "notes": "The report does not name the score metric, and does not say how TSCYC (3-10) and TSCC (10-18) scores were pooled.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3609
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N416",
  "instrument": "TSCYC+TSCC",
  "scale": "anxiety",
  "scaleLabel": "Angst",
  "statistic": "mean",
  "population": "reference",
  "stratum": {},
  "n": 235,
  "mean": 45.9,
  "sd": 6.4,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "The report does not name the score metric.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3609
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N417",
  "instrument": "TSCYC+TSCC",
  "scale": "depression",
  "scaleLabel": "Depressie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 242,
  "mean": 53.3,
  "sd": 13.2,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "research vs reference p < .001",
  "qualifier": null,
  "notes": "The report does not name the score metric, and does not say how TSCYC (3-10) and TSCC (10-18) scores were pooled.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3611
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N418",
  "instrument": "TSCYC+TSCC",
  "scale": "depression",
  "scaleLabel": "Depressie",
  "statistic": "mean",
  "population": "reference",
  "stratum": {},
  "n": 234,
  "mean": 44.8,
  "sd": 5.1,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "The report does not name the score metric.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3611
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N419",
  "instrument": "TSCYC+TSCC",
  "scale": "anger",
  "scaleLabel": "Woede",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 243,
  "mean": 51.6,
  "sd": 12.5,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "research vs reference p < .001",
  "qualifier": null,
  "notes": "The report does not name the score metric, and does not say how TSCYC (3-10) and TSCC (10-18) scores were pooled.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3613
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N420",
  "instrument": "TSCYC+TSCC",
  "scale": "anger",
  "scaleLabel": "Woede",
  "statistic": "mean",
  "population": "reference",
  "stratum": {},
  "n": 235,
  "mean": 43.7,
  "sd": 6.5,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "The report does not name the score metric.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3613
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N421",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "Posttraumatische stress",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 238,
  "mean": 55.3,
  "sd": 14.2,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "research vs reference p < .001",
  "qualifier": null,
  "notes": "The report does not name the score metric, and does not say how TSCYC (3-10) and TSCC (10-18) scores were pooled.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3615
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N422",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "Posttraumatische stress",
  "statistic": "mean",
  "population": "reference",
  "stratum": {},
  "n": 235,
  "mean": 43.4,
  "sd": 4.9,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "The report does not name the score metric.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3615
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N423",
  "instrument": "TSCYC+TSCC",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 241,
  "mean": 51.2,
  "sd": 11.4,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "research vs reference p < .001",
  "qualifier": null,
  "notes": "The report does not name the score metric, and does not say how TSCYC (3-10) and TSCC (10-18) scores were pooled.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3617
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N424",
  "instrument": "TSCYC+TSCC",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "mean",
  "population": "reference",
  "stratum": {},
  "n": 234,
  "mean": 44.5,
  "sd": 5.4,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "The report does not name the score metric.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3617
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N425",
  "instrument": "TSCYC+TSCC",
  "scale": "sexualConcerns",
  "scaleLabel": "Seksuele problemen",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 239,
  "mean": 49.1,
  "sd": 8.6,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "research vs reference p < .05",
  "qualifier": null,
  "notes": "The report does not name the score metric, and does not say how TSCYC (3-10) and TSCC (10-18) scores were pooled.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3619
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N426",
  "instrument": "TSCYC+TSCC",
  "scale": "sexualConcerns",
  "scaleLabel": "Seksuele problemen",
  "statistic": "mean",
  "population": "reference",
  "stratum": {},
  "n": 235,
  "mean": 47.5,
  "sd": 6.4,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "The report does not name the score metric.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.2",
   "lines": [
    3603,
    3619
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N427",
  "instrument": "TSCYC+TSCC",
  "scale": "anyClinical",
  "scaleLabel": "aantoonbare traumasymptomen (minimaal één traumacategorie)",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 33,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": "bijna een derde",
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3629,
    3630
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N428",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "posttraumatische stress",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 18,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": "ruim",
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3630,
    3632
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N429",
  "instrument": "TSCYC+TSCC",
  "scale": "anxiety",
  "scaleLabel": "angst",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 15,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3632,
    3633
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N430",
  "instrument": "TSCYC+TSCC",
  "scale": "sexualConcerns",
  "scaleLabel": "seksuele problemen",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 2,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3633,
    3634
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N431",
  "instrument": "TSCYC+TSCC",
  "scale": "anyClinical",
  "scaleLabel": "aantoonbare traumasymptomen",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 3.5,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3636,
    3637
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N432",
  "instrument": "TSCYC+TSCC",
  "scale": "sexualConcerns",
  "scaleLabel": "seksuele problemen",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 1,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3638,
    3639
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N433",
  "instrument": "TSCYC+TSCC",
  "scale": "anxiety",
  "scaleLabel": "angst",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 1,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3638,
    3639
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N434",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "posttraumatische stress",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "'komen in deze groep helemaal niet voor' (none); no number printed.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3639,
    3640
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N435",
  "instrument": "TSCYC+TSCC",
  "scale": "dissociation",
  "scaleLabel": "dissociatie",
  "statistic": "percentClinical",
  "population": "reference",
  "stratum": {},
  "n": null,
  "mean": null,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "'komen in deze groep helemaal niet voor' (none); no number printed.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3639,
    3640
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N436",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "Gemiddelde PTSS score",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Rotterdam",
   "wave": 1
  },
  "n": 57,
  "mean": 58.8,
  "sd": 17.0,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No significant city differences in PTSS score (text 3656-3657).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3669
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N437",
  "instrument": "TSCYC+TSCC",
  "scale": "anyClinical",
  "scaleLabel": "% getraumatiseerde kinderen",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "city": "Rotterdam",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 41.5,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "Utrecht and Rotterdam significantly higher than Amsterdam and Den Haag (text 3651-3653)",
  "qualifier": null,
  "notes": "The N column belongs to the PTSS score; the denominator of the percentage is not printed.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3669
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N438",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "Gemiddelde PTSS score",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Amsterdam",
   "wave": 1
  },
  "n": 76,
  "mean": 53.2,
  "sd": 12.8,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No significant city differences in PTSS score (text 3656-3657).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3671
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N439",
  "instrument": "TSCYC+TSCC",
  "scale": "anyClinical",
  "scaleLabel": "% getraumatiseerde kinderen",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "city": "Amsterdam",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 24.7,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "Utrecht and Rotterdam significantly higher than Amsterdam and Den Haag (text 3651-3653)",
  "qualifier": null,
  "notes": "The N column belongs to the PTSS score; the denominator of the percentage is not printed.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3671
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N440",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "Gemiddelde PTSS score",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Den Haag",
   "wave": 1
  },
  "n": 50,
  "mean": 53.2,
  "sd": 11.1,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No significant city differences in PTSS score (text 3656-3657).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3673
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N441",
  "instrument": "TSCYC+TSCC",
  "scale": "anyClinical",
  "scaleLabel": "% getraumatiseerde kinderen",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "city": "Den Haag",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 22.9,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "Utrecht and Rotterdam significantly higher than Amsterdam and Den Haag (text 3651-3653)",
  "qualifier": null,
  "notes": "The N column belongs to the PTSS score; the denominator of the percentage is not printed.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3673
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N442",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "Gemiddelde PTSS score",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "city": "Utrecht",
   "wave": 1
  },
  "n": 55,
  "mean": 56.5,
  "sd": 15.0,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No significant city differences in PTSS score (text 3656-3657).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3675
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N443",
  "instrument": "TSCYC+TSCC",
  "scale": "anyClinical",
  "scaleLabel": "% getraumatiseerde kinderen",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "city": "Utrecht",
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 45.1,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "Utrecht and Rotterdam significantly higher than Amsterdam and Den Haag (text 3651-3653)",
  "qualifier": null,
  "notes": "The N column belongs to the PTSS score; the denominator of the percentage is not printed.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3675
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N444",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "Gemiddelde PTSS score",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 238,
  "mean": 55.3,
  "sd": 14.2,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "No significant city differences in PTSS score (text 3656-3657).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3677
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N445",
  "instrument": "TSCYC+TSCC",
  "scale": "anyClinical",
  "scaleLabel": "% getraumatiseerde kinderen",
  "statistic": "percentClinical",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": null,
  "mean": null,
  "sd": null,
  "percent": 32.9,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "The N column belongs to the PTSS score; the denominator of the percentage is not printed.",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.3",
   "lines": [
    3659,
    3677
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N446",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "PTSS",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 243,
  "mean": 55.3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Wave-1 N printed as 243 for the whole row; Table 6.2 gives N per scale (238-243).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3692
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N447",
  "instrument": "TSCYC+TSCC",
  "scale": "depression",
  "scaleLabel": "Depressie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 243,
  "mean": 53.3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Wave-1 N printed as 243 for the whole row; Table 6.2 gives N per scale (238-243).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3692
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N448",
  "instrument": "TSCYC+TSCC",
  "scale": "anxiety",
  "scaleLabel": "Angst",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 243,
  "mean": 55.3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Wave-1 N printed as 243 for the whole row; Table 6.2 gives N per scale (238-243).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3692
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N449",
  "instrument": "TSCYC+TSCC",
  "scale": "anger",
  "scaleLabel": "Woede",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 243,
  "mean": 51.6,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "significant change over the three waves (p < .05)",
  "qualifier": null,
  "notes": "Wave-1 N printed as 243 for the whole row; Table 6.2 gives N per scale (238-243).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3692
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N450",
  "instrument": "TSCYC+TSCC",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 243,
  "mean": 51.2,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Wave-1 N printed as 243 for the whole row; Table 6.2 gives N per scale (238-243).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3692
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N451",
  "instrument": "TSCYC+TSCC",
  "scale": "sexualConcerns",
  "scaleLabel": "Seksuele zorgen",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 1
  },
  "n": 243,
  "mean": 49.1,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": "Wave-1 N printed as 243 for the whole row; Table 6.2 gives N per scale (238-243).",
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3692
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N452",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "PTSS",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 2
  },
  "n": 140,
  "mean": 53.0,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3694
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N453",
  "instrument": "TSCYC+TSCC",
  "scale": "depression",
  "scaleLabel": "Depressie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 2
  },
  "n": 140,
  "mean": 50.6,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3694
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N454",
  "instrument": "TSCYC+TSCC",
  "scale": "anxiety",
  "scaleLabel": "Angst",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 2
  },
  "n": 140,
  "mean": 52.4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "significant decrease wave 1 -> 2 (p < .05)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3694
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N455",
  "instrument": "TSCYC+TSCC",
  "scale": "anger",
  "scaleLabel": "Woede",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 2
  },
  "n": 140,
  "mean": 51.5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "significant change over the three waves (p < .05)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3694
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N456",
  "instrument": "TSCYC+TSCC",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 2
  },
  "n": 140,
  "mean": 49.8,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3694
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N457",
  "instrument": "TSCYC+TSCC",
  "scale": "sexualConcerns",
  "scaleLabel": "Seksuele zorgen",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 2
  },
  "n": 140,
  "mean": 48.3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3694
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N458",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "PTSS",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": 116,
  "mean": 52.5,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3696
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N459",
  "instrument": "TSCYC+TSCC",
  "scale": "depression",
  "scaleLabel": "Depressie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": 116,
  "mean": 50.6,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3696
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N460",
  "instrument": "TSCYC+TSCC",
  "scale": "anxiety",
  "scaleLabel": "Angst",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": 116,
  "mean": 52.4,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3696
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N461",
  "instrument": "TSCYC+TSCC",
  "scale": "anger",
  "scaleLabel": "Woede",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": 116,
  "mean": 49.2,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "significant change over the three waves (p < .05)",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3696
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N462",
  "instrument": "TSCYC+TSCC",
  "scale": "dissociation",
  "scaleLabel": "Dissociatie",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": 116,
  "mean": 49.3,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3696
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N463",
  "instrument": "TSCYC+TSCC",
  "scale": "sexualConcerns",
  "scaleLabel": "Seksuele zorgen",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "wave": 3
  },
  "n": 116,
  "mean": 47.8,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": "6.4",
   "lines": [
    3687,
    3696
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N464",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "PTSS-score, partners uit elkaar",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "separated": true
  },
  "n": null,
  "mean": 57,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": "p < .05 vs not separated",
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3733,
    3738
   ]
  },
  "theoreticalRangeLines": null
 },
 {
  "id": "N465",
  "instrument": "TSCYC+TSCC",
  "scale": "posttraumaticStress",
  "scaleLabel": "PTSS-score, partners bij elkaar",
  "statistic": "mean",
  "population": "research",
  "stratum": {
   "separated": false
  },
  "n": null,
  "mean": 48,
  "sd": null,
  "percent": null,
  "distribution": null,
  "theoreticalRange": null,
  "alpha": null,
  "significance": null,
  "qualifier": null,
  "notes": null,
  "source": {
   "file": "002_3fcd6fd1bf82d746.txt",
   "table": null,
   "lines": [
    3733,
    3738
   ]
  },
  "theoreticalRangeLines": null
 }
]
"""#
}
