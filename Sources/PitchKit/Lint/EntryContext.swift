/// When a word-list entry counts, judged by the words next to it: "just"
/// softens "I just fix leaks" but means "recently" in "who just bought a
/// house"; "you know" pads a sentence but not "anyone you know who". Written
/// in a list's `context` column, as clauses joined by ";":
///
///     unless next: bought, left, @past-verb
///     unless previous: anyone, if, @asker
///     only previous: we, I, @self, @edge
///     unless in a name
///     unless unmarked
///
/// A word is compared as the matcher compares words (folded); `@name` is a word
/// class, the entries of the language's `classes` list whose kind is `name`.
/// "next" and "previous" are the words right after and right before the
/// entry in its sentence; `@edge` stands for none, at the sentence's start
/// or end ("Actually, we…" but not "when cafés actually need us"), and
/// `@number` for a number in digits ("ภายใน 24 ชั่วโมง", not "ภายในบ้าน"). "in a
/// name" is a run of capitalised words, such as "Premier Smiles Dental".
/// "unmarked" is a text typed without its marks, where the entry's letters
/// also spell another word (Vietnamese "nói thật", honestly, and "nội thất",
/// interiors, are both "noi that").
public struct EntryContext: Equatable, Sendable {
    public enum Neighbour: String, Sendable {
        case next, previous
    }

    public struct Condition: Equatable, Sendable {
        public var neighbour: Neighbour
        /// `only`: the neighbour must be one of the words; else it must not be.
        public var required: Bool
        public var words: [String]
        public var classes: [String]
        /// `@edge`: no word at all, at the sentence's start or end, is one of them.
        public var includesEdge: Bool
        /// `@number`: a number in digits is one of them.
        public var includesNumber: Bool
    }

    /// The classes that stand for the edge of a sentence and for any number, rather than for listed words.
    static let edgeClass = "edge"
    static let numberClass = "number"

    public var conditions: [Condition]
    public var excludesNames: Bool
    /// Whether the entry is left out of a text typed without marks.
    public var excludesUnmarked: Bool

    /// The classes the clauses name, so a catalog can check each exists.
    public var classNames: [String] { conditions.flatMap(\.classes) }

    public init(_ text: String) throws(PitchError) {
        conditions = []
        excludesNames = false
        excludesUnmarked = false
        for clause in text.split(separator: ";").map({ $0.trimmingSpaces() }) where !clause.isEmpty {
            switch clause {
            case "unless in a name":
                excludesNames = true
                continue
            case "unless unmarked":
                excludesUnmarked = true
                continue
            default:
                break
            }
            guard let colon = clause.firstIndex(of: ":") else { throw Self.syntaxError(clause) }
            let head = clause[..<colon].split(separator: " ")
            guard head.count == 2, ["unless", "only"].contains(head[0]), let neighbour = Neighbour(rawValue: String(head[1])) else {
                throw Self.syntaxError(clause)
            }
            let items = clause[clause.index(after: colon)...].split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard !items.isEmpty else { throw PitchError("context clause '\(clause)' names no words") }
            let classes = items.filter { $0.hasPrefix("@") }.map { String($0.dropFirst()) }
            conditions.append(Condition(
                neighbour: neighbour, required: head[0] == "only",
                words: items.filter { !$0.hasPrefix("@") }, classes: classes.filter { $0 != Self.edgeClass && $0 != Self.numberClass },
                includesEdge: classes.contains(Self.edgeClass), includesNumber: classes.contains(Self.numberClass)
            ))
        }
        if conditions.isEmpty && !excludesNames && !excludesUnmarked { throw PitchError("the context is empty") }
    }

    private static func syntaxError(_ clause: String) -> PitchError {
        PitchError("context clause '\(clause)' should read 'unless next: ...', 'unless previous: ...', 'only next: ...', 'only previous: ...', 'unless in a name' or 'unless unmarked'")
    }
}
