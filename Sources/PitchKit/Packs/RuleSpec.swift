/// A rule as data, from a pack's `rules/<id>.toml`: its id, severity, which
/// code runs it, the list it reads and where, what it says, and its examples
/// per language, which are also its tests.
public struct RuleSpec: Sendable {
    /// An example of the rule at work. In the file, «» marks each span the rule
    /// reports (SwiftLint marks its examples the same way, with ↓).
    public struct Example: Sendable {
        public var language: Language
        /// The example without its marks.
        public var text: String
        /// The marked spans, in Unicode scalars from the start of `text`.
        public var spans: [Range<Int>]
        public var triggers: Bool
    }

    /// What the rule says about itself in one language.
    public struct Texts: Sendable {
        public var description: String
        public var examples: [Example]
    }

    public static let spanStart: Character = "«"
    public static let spanEnd: Character = "»"

    /// Stable id, used in output, config and suppression comments.
    public let id: String
    public let defaultSeverity: Severity
    public let check: RuleCheck
    /// The list it reads, by name, and resolved once the catalog knows every list.
    public let listName: String?
    public internal(set) var list: WordListID?
    /// The parts of an intro it reads; nil for all of them.
    public let sections: Set<Section>?
    /// With `sections`: a sentence elsewhere is read too when it has an entry of
    /// this list (an ask is judged wherever it is, not only under `## Ask`).
    public let sentencesWithName: String?
    public internal(set) var sentencesWith: WordListID?
    /// With `sections`: the last paragraph is read too, where a pitch without
    /// headings makes its ask.
    public let readsLastParagraph: Bool
    /// Whether an entry inside a business or product name is passed over.
    public let skipsNames: Bool
    /// Whether the entries found in one sentence make one finding, from the
    /// first to the last ("Everyone has teeth, so anyone you know" is one vague ask).
    public let reportsOncePerSentence: Bool
    /// Whether a finding runs on to the end of its clause: a vague ask is
    /// "anyone who needs a plumber", not "anyone".
    public let reportsThroughClause: Bool
    /// Other lists a rule's code reads, by the role it gives them (`[reads]`
    /// clients = "pronouns"), resolved like `list`.
    public let readsNames: [String: String]
    public internal(set) var reads: [String: WordListID] = [:]
    /// Keys of each language's `[messages]`: what a list rule says, and the advice
    /// around an entry's suggestion (`{suggestion}`); without one, the suggestion is said as is.
    public let messageKey: String?
    public let suggestionKey: String?
    public let texts: [Language: Texts]
    public let path: String
    /// Where its keys and language tables are written, for errors found after parsing.
    private let lines: TOMLLines

    func line(of key: String) -> Int { lines.line(of: key, inSection: nil) }

    public var messageKeys: [String] { [messageKey, suggestionKey].compactMap { $0 } }

    static let keys = ["id", "severity", "check", "list", "sections", "sentences_with", "reads_last_paragraph", "skip_names", "once_per_sentence", "through_clause", "reads", "message", "suggestion"]

    init(toml: String, path: String) throws(PitchError) {
        let reader = try TOMLReader(text: toml, path: path)
        self.path = path
        lines = reader.lines
        guard let id = try reader.string("id"), !id.isEmpty else { throw .at(path, line: 1, "a rule needs an id = \"...\".") }
        self.id = id
        guard let severity = Severity(rawValue: try reader.string("severity") ?? "") else {
            throw .at(path, line: reader.line(of: "severity"), "needs severity = \"error\" or \"warning\".")
        }
        defaultSeverity = severity
        guard let check = RuleCheck(rawValue: try reader.string("check") ?? "") else {
            throw .at(path, line: reader.line(of: "check"), "unknown check; use one of \(RuleCheck.names).")
        }
        self.check = check
        listName = try reader.string("list")
        if check.readsList, listName == nil {
            throw .at(path, line: reader.line(of: "check"), "a \(check.rawValue) rule needs list = \"...\", the word list it reads.")
        }
        if let names = try reader.strings("sections") {
            var sections: Set<Section> = []
            for name in names {
                // `other` is text under a heading pitchcoach does not know.
                guard let section = Section(rawValue: name) else {
                    throw .at(path, line: reader.line(of: "sections"), "unknown intro part '\(name)'; parts are: \(Section.partNames), other.")
                }
                sections.insert(section)
            }
            self.sections = sections
        } else {
            sections = nil
        }
        sentencesWithName = try reader.string("sentences_with")
        if sentencesWithName != nil, sections == nil {
            throw .at(path, line: reader.line(of: "sentences_with"), "sentences_with widens sections = [...]; name the parts it reads too.")
        }
        skipsNames = try reader.bool("skip_names") ?? false
        reportsOncePerSentence = try reader.bool("once_per_sentence") ?? false
        reportsThroughClause = try reader.bool("through_clause") ?? false
        readsLastParagraph = try reader.bool("reads_last_paragraph") ?? false
        var readsNames: [String: String] = [:]
        if let reads = try reader.table("reads") {
            for role in reads.keys {
                readsNames[role] = try reader.string(role, in: reads, section: "reads")
            }
        }
        self.readsNames = readsNames
        messageKey = try reader.string("message")
        suggestionKey = try reader.string("suggestion")
        if check == .list, messageKey == nil {
            throw .at(path, line: 1, "a list rule needs message = \"...\", the key of what it says in each language's [messages].")
        }
        var texts: [Language: Texts] = [:]
        for key in reader.table.keys where !Self.keys.contains(key) {
            guard let table = try reader.table(key) else { continue }
            let language = Language(rawValue: key)
            try reader.requireOnly(["description", "triggering", "non_triggering"], in: table, section: key)
            guard let description = try reader.string("description", in: table, section: key) else {
                throw .at(path, line: reader.line(of: key), "[\(key)] needs a description.")
            }
            var examples: [Example] = []
            for (field, triggers) in [("triggering", true), ("non_triggering", false)] {
                for marked in try reader.strings(field, in: table, section: key) ?? [] {
                    let (text, spans) = try Self.unmarked(marked, path: path, line: reader.line(of: field, in: key))
                    if triggers != !spans.isEmpty {
                        throw .at(path, line: reader.line(of: field, in: key), triggers
                            ? "mark what the rule reports with «», as in \"We «leverage» it\"."
                            : "an example that does not trigger marks nothing.")
                    }
                    examples.append(Example(language: language, text: text, spans: spans, triggers: triggers))
                }
            }
            texts[language] = Texts(description: description, examples: examples)
        }
        self.texts = texts
    }

    /// The example without «» and the spans they marked.
    private static func unmarked(_ marked: String, path: String, line: @autoclosure () -> Int) throws(PitchError) -> (String, [Range<Int>]) {
        // Scalar by scalar, as spans count: telling characters apart would cost every rule's load.
        let opening = spanStart.unicodeScalars.first!, closing = spanEnd.unicodeScalars.first!
        var text = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var start: Int?
        var offset = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case opening:
                guard start == nil else { throw .at(path, line: line(), "a « opens inside another span.") }
                start = offset
            case closing:
                guard let open = start else { throw .at(path, line: line(), "a » closes no span.") }
                spans.append(open..<offset)
                start = nil
            default:
                text.append(scalar)
                offset += 1
            }
        }
        if start != nil { throw .at(path, line: line(), "a « is never closed.") }
        return (String(text), spans)
    }

    /// The rule's texts in `language`, else in `fallback`.
    public func texts(in language: Language, fallback: Language) -> Texts? {
        texts[language] ?? texts[fallback]
    }
}
