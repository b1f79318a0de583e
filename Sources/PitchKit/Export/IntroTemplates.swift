import Foundation

/// The words pitchcoach adds to an exported intro, per language, from
/// `Resources/templates/<lang>.toml`: the generated name lines and the part labels.
public struct IntroTemplates: Sendable {
    /// Keys of `[generated]`: `{name}` and `{business}` are filled from the front matter.
    enum Generated: String, CaseIterable {
        case nameAndBusiness = "name_and_business"
        case nameOnly = "name_only"
        case nameAgain = "name_again"
        case nameAgainOnly = "name_again_only"
    }

    var generated: [Generated: String]
    public var labels: [IntroPart: String]

    public static func builtIn(_ language: Language) throws(PitchError) -> IntroTemplates {
        let relative = "templates/\(language.rawValue).toml"
        return try IntroTemplates(toml: try BundledResource.text(relative), path: relative)
    }

    init(toml: String, path: String) throws(PitchError) {
        let reader = try TOMLReader(text: toml, path: path)
        try reader.requireOnly(["generated", "labels"], in: reader.table)
        guard let generatedTable = try reader.table("generated"), let labelTable = try reader.table("labels") else {
            throw PitchError("\(path): needs [generated] and [labels].")
        }
        try reader.requireOnly(Generated.allCases.map(\.rawValue), in: generatedTable, section: "generated")
        try reader.requireOnly(IntroPart.allCases.map(\.templateKey), in: labelTable, section: "labels")
        generated = [:]
        for key in Generated.allCases {
            guard let text = try reader.string(key.rawValue, in: generatedTable, section: "generated") else {
                throw PitchError("\(path): [generated] needs '\(key.rawValue)'.")
            }
            generated[key] = text
        }
        labels = [:]
        for part in IntroPart.allCases {
            guard let label = try reader.string(part.templateKey, in: labelTable, section: "labels") else {
                throw PitchError("\(path): [labels] needs '\(part.templateKey)'.")
            }
            labels[part] = label
        }
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
