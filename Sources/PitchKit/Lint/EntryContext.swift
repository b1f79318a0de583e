/// When a word-list entry counts, judged by the words next to it: "just"
/// softens "I just fix leaks" but means "recently" in "who just bought a
/// house"; "you know" pads a sentence but not "anyone you know who". Written
/// in a list's `context` column, as clauses joined by ";":
///
///     unless next: bought, left, @past-verb
///     unless previous: anyone, if, @asker
///     only previous: we, I, @self
///     unless in a name
///
/// A word is compared as the matcher compares words (folded); `@name` is a word
/// class, the entries of the language's `classes` list whose kind is `name`.
/// "next" and "previous" are the words right after and right before the
/// entry in its sentence; at a sentence's edge there is none. "in a name" is
/// a run of capitalised words, such as "Premier Smiles Dental".
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
    }

    public var conditions: [Condition]
    public var excludesNames: Bool

    /// The classes the clauses name, so a catalog can check each exists.
    public var classNames: [String] { conditions.flatMap(\.classes) }

    public init(_ text: String) throws(PitchError) {
        conditions = []
        excludesNames = false
        for clause in text.split(separator: ";").map({ $0.trimmingSpaces() }) where !clause.isEmpty {
            if clause == "unless in a name" {
                excludesNames = true
                continue
            }
            guard let colon = clause.firstIndex(of: ":") else { throw Self.syntaxError(clause) }
            let head = clause[..<colon].split(separator: " ")
            guard head.count == 2, ["unless", "only"].contains(head[0]), let neighbour = Neighbour(rawValue: String(head[1])) else {
                throw Self.syntaxError(clause)
            }
            let items = clause[clause.index(after: colon)...].split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard !items.isEmpty else { throw PitchError("context clause '\(clause)' names no words") }
            conditions.append(Condition(
                neighbour: neighbour, required: head[0] == "only",
                words: items.filter { !$0.hasPrefix("@") }, classes: items.filter { $0.hasPrefix("@") }.map { String($0.dropFirst()) }
            ))
        }
        if conditions.isEmpty && !excludesNames { throw PitchError("the context is empty") }
    }

    private static func syntaxError(_ clause: String) -> PitchError {
        PitchError("context clause '\(clause)' should read 'unless next: ...', 'unless previous: ...', 'only next: ...', 'only previous: ...' or 'unless in a name'")
    }
}
