import Foundation
import HearthCore
import HearthScoring

/// How a REDCap export's columns become Hearth items, waves and attributes
/// (`hearth-redcap-mapping@1`, a JSON file the research team writes once per project).
///
/// Every column of an export must be accounted for: the record id, the event, REDCap's own
/// columns, an attribute, respondent metadata, an item field, a checkbox column of a mapped
/// field, or a column listed in ``ignoredFields``. Any other column is an error, so a
/// renamed or added field is never dropped silently. See `docs/research.md`.
public struct REDCapMapping: Hashable, Sendable, Codable {
    /// The format tag this version reads and writes.
    public static let formatTag = "hearth-redcap-mapping@1"

    /// One event of the project and the wave it is.
    public struct Event: Hashable, Sendable, Codable {
        /// The wave index (1 = baseline).
        public var wave: Int
        /// Months since the report, when known.
        public var months: Int?

        /// Creates an event.
        public init(wave: Int, months: Int? = nil) {
            self.wave = wave
            self.months = months
        }
    }

    /// One instrument's fields.
    public struct Instrument: Hashable, Sendable, Codable {
        /// The Hearth instrument id (`cts2`, `tscyc`).
        public var instrument: String
        /// Where this instrument's respondent metadata is (parent or child fields).
        public var respondent: RespondentFields
        /// Item fields: REDCap field name (a radio, dropdown, text or one `x___k` checkbox
        /// column) → Hearth item id.
        public var items: [String: String]
        /// Single-choice checkbox groups: REDCap field name `x` whose columns `x___<code>`
        /// hold one checked option → Hearth item id.
        public var checkboxChoices: [String: String]
        /// Export value → Hearth code, for forms coded differently from the instrument's
        /// response scale (e.g. 1–5 in REDCap for 0–4 in Hearth). Without it, values are
        /// the codes themselves.
        public var codes: [String: Int]?

        /// Creates an instrument mapping.
        public init(
            instrument: String, respondent: RespondentFields = RespondentFields(), items: [String: String],
            checkboxChoices: [String: String] = [:], codes: [String: Int]? = nil
        ) {
            self.instrument = instrument
            self.respondent = respondent
            self.items = items
            self.checkboxChoices = checkboxChoices
            self.codes = codes
        }

        private enum CodingKeys: String, CodingKey { case instrument, respondent, items, checkboxChoices, codes }

        /// Decodes an instrument mapping; `respondent` and `checkboxChoices` may be omitted.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            instrument = try container.decode(String.self, forKey: .instrument)
            respondent = try container.decodeIfPresent(RespondentFields.self, forKey: .respondent) ?? RespondentFields()
            items = try container.decode([String: String].self, forKey: .items)
            checkboxChoices = try container.decodeIfPresent([String: String].self, forKey: .checkboxChoices) ?? [:]
            codes = try container.decodeIfPresent([String: Int].self, forKey: .codes)
        }
    }

    /// The fields of the help received in the interval ending at each event (the report's
    /// chapter 7). Every part is optional; an empty cell or a missing-data code is "not
    /// recorded", never "no".
    public struct Help: Hashable, Sendable, Codable {
        /// The yes/no field: any help in the interval.
        public var hadHelp: String?
        /// Values of ``hadHelp`` meaning yes (default `1`).
        public var yesValues: [String]?
        /// Values of ``hadHelp`` meaning no (default `0`).
        public var noValues: [String]?
        /// Agency kind (``Agency`` id) → its checkbox column (`help_agency___3`: `1` involved, `0` not).
        public var agencies: [String: String]?
        /// The number-of-agencies field (a whole number).
        public var agencyCount: String?
        /// Agency kind → its satisfaction field.
        public var satisfaction: [String: String]?
        /// Satisfaction values → `satisfied`, `neutral`, `dissatisfied` (default `1`, `2`, `3`).
        public var satisfactionCodes: [String: Satisfaction]?

        /// Creates a help mapping.
        public init(
            hadHelp: String? = nil, yesValues: [String]? = nil, noValues: [String]? = nil, agencies: [String: String]? = nil,
            agencyCount: String? = nil, satisfaction: [String: String]? = nil, satisfactionCodes: [String: Satisfaction]? = nil
        ) {
            self.hadHelp = hadHelp
            self.yesValues = yesValues
            self.noValues = noValues
            self.agencies = agencies
            self.agencyCount = agencyCount
            self.satisfaction = satisfaction
            self.satisfactionCodes = satisfactionCodes
        }

        /// Every field the help mapping reads.
        var fields: [String] {
            [hadHelp, agencyCount].compactMap { $0 } + (agencies ?? [:]).values.sorted() + (satisfaction ?? [:]).values.sorted()
        }
    }

    /// Always ``formatTag``.
    public var format: String
    /// The record id field.
    public var recordIDField: String
    /// The event field.
    public var eventField: String
    /// Event names → waves. Empty for a project without events (no waves).
    public var events: [String: Event]
    /// Export values that mean missing, and which kind: REDCap's missing-data codes
    /// (`NASK`, `ASKU`, …) or a project's own (`-99`). Matched case-insensitively.
    public var missingCodes: [String: String]
    /// Sex values → `female`/`male`/`unknown`, for projects that code sex as numbers.
    public var sexCodes: [String: String]?
    /// Attribute name → field (`"city": "site"`, `"group": "study_arm"`).
    public var attributes: [String: String]
    /// Fields deliberately left out of the import.
    public var ignoredFields: [String]
    /// The instruments.
    public var instruments: [Instrument]
    /// The help received, when the project records it.
    public var help: Help?

    /// REDCap's standard missing-data codes, mapped to the kinds Hearth keeps.
    public static let standardMissingCodes: [String: String] = [
        "NI": "skipped", "INV": "skipped", "UNK": "dontKnow", "ASKU": "dontKnow", "NAV": "dontKnow",
        "NASK": "notAdministered", "NA": "notAdministered", "NAVU": "dontKnow", "NP": "notAdministered",
        "QS": "dontKnow", "QI": "dontKnow", "TRC": "dontKnow", "UNC": "dontKnow", "DER": "skipped",
        "PINF": "skipped", "NINF": "skipped", "OTH": "skipped", "MSK": "refused",
    ]

    /// Creates a mapping.
    public init(
        recordIDField: String = "record_id", eventField: String = "redcap_event_name", events: [String: Event] = [:],
        missingCodes: [String: String] = REDCapMapping.standardMissingCodes, sexCodes: [String: String]? = nil,
        attributes: [String: String] = [:], ignoredFields: [String] = [], instruments: [Instrument], help: Help? = nil
    ) {
        self.help = help
        format = Self.formatTag
        self.recordIDField = recordIDField
        self.eventField = eventField
        self.events = events
        self.missingCodes = missingCodes
        self.sexCodes = sexCodes
        self.attributes = attributes
        self.ignoredFields = ignoredFields
        self.instruments = instruments
    }

    private enum CodingKeys: String, CodingKey {
        case format, recordIDField, eventField, events, missingCodes, sexCodes, attributes, ignoredFields, instruments, help
    }

    /// Instruments of the mapping left out of this reading (``restricted(to:)``): their
    /// columns are accounted for and not read. Not part of the file.
    var setAside: [Instrument] = []

    /// The mapping reading one instrument only, the others' columns accounted for and left
    /// unread (`hearth score` scores one instrument of a project's export); `nil` when the
    /// mapping has no entry for `instrumentID` (compared without regard to case).
    package func restricted(to instrumentID: String) -> REDCapMapping? {
        let kept = instruments.filter { $0.instrument.lowercased() == instrumentID.lowercased() }
        guard !kept.isEmpty else { return nil }
        var restricted = self
        restricted.instruments = kept
        restricted.setAside += instruments.filter { $0.instrument.lowercased() != instrumentID.lowercased() }
        return restricted
    }

    /// Decodes a mapping; everything but `format` and `instruments` has a default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        recordIDField = try container.decodeIfPresent(String.self, forKey: .recordIDField) ?? "record_id"
        eventField = try container.decodeIfPresent(String.self, forKey: .eventField) ?? "redcap_event_name"
        events = try container.decodeIfPresent([String: Event].self, forKey: .events) ?? [:]
        missingCodes = try container.decodeIfPresent([String: String].self, forKey: .missingCodes) ?? Self.standardMissingCodes
        sexCodes = try container.decodeIfPresent([String: String].self, forKey: .sexCodes)
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        ignoredFields = try container.decodeIfPresent([String].self, forKey: .ignoredFields) ?? []
        instruments = try container.decode([Instrument].self, forKey: .instruments)
        help = try container.decodeIfPresent(Help.self, forKey: .help)
    }

    /// Reads a mapping file.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` naming the JSON path of the problem,
    ///   ``ResearchError/Code/invalidMapping`` for an unknown format tag.
    public static func decode(_ data: Data, source: String) throws(ResearchError) -> REDCapMapping {
        try JSONInput.decode(data, source: source, kind: .redcapMapping, tag: formatTag) { $0.format }
    }
}
