import Foundation

/// The keys of `[messages]` that pitchcoach's own code says; every language has them all.
/// The keys a list rule says are named by its `rules/<id>.toml` instead.
public enum LintMessage: String, CaseIterable, Sendable {
    case noBenefit = "no_benefit"
    case noBenefitSuggestion = "no_benefit_suggestion"
    case longSentence = "long_sentence"
    case longSentenceSuggestion = "long_sentence_suggestion"
    case overTime = "over_time"
    case overTimeSuggestion = "over_time_suggestion"
    case selfFocus = "self_focus"
    case selfFocusSuggestion = "self_focus_suggestion"
    case unitWord = "unit_word"
    case unitSyllable = "unit_syllable"
    case languageName = "language_name"
    case summary
    case summarySize = "summary_size"
    case summaryClean = "summary_clean"
    case summaryErrors = "summary_errors"
    case summaryWarnings = "summary_warnings"
    case summaryBoth = "summary_both"
}

/// What pitchcoach knows about one language, from a pack's `languages/<code>.toml`:
/// how to detect it, its speaking rate, rule thresholds, the headings that
/// name intro parts, and everything lint, export and the interview say in it.
public struct LanguageProfile: Sendable {
    public enum SpeakingUnit: String, Sendable {
        case word
        case syllable

        /// "words" or "syllables", for the English interface of the CLI.
        public var plural: String { rawValue + "s" }
    }

    public var language: Language
    /// The language's English name ("Thai"), for `--lang` and messages.
    public var name: String
    public var detection: LanguageDetection?
    public var strategy: SpeakingStrategy
    /// For `thai-syllables`: spellings whose onset pair is read as two syllables (`split_onsets`).
    public var splitOnsets: [String] = []
    /// How its words are matched with its lists (`[matching]`).
    public var folding = WordFolding.plain
    /// `[matching] dictionary`: the words ICU's fragments are rebuilt against
    /// (the file's path), and the letters no word starts with (`never_first`).
    public var dictionaryPath: String?
    public var neverFirst: Set<Unicode.Scalar> = []
    /// Units (words or syllables) spoken per second.
    public var unitsPerSecond: Double
    /// Units in the longest sentence `length` lets pass.
    public var longestSentence: Int
    /// For a language that writes no full stop (Thai): a statement runs over
    /// its space-separated phrases until one ends with one of these words (a
    /// polite particle), and may have at most `longestStatement` units.
    public var statementEnds: Set<String> = []

    /// Whether `word` closes a statement (a Thai polite particle).
    func endsStatement(_ word: String) -> Bool {
        statementEnds.contains(folding.folded(word))
    }
    public var longestStatement: Int?
    /// What ends a written sentence: "." for most, nothing in Thai, which marks
    /// the end with a space. A list's advice, shown alone, is closed with it.
    public var fullStop = "."
    /// What separates the whole from the decimals in a number shown to the user ("6.0", "6,0").
    public var decimalMark = "."
    public var selfFocusMinimum: Int
    public var selfFocusRatio: Double
    /// Whether speakers say their own name for "I" (Thai: "บอยดูแลให้เองครับ"), so
    /// `self-focus` counts the name an introduction gave each time it comes again.
    public var nameIsSelf: Bool
    /// Marks that, right after a term, open its explanation: "IPM (integrated pest
    /// management)", "a French drain — a gravel trench that carries water away".
    public var explanationMarks: [String]
    /// Heading names, as written, for each part of the intro.
    public var sectionNames: [Section: [String]]
    /// `[code_switch]`: the language whose words speakers mix in (English in a
    /// Thai or Vietnamese pitch), and which of its lists their Latin-script words are checked against.
    public var codeSwitchLanguage: Language?
    public var codeSwitchLists: [String] = []
    /// What the lint rules and the lint summary say in this language (`[messages]`).
    private(set) var messages: MessageTable
    /// The file it was read from.
    public let path: String
    /// Its tables, parsed once: export's, the interview's and the rotation's
    /// when first asked for, so linting does not pay for them.
    let file: LanguageFile

    public var unit: SpeakingUnit { strategy.unit }

    /// A message in this language, with its placeholders filled.
    public func message(_ key: LintMessage, _ values: [String: String] = [:]) -> String {
        messages.text(key.rawValue, values)
    }

    /// A message about `count` things, in the singular when the language has one.
    public func message(_ key: LintMessage, count: Int, _ values: [String: String] = [:]) -> String {
        messages.text(key.rawValue, count: count, values)
    }

    /// A message a rule's spec names; the catalog checked that the language has it.
    func ruleMessage(_ key: String, filling name: String, with value: String) -> String {
        messages.text(key, filling: name, with: value)
    }

    func hasMessage(_ key: String) -> Bool { messages.contains(key) }

    /// Adds the `[messages]` of another pack's file for this language.
    mutating func addMessages(_ other: MessageTable) {
        messages = messages.adding(other)
    }

    /// `value` to `places` decimals, written as this language writes numbers.
    public func decimal(_ value: Double, places: Int) -> String {
        let text = String(format: "%.\(places)f", value.rounded(toPlaces: places))
        return decimalMark == "." ? text : text.replacingOccurrences(of: ".", with: decimalMark)
    }

    /// "words" or "syllables", in this language.
    public var unitName: String { message(unit == .word ? .unitWord : .unitSyllable) }

    static let keys = ["name", "detect", "speaking", "matching", "code_switch", "rules", "sections", "messages"] + LanguageFile.laterTables

    /// What export, the cue card and rehearsal add (`[templates.*]`).
    public func templates() throws(PitchError) -> IntroTemplates {
        try IntroTemplates(reader: file.laterTables().scoped("templates"))
    }

    /// The interview's words (`[interview.*]`).
    public func interview() throws(PitchError) -> InterviewScript {
        try InterviewScript(reader: file.laterTables().scoped("interview"), language: language, letters: detection?.letters ?? [])
    }

    init(text: String, path: String, language: Language) throws(PitchError) {
        file = try LanguageFile(text: text, path: path)
        let reader = file.settings
        try reader.requireOnly(Self.keys, in: reader.table)
        guard let name = try reader.string("name"), let speaking = try reader.table("speaking"),
              let rules = try reader.table("rules"), let sections = try reader.table("sections")
        else { throw PitchError("\(path): a language needs name, [speaking], [rules] and [sections].") }
        self.language = language
        self.name = name
        self.path = path
        detection = try Self.detection(reader)
        try reader.requireOnly(["unit", "rate", "per", "source", "split_onsets"], in: speaking, section: "speaking")
        guard let strategy = SpeakingStrategy(rawValue: try reader.string("unit", in: speaking, section: "speaking") ?? "") else {
            throw .at(path, line: reader.line(of: "unit", in: "speaking"), "unknown speaking unit; use one of \(SpeakingStrategy.names).")
        }
        guard let rate = try reader.number("rate", in: speaking, section: "speaking") else {
            throw .at(path, line: reader.line(of: "speaking"), "[speaking] needs a rate.")
        }
        // A rate is a claim about how people speak: the file says where it comes from.
        guard try reader.string("source", in: speaking, section: "speaking")?.isEmpty == false else {
            throw .at(path, line: reader.line(of: "speaking"), "[speaking] needs the source of its rate: source = \"...\".")
        }
        self.strategy = strategy
        if let onsets = try reader.strings("split_onsets", in: speaking, section: "speaking") {
            guard strategy == .thaiSyllables else {
                throw .at(path, line: reader.line(of: "split_onsets", in: "speaking"), "split_onsets is for unit = \"thai-syllables\".")
            }
            if let wrong = onsets.first(where: { !ThaiSyllableCounter.isSplitOnset($0) }) {
                throw .at(path, line: reader.line(of: "split_onsets", in: "speaking"), "'\(wrong)' is not a split onset: write the Thai letters of the word's start, such as \"พลัง\".")
            }
            splitOnsets = onsets
        }
        unitsPerSecond = (try reader.string("per", in: speaking, section: "speaking")) == "minute" ? rate / 60 : rate
        guard SpeakingPace.isPlausible(unitsPerSecond, unit: strategy.unit) else {
            throw .at(path, line: reader.line(of: "rate", in: "speaking"), "a rate of \(rate) is not one people speak at; give words or syllables per second (or per = \"minute\").")
        }
        if let matching = try reader.table("matching") {
            try reader.requireOnly(["variants", "dictionary", "never_first"], in: matching, section: "matching")
            if let dictionary = try reader.string("dictionary", in: matching, section: "matching") {
                // Relative to the pack, whose languages/ folder holds this file.
                let file = URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(dictionary).path
                guard FileManager.default.isReadableFile(atPath: file), detection != nil else {
                    throw .at(path, line: reader.line(of: "dictionary", in: "matching"), detection == nil
                        ? "a dictionary needs the language's letters in [detect]." : "cannot read the dictionary \(dictionary).")
                }
                dictionaryPath = file
            }
            neverFirst = Set((try reader.strings("never_first", in: matching, section: "matching") ?? []).flatMap(\.unicodeScalars))
            for name in try reader.strings("variants", in: matching, section: "matching") ?? [] {
                guard let variant = MatchingVariants(name: name) else {
                    throw .at(path, line: reader.line(of: "variants", in: "matching"), "unknown matching variant '\(name)'; use any of \(MatchingVariants.names).")
                }
                folding.variants.insert(variant)
            }
        }
        try reader.requireOnly(["longest_sentence", "longest_statement", "statement_ends", "full_stop", "decimal_mark", "self_focus_minimum", "self_focus_ratio", "name_is_self", "explanation_marks"], in: rules, section: "rules")
        fullStop = try reader.string("full_stop", in: rules, section: "rules") ?? "."
        decimalMark = try reader.string("decimal_mark", in: rules, section: "rules") ?? "."
        longestStatement = try reader.wholeNumber("longest_statement", in: rules, section: "rules", range: 1...1000)
        statementEnds = Set((try reader.strings("statement_ends", in: rules, section: "rules") ?? []).map(folding.folded))
        if longestStatement != nil, statementEnds.isEmpty {
            throw .at(path, line: reader.line(of: "longest_statement", in: "rules"), "longest_statement needs statement_ends, the words a statement ends with.")
        }
        longestSentence = try reader.wholeNumber("longest_sentence", in: rules, section: "rules", range: 1...500) ?? 25
        selfFocusMinimum = try reader.wholeNumber("self_focus_minimum", in: rules, section: "rules", range: 1...500) ?? 4
        selfFocusRatio = try reader.number("self_focus_ratio", in: rules, section: "rules") ?? 2
        nameIsSelf = try reader.bool("name_is_self", in: rules, section: "rules") ?? false
        explanationMarks = try reader.strings("explanation_marks", in: rules, section: "rules") ?? ["("]
        var names: [Section: [String]] = [:]
        for key in sections.keys {
            guard let section = Section(rawValue: key), section != .other else {
                throw .at(path, line: reader.line(of: key, in: "sections"), "unknown intro part '\(key)'.")
            }
            names[section] = try reader.strings(key, in: sections, section: "sections") ?? []
        }
        sectionNames = names
        if let codeSwitch = try reader.table("code_switch") {
            try reader.requireOnly(["from", "lists"], in: codeSwitch, section: "code_switch")
            guard let from = try reader.string("from", in: codeSwitch, section: "code_switch"),
                  let lists = try reader.strings("lists", in: codeSwitch, section: "code_switch")
            else { throw .at(path, line: reader.line(of: "code_switch"), "[code_switch] needs from = \"en\" and lists = [...].") }
            codeSwitchLanguage = Language(rawValue: from)
            codeSwitchLists = lists
        }
        messages = try MessageTable("messages", keys: LintMessage.allCases.map(\.rawValue), othersAllowed: true, of: reader)
    }

    /// `[detect]`: code points as hex ("0E01-0E5B" or "0110"), and the shares a text needs.
    private static func detection(_ reader: TOMLReader) throws(PitchError) -> LanguageDetection? {
        guard let table = try reader.table("detect") else { return nil }
        try reader.requireOnly(["letters", "min_per_latin_letter", "min_marked_words", "unmarked_words", "min_unmarked_words"], in: table, section: "detect")
        var ranges: [ClosedRange<UInt32>] = []
        for text in try reader.strings("letters", in: table, section: "detect") ?? [] {
            let bounds = text.split(separator: "-").map { UInt32($0, radix: 16) }
            guard (1...2).contains(bounds.count), let lower = bounds.first ?? nil, let upper = bounds.last ?? nil, lower <= upper else {
                throw .at(reader.path, line: reader.line(of: "letters", in: "detect"), "'\(text)' is not a code point or range such as \"0E01-0E5B\".")
            }
            ranges.append(lower...upper)
        }
        if ranges.isEmpty {
            throw .at(reader.path, line: reader.line(of: "detect"), "[detect] needs letters, the code points only this language uses.")
        }
        return LanguageDetection(
            letters: ranges,
            minimumPerLatinLetter: try reader.number("min_per_latin_letter", in: table, section: "detect"),
            minimumMarkedWords: try reader.number("min_marked_words", in: table, section: "detect"),
            unmarkedWords: Set((try reader.strings("unmarked_words", in: table, section: "detect") ?? []).map { $0.lowercased() }),
            minimumUnmarkedWords: try reader.number("min_unmarked_words", in: table, section: "detect")
        )
    }

    /// Every language's heading names, lowercased, so a Thai pitch may use English headings.
    public static func headingLookup(_ profiles: [LanguageProfile]) -> [String: Section] {
        var lookup: [String: Section] = [:]
        for profile in profiles {
            for (section, names) in profile.sectionNames {
                for name in names { lookup[name.lowercased()] = section }
            }
        }
        return lookup
    }
}

/// A language file, parsed in two parts, each once: its settings when it is
/// loaded, and the tables of export, the interview and the rotation (most of
/// the file, which linting never reads) the first time one is asked for.
final class LanguageFile: @unchecked Sendable {
    /// The tables parsed only when asked for.
    static let laterTables = ["templates", "interview", "rotation"]

    /// Everything but the later tables.
    let settings: TOMLReader
    private let laterText: String
    private var later: TOMLReader?
    // TOMLKit's tables are classes it does not mark Sendable: once parsed
    // they are only read, and the one write, parsing the later tables, holds this lock.
    private let lock = NSLock()

    init(text: String, path: String) throws(PitchError) {
        let (now, later) = TOMLReader.split(text, later: Set(Self.laterTables))
        settings = try TOMLReader(text: now, path: path)
        laterText = later
        // A later table's name given a value among the settings would be read nowhere.
        for key in Self.laterTables where settings.table[key] != nil {
            throw .at(path, line: settings.line(of: key), "'\(key)' should be [\(key).…] tables of their own.")
        }
    }

    /// The tables of export, the interview and the rotation.
    func laterTables() throws(PitchError) -> TOMLReader {
        lock.lock()
        defer { lock.unlock() }
        if let later { return later }
        let reader = try TOMLReader(text: laterText, path: settings.path)
        later = reader
        return reader
    }
}
