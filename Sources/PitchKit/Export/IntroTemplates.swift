import Foundation

/// The words pitchcoach adds to an exported intro, per language, from
/// `Resources/templates/<lang>.toml`: the generated name lines, the part
/// labels, the cue card's own words and the advice for a missing part.
public struct IntroTemplates: Sendable {
    /// Keys of `[generated]`: `{name}` and `{business}` are filled from the front matter.
    enum Generated: String, CaseIterable {
        case nameAndBusiness = "name_and_business"
        case nameOnly = "name_only"
        case nameAgain = "name_again"
        case nameAgainOnly = "name_again_only"
    }

    /// Keys of `[card]`: what the script and the cue card say besides the intro.
    public enum CardText: String, CaseIterable, Sendable {
        case total
        case totalOver = "total_over"
        case title
        case time
        case part
        case seconds
        case totalRow = "total_row"
    }

    var generated: [Generated: String]
    public var labels: [IntroPart: String]
    private var card: [CardText: TemplateText]
    /// Keys of `[missing]` are the parts; `{heading}` is the heading to add.
    private var missing: [IntroPart: TemplateText]

    public static func builtIn(_ language: Language) throws(PitchError) -> IntroTemplates {
        let relative = "templates/\(language.rawValue).toml"
        return try IntroTemplates(toml: try BundledResource.text(relative), path: relative)
    }

    init(toml: String, path: String) throws(PitchError) {
        let reader = try TOMLReader(text: toml, path: path)
        try reader.requireOnly(["generated", "labels", "card", "missing"], in: reader.table)
        let partKeys = IntroPart.allCases.map(\.templateKey)
        let generatedTexts = try Self.strings(Generated.allCases.map(\.rawValue), in: "generated", of: reader, path: path)
        let labelTexts = try Self.strings(partKeys, in: "labels", of: reader, path: path)
        let cardTexts = try Self.strings(CardText.allCases.map(\.rawValue), in: "card", of: reader, path: path)
        let missingTexts = try Self.strings(partKeys, in: "missing", of: reader, path: path)
        generated = Dictionary(uniqueKeysWithValues: Generated.allCases.map { ($0, generatedTexts[$0.rawValue]!) })
        labels = Dictionary(uniqueKeysWithValues: IntroPart.allCases.map { ($0, labelTexts[$0.templateKey]!) })
        card = Dictionary(uniqueKeysWithValues: CardText.allCases.map { ($0, TemplateText(cardTexts[$0.rawValue]!)) })
        missing = Dictionary(uniqueKeysWithValues: IntroPart.allCases.map { ($0, TemplateText(missingTexts[$0.templateKey]!)) })
    }

    /// Every key of table `[section]`, which must have exactly these.
    private static func strings(_ keys: [String], in section: String, of reader: TOMLReader, path: String) throws(PitchError) -> [String: String] {
        guard let table = try reader.table(section) else { throw PitchError("\(path): needs a [\(section)] table.") }
        try reader.requireOnly(keys, in: table, section: section)
        var texts: [String: String] = [:]
        for key in keys {
            guard let text = try reader.string(key, in: table, section: section) else {
                throw .at(path, line: reader.line(of: section), "[\(section)] needs '\(key)'.")
            }
            texts[key] = text
        }
        return texts
    }

    /// The cue card's words for `key`, placeholders filled.
    public func card(_ key: CardText, _ values: [String: String] = [:]) -> String {
        card[key]!.fill(values)
    }

    /// What a missing part is for and where to write it, under `heading`.
    func advice(forMissing part: IntroPart, heading: String) -> String {
        missing[part]!.fill("heading", with: heading)
    }

    /// The line for a part pitchcoach can write itself, or nil when the front matter lacks a name.
    func line(for part: IntroPart, name: String?, business: String?) -> String? {
        guard let name else { return nil }
        let key: Generated
        switch part {
        case .nameAndBusiness: key = business == nil ? .nameOnly : .nameAndBusiness
        case .nameAgain: key = business == nil ? .nameAgainOnly : .nameAgain
        default: return nil
        }
        return generated[key]!
            .replacingOccurrences(of: "{name}", with: name)
            .replacingOccurrences(of: "{business}", with: business ?? "")
    }
}
