import HearthCore

extension FHIRMapping {
    /// The Questionnaire on help received in the interval ending at a wave (the report's
    /// chapter 7), and which linkIds hold which part. Unanswered parts are "not recorded".
    public struct HelpQuestionnaire: Hashable, Sendable, Codable {
        /// The Questionnaire's canonical URL (matched with or without `|version`).
        public var canonical: String
        /// Any help in the interval: valueBoolean, or a valueCoding/valueString in
        /// `yesValues`/`noValues`.
        public var hadHelp: String?
        /// Codes or strings meaning yes (default `Y`, `yes`, `1`).
        public var yesValues: [String]?
        /// Codes or strings meaning no (default `N`, `no`, `0`).
        public var noValues: [String]?
        /// The kinds of agency: one answer per kind, valueCoding code or valueString, an
        /// ``Agency`` id or a key of ``agencyCodes``.
        public var agencies: String?
        /// Code → ``Agency`` id, for forms with their own codes.
        public var agencyCodes: [String: String]?
        /// The number of agencies (valueInteger).
        public var agencyCount: String?
        /// Agency id → linkId of its satisfaction (valueCoding code or valueString).
        public var satisfaction: [String: String]?
        /// Satisfaction codes → `satisfied`, `neutral`, `dissatisfied` (default `1`, `2`, `3`
        /// and the three names themselves).
        public var satisfactionCodes: [String: Satisfaction]?

        /// Creates a help questionnaire mapping.
        public init(
            canonical: String, hadHelp: String? = nil, yesValues: [String]? = nil, noValues: [String]? = nil, agencies: String? = nil,
            agencyCodes: [String: String]? = nil, agencyCount: String? = nil, satisfaction: [String: String]? = nil,
            satisfactionCodes: [String: Satisfaction]? = nil
        ) {
            self.canonical = canonical
            self.hadHelp = hadHelp
            self.yesValues = yesValues
            self.noValues = noValues
            self.agencies = agencies
            self.agencyCodes = agencyCodes
            self.agencyCount = agencyCount
            self.satisfaction = satisfaction
            self.satisfactionCodes = satisfactionCodes
        }

        /// Whether a response's `questionnaire` is this one.
        func matches(_ questionnaire: String) -> Bool {
            questionnaire == canonical || questionnaire.hasPrefix(canonical + "|")
        }

        /// Checks agency ids.
        func validate() throws(ResearchError) {
            for id in (agencyCodes ?? [:]).values.sorted() + (satisfaction ?? [:]).keys.sorted() where !Agency(rawValue: id).isWellFormed {
                throw ResearchError(.invalidMapping, field: "helpQuestionnaire", message: "an agency id is lowercase letters, digits and '-' (at most 40)")
            }
        }

        /// The help in one response's items (`fail` words errors with the response's position).
        func read(_ items: [FHIRItem], fail: (ResearchError.Code, String?, String) -> ResearchError) throws(ResearchError) -> HelpReceived {
            var byLink: [String: [FHIRAnswer]] = [:]
            func collect(_ items: [FHIRItem]) throws(ResearchError) {
                for item in items {
                    guard byLink[item.linkId] == nil else { throw fail(.duplicateRecord, item.linkId, "the linkId appears twice in one response") }
                    byLink[item.linkId] = item.answer ?? []
                    try collect(item.item ?? [])
                }
            }
            try collect(items)
            let known = Set([hadHelp, agencies, agencyCount].compactMap { $0 } + (satisfaction ?? [:]).values)
            for link in byLink.keys.sorted() where !known.contains(link) && !(byLink[link]?.isEmpty ?? true) {
                throw fail(.unknownField, link, "the linkId is not part of the help questionnaire mapping")
            }
            var help = HelpReceived()
            if let link = hadHelp, let answer = byLink[link]?.first {
                if let flag = answer.valueBoolean {
                    help.hadHelp = flag
                } else if let text = answer.valueCoding?.code ?? answer.valueString {
                    if (yesValues ?? ["Y", "yes", "1"]).contains(text) { help.hadHelp = true } else if (noValues ?? ["N", "no", "0"]).contains(text) {
                        help.hadHelp = false
                    } else {
                        throw fail(.invalidValue, link, "the answer is neither a yes nor a no value")
                    }
                } else {
                    throw fail(.invalidValue, link, "the answer has no valueBoolean, valueCoding or valueString")
                }
            }
            if let link = agencies {
                for answer in byLink[link] ?? [] {
                    guard let code = answer.valueCoding?.code ?? answer.valueString else { throw fail(.invalidValue, link, "an agency answer has no code") }
                    let agency = Agency(rawValue: agencyCodes?[code] ?? code)
                    guard agency.isWellFormed else { throw fail(.invalidValue, link, "the agency code is neither in agencyCodes nor an agency id") }
                    help.agencies.insert(agency)
                }
            }
            if let link = agencyCount, let answer = byLink[link]?.first {
                guard let count = answer.valueInteger, count >= 0, count <= 100 else { throw fail(.invalidValue, link, "the number of agencies is not a valueInteger in 0...100") }
                help.agencyCount = count
            }
            let codes = satisfactionCodes ?? ["1": .satisfied, "2": .neutral, "3": .dissatisfied, "satisfied": .satisfied, "neutral": .neutral, "dissatisfied": .dissatisfied]
            for (id, link) in (satisfaction ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let answer = byLink[link]?.first else { continue }
                guard let text = answer.valueCoding?.code ?? answer.valueString, let level = codes[text] else {
                    throw fail(.invalidValue, link, "the answer is not one of the satisfaction codes")
                }
                help.satisfaction[Agency(rawValue: id)] = level
            }
            if help.hadHelp == false, !help.agencies.isEmpty { throw fail(.invalidValue, hadHelp, "no help is recorded, yet an agency is named") }
            return help
        }
    }
}
