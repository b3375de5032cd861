import HearthCore

extension REDCapFieldPlan {
    /// REDCap's own columns, present in exports and never answers.
    static func isSystemColumn(_ name: String) -> Bool {
        ["redcap_repeat_instrument", "redcap_repeat_instance", "redcap_data_access_group", "redcap_survey_identifier"]
            .contains(name) || name.hasSuffix("_complete") || name.hasSuffix("_timestamp")
    }

    /// Resolves the mapping against an export's header.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` for a repeated column name,
    ///   ``ResearchError/Code/missingField`` for a mapped field the export lacks,
    ///   ``ResearchError/Code/unknownField`` naming the first column nothing accounts for.
    func resolve(header: [String], source: String) throws(ResearchError) -> Columns {
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            guard index.updateValue(position, forKey: name) == nil else {
                throw ResearchError(.malformedFile, source: source, field: name, message: "the column appears twice in the header")
            }
        }
        var used = Set<Int>()
        func require(_ name: String) throws(ResearchError) -> Int {
            guard let position = index[name] else {
                throw ResearchError(
                    .missingField, source: source, field: name, message: "the mapping names this field but the export has no such column" + Self.hint(name, among: header))
            }
            used.insert(position)
            return position
        }
        func optional(_ name: String?) throws(ResearchError) -> Int? {
            guard let name else { return nil }
            return try require(name)
        }
        let recordID = try require(mapping.recordIDField)
        let event = mapping.events.isEmpty ? index[mapping.eventField] : try require(mapping.eventField)
        if let event { used.insert(event) }
        let attributes = try mapping.attributes.sorted(by: { $0.key < $1.key }).map { (name, field) throws(ResearchError) in
            (name: name, column: try require(field))
        }
        var items: [[ResolvedItem]] = []
        var respondent: [(sex: Int?, partnerSex: Int?, age: Int?)] = []
        for plan in instruments {
            var resolved: [ResolvedItem] = []
            for itemSource in plan.sources {
                resolved.append(try resolve(itemSource, plan: plan, index: index, used: &used, sourceName: source))
            }
            items.append(resolved)
            respondent.append((
                try optional(plan.respondent.sex), try optional(plan.respondent.partnerSex), try optional(plan.respondent.age)
            ))
        }
        let help = try mapping.help.map { help throws(ResearchError) in try REDCapHelpColumns(help, require: require) }
        var ignored: [String: String] = [:]
        let ignoredByMapping = Set(mapping.ignoredFields)
        let setAsideFields = Set(mapping.setAside.flatMap { Array($0.items.keys) + $0.respondent.all })
        // A checkbox field's other columns (its options, its missing-data boxes `x___asku`).
        var setAsideGroups: Set<String> = []
        for instrument in mapping.setAside {
            for group in instrument.checkboxChoices.keys { setAsideGroups.insert(group + "___") }
            for field in instrument.items.keys {
                if let separator = field.range(of: "___") { setAsideGroups.insert(String(field[..<separator.upperBound])) }
            }
        }
        for (position, name) in header.enumerated() where !used.contains(position) {
            if Self.isSystemColumn(name) {
                ignored[name] = "REDCap system column"
            } else if ignoredByMapping.contains(name) {
                ignored[name] = "listed in ignoredFields"
            } else if setAsideFields.contains(name) || setAsideGroups.contains(where: { name.hasPrefix($0) }) {
                ignored[name] = "another instrument's field"
            } else {
                // A mapped name the export lacks, close to this column, is likely its misspelling.
                let absent = Set(mapping.instruments.flatMap { Array($0.items.keys) } + mapping.setAside.flatMap { Array($0.items.keys) }).filter { index[$0] == nil }
                throw ResearchError(
                    .unknownField, source: source, field: name,
                    message: "the column is not mapped; map it or list it in ignoredFields"
                        + (EditDistance.suggestions(for: name, among: absent.sorted()).first.map { " (the mapping names '\($0)', which the export lacks)" } ?? ""))
            }
        }
        return Columns(
            recordID: recordID, event: event, repeatInstance: index["redcap_repeat_instance"], attributes: attributes,
            items: items, respondent: respondent, ignored: ignored, help: help, names: header)
    }

    /// " (did you mean 'X'?)" for the export's column nearest a name it lacks, if one is near.
    private static func hint(_ name: String, among columns: [String]) -> String {
        EditDistance.suggestions(for: name, among: columns).first.map { " (did you mean '\($0)'?)" } ?? ""
    }

    private func resolve(
        _ itemSource: ItemSource, plan: InstrumentPlan, index: [String: Int], used: inout Set<Int>, sourceName source: String
    ) throws(ResearchError) -> ResolvedItem {
        switch itemSource {
        case .field(let name):
            guard let position = index[name] else {
                throw ResearchError(
                    .missingField, source: source, field: name, instrument: plan.id,
                    message: "the export has no column for this mapped item" + Self.hint(name, among: index.keys.sorted()))
            }
            used.insert(position)
            let base = name.components(separatedBy: "___")
            let missingColumns = base.count == 2 ? missingColumns(base: base[0], index: index, used: &used) : []
            return .column(position, missing: missingColumns)
        case .choice(let base):
            var options: [(UInt8, Int)] = []
            for (name, position) in index.sorted(by: { $0.key < $1.key }) where name.hasPrefix(base + "___") {
                let suffix = String(name.dropFirst(base.count + 3))
                if missing[suffix.uppercased()] != nil { continue }
                guard let code = choiceCode(suffix, plan: plan) else {
                    throw ResearchError(
                        .unknownField, source: source, field: name, instrument: plan.id,
                        message: "the checkbox option is neither a code on the response scale nor a missing-data code")
                }
                used.insert(position)
                options.append((code, position))
            }
            guard !options.isEmpty else {
                throw ResearchError(.missingField, source: source, field: base, instrument: plan.id, message: "the export has no '\(base)___<code>' columns")
            }
            return .choice(options: options, missing: missingColumns(base: base, index: index, used: &used))
        }
    }

    private func choiceCode(_ suffix: String, plan: InstrumentPlan) -> UInt8? {
        if let codes = plan.codes { return codes[suffix] }
        guard let value = Int(suffix), let code = UInt8(exactly: value), plan.definition.responseScale.contains(code) else { return nil }
        return code
    }

    /// The `base___<missing code>` columns REDCap adds to checkbox fields when the project
    /// uses missing-data codes.
    private func missingColumns(base: String, index: [String: Int], used: inout Set<Int>) -> [(MissingReason, Int)] {
        var result: [(MissingReason, Int)] = []
        for (name, position) in index.sorted(by: { $0.key < $1.key }) where name.hasPrefix(base + "___") {
            guard let reason = missing[String(name.dropFirst(base.count + 3)).uppercased()] else { continue }
            used.insert(position)
            result.append((reason, position))
        }
        return result
    }
}
