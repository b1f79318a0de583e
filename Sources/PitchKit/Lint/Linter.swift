/// A pitch ready to lint, with its language and target time settled.
public struct LintJob: Sendable {
    public var document: PitchDocument
    public var path: String
    public var language: Language
    public var targetSeconds: Double
    /// The language's word lists, compiled (with the marks folded away for a
    /// text typed without them): made when the job is, so lint itself cannot fail.
    public var lexicon: Lexicon
}

/// Runs the rules over pitches. Holds the loaded packs and the compiled word
/// lists, so one linter serves many files; not thread-safe (it reuses one ICU iterator).
public final class Linter {
    public let configuration: Configuration
    public let catalog: PackCatalog
    private let tokenizer: Tokenizer
    /// By language, for the languages whose file names a dictionary.
    private let rebuilders: [Language: WordRebuilder]
    private let profiles: [Language: LanguageProfile]
    private let headings: [String: Section]
    private let detector: LanguageDetector
    private let configuredLanguage: Language?
    private var lexicons: [LexiconKey: Lexicon] = [:]
    /// The user's own list files (`[lists]`), by list index.
    private let extraLists: [Int: [WordListEntry]]
    private let rules: [(spec: RuleSpec, severity: Severity)]

    public init(configuration: Configuration = Configuration()) throws(PitchError) {
        self.configuration = configuration
        let catalog = try PackCatalog.builtIn().adding(packsAt: configuration.packs)
        self.catalog = catalog
        let paces = try configuration.pacePath.map { path throws(PitchError) in try SpeakingPace.load(from: path, for: catalog) } ?? [:]
        var profiles = catalog.profiles
        // The user's own measured pace (`rehearse --calibrate`) times their pitches better than an average.
        for (language, pace) in paces { profiles[language]?.unitsPerSecond = pace }
        self.profiles = profiles
        var rebuilders: [Language: WordRebuilder] = [:]
        for (language, profile) in profiles {
            guard let path = profile.dictionaryPath, let letters = profile.detection?.letters else { continue }
            rebuilders[language] = WordRebuilder(letters: letters, neverFirst: profile.neverFirst, dictionaryPath: path)
        }
        self.rebuilders = rebuilders
        tokenizer = Tokenizer(rebuilders: catalog.languages.compactMap { rebuilders[$0] })
        headings = LanguageProfile.headingLookup(catalog.languages.compactMap { profiles[$0] })
        detector = catalog.detector
        configuredLanguage = try configuration.language.map { setting throws(PitchError) in
            guard let language = catalog.language(matching: setting.value) else {
                throw setting.error("unknown language '\(setting.value)'; known languages are \(catalog.codes).")
            }
            return language
        }
        var extraLists: [Int: [WordListEntry]] = [:]
        for (name, setting) in configuration.lists.sorted(by: { $0.key < $1.key }) {
            guard let list = catalog.list(named: name) else {
                throw setting.error("unknown list '\(name)' in [lists]; lists are: \(catalog.listNames.joined(separator: ", ")).")
            }
            for path in setting.value {
                let entries = try WordListParser.read(path)
                try catalog.check(entries, of: list)
                extraLists[list.index, default: []] += entries
            }
        }
        self.extraLists = extraLists
        for (id, setting) in configuration.rules where catalog.rule(id: id) == nil {
            throw setting.error("unknown rule '\(id)' in [rules]; rules are: \(catalog.ruleIDs.joined(separator: ", ")).")
        }
        rules = catalog.rules.compactMap { rule in
            switch configuration.rules[rule.id]?.value ?? .default {
            case .off: nil
            case .default: (rule, rule.defaultSeverity)
            case .error: (rule, .error)
            case .warning: (rule, .warning)
            }
        }
    }

    /// Parses pitch text with the headings of every language.
    public func document(_ utf8: [UInt8]) -> PitchDocument {
        PitchDocument(utf8: utf8, sections: headings)
    }

    /// The profile of a loaded language: one `language(named:)` or the linter returned.
    public func profile(_ language: Language) -> LanguageProfile { profiles[language]! }

    /// The loaded language `text` names (a code or an English name), or an error listing them.
    public func language(named text: String) throws(PitchError) -> Language {
        try catalog.language(named: text)
    }

    /// The language to lint in: the caller's choice (`--lang`), then the file's
    /// `lang:`, then the config, then a guess from the script.
    public func language(of document: PitchDocument, path: String, override: Language?) throws(PitchError) -> Language {
        if let override { return override }
        if let field = document.frontMatter.fields["lang"] {
            guard let language = catalog.language(matching: field.value) else {
                throw .at(path, line: field.line, "unknown language '\(field.value)'; known languages are \(catalog.codes).")
            }
            return language
        }
        return configuredLanguage ?? detector.detect(document.spoken)
    }

    /// The language the config names, if any.
    public var preferredLanguage: Language? { configuredLanguage }

    /// The target time: the caller's (a flag, checked where it was given), then
    /// the file's `seconds:`, then the config, then the chapter standard.
    public func targetSeconds(of document: PitchDocument, path: String, override: Double?) throws(PitchError) -> Double {
        if let override { return override }
        if let field = document.frontMatter.fields["seconds"] {
            guard let seconds = TargetTime.validated(text: field.value) else {
                throw .at(path, line: field.line, "'seconds' \(TargetTime.rangeAdvice)")
            }
            return seconds
        }
        return configuration.seconds ?? TargetTime.standard
    }

    /// A language's lists compiled; the first call for a language reads its list files.
    public func lexicon(_ language: Language, unmarked: Bool = false) throws(PitchError) -> Lexicon {
        let key = LexiconKey(language: language, unmarked: unmarked)
        if let lexicon = lexicons[key] { return lexicon }
        let profile = profile(language)
        var lists: [(id: WordListID, entries: [WordListEntry])] = []
        for index in catalog.listNames.indices {
            let list = WordListID(name: catalog.listNames[index], index: index)
            // The words a speaker mixes in from another language, in its script, after the language's own entries.
            var mixedIn: [WordListEntry] = []
            if let other = profile.codeSwitchLanguage, profile.codeSwitchLists.contains(list.name) {
                // An entry naming a word class ("@praise @offer") means its own language's classes, so it stays home.
                mixedIn = try catalog.entries(of: list, in: other).filter { $0.phrase.allSatisfy(\.isASCII) && Lexicon.classSlots(in: $0.phrase).isEmpty }
            }
            lists.append((list, try catalog.entries(of: list, in: language) + (extraLists[index] ?? []) + mixedIn))
        }
        // Latin words mixed in from another language meet its entries the way its own lists fold them.
        var folding = profile.folding
        if let other = profile.codeSwitchLanguage { folding.variants.formUnion(profiles[other]?.folding.variants ?? []) }
        // Listed words are words, though ICU's dictionary may not know them; only the
        // language's own lists are in its script, so an English pitch pays nothing here.
        rebuilders[language]?.learn(lists.flatMap { $0.entries.map(\.phrase) })
        let lexicon = Lexicon(language: language, folding: folding, lists: lists, accepted: configuration.accepted, tokenizer: tokenizer, foldingMarks: unmarked)
        lexicons[key] = lexicon
        return lexicon
    }

    struct LexiconKey: Hashable {
        var language: Language
        var unmarked: Bool
    }

    /// Checks what a pitch asks for (language, target, suppression comments)
    /// before any output, so a bad file fails whole rather than half-reported.
    public func job(_ document: PitchDocument, path: String, language: Language? = nil, seconds: Double? = nil) throws(PitchError) -> LintJob {
        try checkDirectives(document, path: path)
        let language = try self.language(of: document, path: path, override: language)
        return LintJob(
            document: document, path: path, language: language,
            targetSeconds: try targetSeconds(of: document, path: path, override: seconds),
            lexicon: try lexicon(language, unmarked: detector.isUnmarked(document.spoken, in: language))
        )
    }

    /// Lints a pitch, calling `report` with each diagnostic in file order (those
    /// about the whole pitch come last).
    public func lint(_ job: LintJob, report: (Diagnostic) -> Void) -> LintSummary {
        let document = job.document
        let profile = profile(job.language)
        let lexicon = job.lexicon
        let context = LintContext(
            document: document, language: job.language, profile: profile,
            timing: SpeakingTime(profile: profile), targetSeconds: job.targetSeconds
        )
        let running = rules.filter { catalog.runs($0.spec, in: job.language) }
        var active: [any Rule] = running.map { $0.spec.check.type.init(spec: $0.spec) }
        let severities = Dictionary(uniqueKeysWithValues: running.map { ($0.spec.id, $0.severity) })
        // A finding that spans a whole ask is not one phrase, and hides none inside it.
        let listRules = Set(running.filter { $0.spec.check == .list && !$0.spec.reportsOncePerSentence }.map(\.spec.id))
        var summary = LintSummary(language: job.language, words: 0, units: 0, seconds: 0, targetSeconds: context.targetSeconds, errors: 0, warnings: 0, counts: [:])
        let resolver = PositionResolver(document: document)

        func emit(_ findings: [Finding], block: PitchDocument.Block?) {
            for finding in Self.oneFindingPerPhrase(findings, listRules: listRules).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                let owner = block ?? document.blocks.first { $0.range.contains(finding.range.lowerBound) }
                if owner?.ignoredRules.contains(finding.rule) == true || document.isQuiet(finding.range.lowerBound) { continue }
                let severity = finding.severity ?? severities[finding.rule] ?? .warning
                if severity == .error { summary.errors += 1 } else { summary.warnings += 1 }
                summary.counts[finding.rule, default: 0] += 1
                report(resolver.diagnostic(finding, severity: severity))
            }
        }

        document.spoken.withUnsafeBufferPointer { spoken in
            for block in document.blocks {
                let tokens = tokenizer.tokens(of: spoken, in: block.range)
                guard !tokens.isEmpty else { continue }
                let analyzed = AnalyzedBlock(
                    block: block,
                    tokens: tokens,
                    matchesByList: lexicon.matchesByList(in: tokens, of: spoken),
                    units: tokens.map { context.timing.units(of: $0, in: spoken) },
                    sentences: Self.sentences(tokens)
                )
                context.totalUnits += analyzed.units.reduce(0, +)
                context.totalWords += tokens.count { $0.isWord }
                var findings: [Finding] = []
                for index in active.indices {
                    active[index].check(analyzed, in: context) { findings.append($0) }
                }
                emit(findings, block: block)
            }
        }
        var findings: [Finding] = []
        for index in active.indices {
            active[index].finish(in: context) { findings.append($0) }
        }
        emit(findings, block: nil)
        summary.words = context.totalWords
        summary.units = context.totalUnits
        summary.seconds = context.totalSeconds
        return summary
    }

    /// One phrase, one message: where two list rules find overlapping words
    /// ("ราคาถูก" bland inside "ราคาถูกที่สุดในย่านนี้" overpromise), only the
    /// longer finding stands; when they are as long, a listed word's over a catch-all's
    /// ("guarantee" is a promise before it is any English word in a Thai pitch), else the first rule's.
    static func oneFindingPerPhrase(_ findings: [Finding], listRules: Set<String>) -> [Finding] {
        // By start, so each finding meets only the ones that begin inside it: a block
        // of many findings is not compared pair by pair.
        let listed = findings.indices.filter { listRules.contains(findings[$0].rule) }
            .sorted { findings[$0].range.lowerBound < findings[$1].range.lowerBound }
        var dropped = Set<Int>()
        for (position, index) in listed.enumerated() {
            let finding = findings[index]
            for other in listed[(position + 1)...] {
                guard findings[other].range.lowerBound < finding.range.upperBound else { break }
                guard findings[other].rule != finding.rule else { continue }
                dropped.insert((Self.outranks(finding, findings[other]) ?? (index < other)) ? other : index)
            }
        }
        return findings.indices.filter { !dropped.contains($0) }.map { findings[$0] }
    }

    /// Whether `first` stands over `second` where they overlap: nil when neither is longer
    /// nor names its words where the other is a catch-all.
    private static func outranks(_ first: Finding, _ second: Finding) -> Bool? {
        if first.range.count != second.range.count { return first.range.count > second.range.count }
        if first.isCatchAll != second.isCatchAll { return second.isCatchAll }
        return nil
    }

    /// Token ranges of each sentence.
    static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in tokens.indices.dropFirst() where tokens[index].sentence != tokens[index - 1].sentence {
            result.append(start..<index)
            start = index
        }
        if !tokens.isEmpty { result.append(start..<tokens.count) }
        return result
    }

    /// An unknown rule in `<!-- pitchcoach ignore ... -->` is a typo the user must hear about.
    private func checkDirectives(_ document: PitchDocument, path: String) throws(PitchError) {
        for directive in document.directives {
            switch directive.command {
            case .ignore(let ids):
                if ids.isEmpty {
                    throw .at(path, line: directive.line, "say which rule to ignore, for example <!-- pitchcoach ignore jargon -->.")
                }
                if let unknown = ids.first(where: { catalog.rule(id: $0) == nil }) {
                    throw .at(path, line: directive.line, "unknown rule '\(unknown)' in a pitchcoach comment; rules are: \(catalog.ruleIDs.joined(separator: ", ")).")
                }
            case .unknown(let text):
                throw .at(path, line: directive.line, "unknown pitchcoach comment '\(text)'; use 'off', 'on' or 'ignore RULE'.")
            case .off, .on:
                break
            }
        }
    }
}

/// Turns byte ranges into lines and columns of the original file.
final class PositionResolver {
    let document: PitchDocument
    private let lines: LineIndex
    /// The last position worked out: diagnostics come mostly in file order, so
    /// the next column is usually counted from here, not from the line start.
    private var cursor = (offset: 0, position: SourcePosition(line: 1, column: 1))
    /// Longer finding texts (the over-time part of a pitch) are shortened.
    static let longestText = 120

    init(document: PitchDocument) {
        self.document = document
        lines = document.original.withUnsafeBufferPointer { LineIndex($0) }
    }

    private func position(of offset: Int, in original: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        offset >= cursor.offset ? lines.position(of: offset, from: cursor, in: original) : lines.position(of: offset, in: original)
    }

    func diagnostic(_ finding: Finding, severity: Severity) -> Diagnostic {
        document.original.withUnsafeBufferPointer { original in
            var last = max(finding.range.upperBound - 1, finding.range.lowerBound)
            while last > finding.range.lowerBound, original[last] & 0xC0 == 0x80 { last -= 1 }
            let start = position(of: finding.range.lowerBound, in: original)
            cursor = (finding.range.lowerBound, start)
            let end = lines.position(of: last, from: cursor, in: original)
            // Read no more bytes than the shortened text can use (4 per character at most).
            let readable = finding.range.lowerBound..<min(finding.range.upperBound, finding.range.lowerBound + 4 * Self.longestText)
            var text = document.text(readable)
            if readable != finding.range || text.count > Self.longestText {
                text = String(text.prefix(Self.longestText - 1)) + "…"
            }
            return Diagnostic(
                rule: finding.rule, severity: severity, line: start.line, column: start.column,
                endLine: end.line, endColumn: end.column, text: text,
                message: finding.message, suggestion: finding.suggestion
            )
        }
    }
}
