import Foundation

/// What pitchcoach knows about one language, from `Resources/languages/<lang>.toml`:
/// its speaking rate, rule thresholds and the headings that name intro parts.
public struct LanguageProfile: Sendable {
    public enum SpeakingUnit: String, Sendable {
        case word
        case syllable

        /// "words" or "syllables", for the English interface of the CLI.
        public var plural: String { rawValue + "s" }
    }

    public var language: Language
    public var unit: SpeakingUnit
    /// Units (words or syllables) spoken per second.
    public var unitsPerSecond: Double
    /// Units in the longest sentence `length` lets pass.
    public var longestSentence: Int
    public var selfFocusMinimum: Int
    public var selfFocusRatio: Double
    /// Heading names, as written, for each part of the intro.
    public var sectionNames: [Section: [String]]
    /// What the lint rules say in this language, by key (`[messages]`).
    var messages: [String: TemplateText]

    /// The keys every language's `[messages]` must have.
    static let messageKeys = [
        "jargon", "jargon_suggestion", "bland", "filler", "overpromise", "vague_ask", "no_benefit",
        "no_benefit_suggestion", "long_sentence", "long_sentence_suggestion", "over_time",
        "over_time_suggestion", "self_focus", "self_focus_suggestion", "unit_word", "unit_syllable",
        "language_name", "summary", "summary_size", "summary_clean", "summary_errors", "summary_warnings", "summary_both",
    ]

    /// A key may have a `_one` twin, said instead when its number is 1
    /// ("1 warning"); languages without plural forms need none.
    static let singularSuffix = "_one"

    /// A rule's message in this language, with its placeholders filled.
    public func message(_ key: String, _ values: [String: String] = [:]) -> String {
        messages[key]?.fill(values) ?? key
    }

    /// A message about `count` things: its `_one` form when there is one thing and the language has that form.
    public func message(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        let template = count == 1 ? messages[key + Self.singularSuffix] ?? messages[key] : messages[key]
        return template?.fill(values.merging(["count": String(count)]) { first, _ in first }) ?? key
    }

    /// A message whose one placeholder is `{text}`, the words found.
    public func message(_ key: String, text: String) -> String {
        messages[key]?.fill("text", with: text) ?? key
    }

    /// "words" or "syllables", in this language.
    public var unitName: String { message(unit == .word ? "unit_word" : "unit_syllable") }

    public static func builtIn(_ language: Language) throws(PitchError) -> LanguageProfile {
        let relative = "languages/\(language.rawValue).toml"
        return try LanguageProfile(toml: try BundledResource.text(relative), path: relative, language: language)
    }

    init(toml: String, path: String, language: Language) throws(PitchError) {
        let reader = try TOMLReader(text: toml, path: path)
        try reader.requireOnly(["speaking", "rules", "sections", "messages"], in: reader.table)
        guard let speaking = try reader.table("speaking"), let rules = try reader.table("rules"),
              let sections = try reader.table("sections")
        else { throw PitchError("\(path): needs [speaking], [rules] and [sections].") }

        self.language = language
        guard let unit = SpeakingUnit(rawValue: try reader.string("unit", in: speaking) ?? ""),
              let rate = try reader.number("rate", in: speaking), rate > 0
        else { throw .at(path, line: reader.line(of: "unit", in: "speaking"), "needs unit = \"word\" or \"syllable\" and a positive rate.") }
        self.unit = unit
        unitsPerSecond = (try reader.string("per", in: speaking)) == "minute" ? rate / 60 : rate
        longestSentence = Int(try reader.number("longest_sentence", in: rules) ?? 25)
        selfFocusMinimum = Int(try reader.number("self_focus_minimum", in: rules) ?? 4)
        selfFocusRatio = try reader.number("self_focus_ratio", in: rules) ?? 2
        var names: [Section: [String]] = [:]
        for key in sections.keys {
            guard let section = Section(rawValue: key), section != .other else {
                throw .at(path, line: reader.line(of: key, in: "sections"), "unknown intro part '\(key)'.")
            }
            names[section] = try reader.strings(key, in: sections, section: "sections") ?? []
        }
        sectionNames = names
        guard let messageTable = try reader.table("messages") else { throw PitchError("\(path): needs a [messages] table.") }
        try reader.requireOnly(Self.messageKeys + Self.messageKeys.map { $0 + Self.singularSuffix }, in: messageTable, section: "messages")
        var messages: [String: TemplateText] = [:]
        for key in Self.messageKeys {
            guard let text = try reader.string(key, in: messageTable, section: "messages") else {
                throw .at(path, line: reader.line(of: "messages"), "[messages] needs '\(key)'.")
            }
            messages[key] = TemplateText(text)
            if let singular = try reader.string(key + Self.singularSuffix, in: messageTable, section: "messages") {
                messages[key + Self.singularSuffix] = TemplateText(singular)
            }
        }
        self.messages = messages
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
