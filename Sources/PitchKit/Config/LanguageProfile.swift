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
    /// What the lint rules and the lint summary say in this language (`[messages]`).
    let messages: MessageTable

    /// The keys every language's `[messages]` must have.
    static let messageKeys = [
        "jargon", "jargon_suggestion", "bland", "filler", "overpromise", "vague_ask", "no_benefit",
        "no_benefit_suggestion", "long_sentence", "long_sentence_suggestion", "over_time",
        "over_time_suggestion", "self_focus", "self_focus_suggestion", "unit_word", "unit_syllable",
        "language_name", "summary", "summary_size", "summary_clean", "summary_errors", "summary_warnings", "summary_both",
    ]

    /// A message in this language, with its placeholders filled.
    public func message(_ key: String, _ values: [String: String] = [:]) -> String {
        messages.text(key, values)
    }

    /// A message whose one placeholder is `{text}`, the words found.
    public func message(_ key: String, text: String) -> String {
        messages.text(key, filling: "text", with: text)
    }

    /// A message about `count` things, in the singular when the language has one.
    public func message(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        messages.text(key, count: count, values)
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
              let rate = try reader.number("rate", in: speaking)
        else { throw .at(path, line: reader.line(of: "unit", in: "speaking"), "needs unit = \"word\" or \"syllable\" and a rate.") }
        self.unit = unit
        unitsPerSecond = (try reader.string("per", in: speaking)) == "minute" ? rate / 60 : rate
        guard SpeakingPace.isPlausible(unitsPerSecond, unit: unit) else {
            throw .at(path, line: reader.line(of: "rate", in: "speaking"), "a rate of \(rate) is not one people speak at; give words or syllables per second (or per = \"minute\").")
        }
        longestSentence = try reader.wholeNumber("longest_sentence", in: rules, section: "rules", range: 1...500) ?? 25
        selfFocusMinimum = try reader.wholeNumber("self_focus_minimum", in: rules, section: "rules", range: 1...500) ?? 4
        selfFocusRatio = try reader.number("self_focus_ratio", in: rules) ?? 2
        var names: [Section: [String]] = [:]
        for key in sections.keys {
            guard let section = Section(rawValue: key), section != .other else {
                throw .at(path, line: reader.line(of: key, in: "sections"), "unknown intro part '\(key)'.")
            }
            names[section] = try reader.strings(key, in: sections, section: "sections") ?? []
        }
        sectionNames = names
        messages = try MessageTable("messages", keys: Self.messageKeys, of: reader)
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
