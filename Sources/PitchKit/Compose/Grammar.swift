import TOMLKit

/// The word forms a language changes when part of a story moves into a
/// sentence: the kind of client for a statement about future clients, the
/// tense each part needs. A language file names its strategy in
/// `[interview.grammar] strategy`, and the strategy's tables are data there.
protocol Grammar: Sendable {
    /// Whether `isVerb` knows the language's verbs well enough that words without one name a thing.
    var knowsVerbs: Bool { get }
    /// Whether a word is a verb form the strategy knows ("had", "cleaned").
    func isVerb(_ word: String) -> Bool
    /// One client as a sentence names them: "bakery owner" → "a bakery owner".
    func one(_ client: String) -> String
    /// The kind of client, for a statement about future clients: "a bakery owner" → "bakery owners".
    func general(_ client: String) -> String
    /// A past predicate said of the kind of client, now: "had a shoebox" → "have a shoebox".
    func present(_ predicate: String) -> String
    /// A predicate after "help someone": "got ten hours back" → "get ten hours back".
    func base(_ predicate: String) -> String
    /// What the speaker did, as the past: "sort their books" → "sorted their books".
    func past(_ predicate: String) -> String
    /// A client description cut to the noun it is about, for a statement told shorter:
    /// "an office manager at a dental practice" → "an office manager".
    func core(_ client: String) -> String
    /// The client cut to its noun alone, the last step when a statement still runs long: "the owner".
    func noun(_ client: String) -> String
}

extension Grammar {
    /// An answer as part of a longer sentence: no capital unless the first word needs one ("IT", "I").
    func sentenceCase(_ text: String) -> String {
        let firstWord = text.prefix { $0.isLetter || $0 == "'" || $0 == "’" }
        let isAcronym = firstWord.count >= 2 && firstWord.allSatisfy { !$0.isLetter || $0.isUppercase }
        let isI = firstWord == "I" || firstWord.hasPrefix("I'") || firstWord.hasPrefix("I’")
        let isCamelCase = firstWord.dropFirst().contains { $0.isUppercase }
        guard let first = text.first, first.isUppercase, !isAcronym, !isI, !isCamelCase else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

enum GrammarStrategy: String, CaseIterable {
    /// Words do not change form (Thai, Vietnamese): the kind of client is a template.
    case plain
    /// English verb and noun forms, from the tables in the language file.
    case english

    static func grammar(_ reader: TOMLReader) throws(PitchError) -> Grammar {
        guard let table = try reader.table("grammar") else { throw PitchError("\(reader.path): needs an [interview.grammar] table.") }
        let name = try reader.string("strategy", in: table, section: "grammar") ?? ""
        guard let strategy = GrammarStrategy(rawValue: name) else {
            throw .at(reader.path, line: reader.line(of: "strategy", in: "grammar"),
                      "[interview.grammar] strategy should be one of: \(allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        switch strategy {
        case .plain: return try PlainGrammar(reader: reader, table: table)
        case .english: return try EnglishGrammar(reader: reader, table: table)
        }
    }
}

/// For languages whose words keep their form: the kind of client is the
/// client without the words that make it one ("một", "คนหนึ่ง"), in a template ("các {client}").
struct PlainGrammar: Grammar {
    private let general: TemplateText
    private let drops: [String]
    private let keeps: [String]

    init(reader: TOMLReader, table: TOMLTable) throws(PitchError) {
        try reader.requireOnly(["strategy", "general", "drops", "keeps"], in: table, section: "grammar")
        general = TemplateText(try reader.string("general", in: table, section: "grammar") ?? "{client}")
        drops = try reader.strings("drops", in: table, section: "grammar") ?? []
        keeps = try reader.strings("keeps", in: table, section: "grammar") ?? []
    }

    var knowsVerbs: Bool { false }
    func isVerb(_ word: String) -> Bool { false }
    func one(_ client: String) -> String { client }
    func present(_ predicate: String) -> String { predicate }
    func base(_ predicate: String) -> String { predicate }
    func past(_ predicate: String) -> String { predicate }
    func core(_ client: String) -> String { client }
    func noun(_ client: String) -> String { client }

    func general(_ client: String) -> String {
        // As whole words where words are spaced ("chủ một quán" → "chủ quán"), else at the end ("ครอบครัวหนึ่ง").
        var text = client.split(separator: " ").filter { !drops.contains($0.lowercased()) }.joined(separator: " ")
        if let drop = drops.first(where: { text.hasSuffix($0) && text.count > $0.count }) {
            text = String(text.dropLast(drop.count)).trimmingSpaces()
        }
        if keeps.contains(where: { text.lowercased().hasPrefix($0 + " ") }) { return text }
        return general.fill("client", with: text)
    }
}
