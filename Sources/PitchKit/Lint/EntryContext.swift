/// When a word-list entry counts, judged by the words next to it: "just"
/// softens "I just fix leaks" but means "recently" in "who just bought a
/// house"; "you know" pads a sentence but not "anyone you know who". Written
/// in a list's `context` column, as clauses joined by ";":
///
///     unless next: bought, left, @past-verb
///     unless previous: anyone, if, @asker
///     only previous: we, I, @self, @edge
///     unless later: just, recently, @moment, @number
///     only earlier: been, @tenure
///     unless followed by 10 words
///     unless in a name
///     unless unmarked
///
/// A word is compared as the matcher compares words (folded); `@name` is a word
/// class, the entries of the language's `classes` list whose kind is `name`.
/// "next" and "previous" are the words right after and right before the
/// entry in its sentence; `@edge` stands for none, at the sentence's start
/// or end ("Actually, we…" but not "when cafés actually need us"), and
/// `@number` for a number, in digits ("ภายใน 24 ชั่วโมง", not "ภายในบ้าน")
/// or spelled out in words of the `number` class ("twenty", "mười"), and
/// `@latin` for a word in Latin letters: in a Thai pitch, an English word
/// ("ตู้ MDB หรือตู้ไฟหลัก" explains MDB; "SEO หรือ SEM" names two services).
/// "later" is any word after the entry in its clause, "earlier" any word
/// before it ("I've been a chiropractor for 15 years"), up to a comma, a colon,
/// a semicolon, a word of the `clause-end` class (Thai "แนะนำ", Vietnamese
/// "thì", which end a clause without a comma) or the sentence's end, and "followed by 10 words" says the
/// clause goes on that long after it: "anyone" asks for no one, but "anyone
/// who's just signed a lease on a café" and "anyone you know who's been
/// putting off a family trip because a parent struggles with stairs" name a
/// situation a listener can picture. "in a
/// name" is a run of capitalised words, such as "Premier Smiles Dental".
/// "unmarked" is a text typed without its marks, where the entry's letters
/// also spell another word (Vietnamese "nói thật", honestly, and "nội thất",
/// interiors, are both "noi that").
public struct EntryContext: Equatable, Sendable {
    public enum Neighbour: String, Sendable {
        case next, previous, earlier, later
    }

    public struct Condition: Equatable, Sendable {
        public var neighbour: Neighbour
        /// `only`: the neighbour must be one of the words; else it must not be.
        public var required: Bool
        public var words: [String]
        public var classes: [String]
        /// `@edge`: no word at all, at the sentence's start or end, is one of them.
        public var includesEdge: Bool
        /// `@number`: a number, in digits or a word of the `number` class, is one of them.
        public var includesNumber: Bool
        /// `@latin`: a word in Latin letters is one of them.
        public var includesLatin: Bool
    }

    /// The classes that stand for the edge of a sentence, for any number and for any word in
    /// Latin letters, rather than for listed words.
    static let edgeClass = "edge"
    static let numberClass = "number"
    static let latinClass = "latin"

    public var conditions: [Condition]
    /// The clause length after the entry that makes it specific, if any: "unless followed by 10 words".
    public var excludedWhenFollowedBy: Int?
    public var excludesNames: Bool
    /// Whether the entry is left out of a text typed without marks.
    public var excludesUnmarked: Bool

    /// The classes the clauses name, so a catalog can check each exists.
    public var classNames: [String] { conditions.flatMap(\.classes) }

    public init(_ text: String) throws(PitchError) {
        conditions = []
        excludedWhenFollowedBy = nil
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
                if let count = Self.followedByCount(clause) {
                    excludedWhenFollowedBy = count
                    continue
                }
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
                words: items.filter { !$0.hasPrefix("@") },
                classes: classes.filter { ![Self.edgeClass, Self.numberClass, Self.latinClass].contains($0) },
                includesEdge: classes.contains(Self.edgeClass), includesNumber: classes.contains(Self.numberClass),
                includesLatin: classes.contains(Self.latinClass)
            ))
        }
        if conditions.isEmpty && excludedWhenFollowedBy == nil && !excludesNames && !excludesUnmarked { throw PitchError("the context is empty") }
    }

    /// N of "unless followed by N words"; nil for any other clause.
    private static func followedByCount(_ clause: String) -> Int? {
        let words = clause.split(separator: " ")
        guard words.count == 5, words[0] == "unless", words[1] == "followed", words[2] == "by", words[4] == "words",
              let count = Int(words[3]), count > 0 else { return nil }
        return count
    }

    private static func syntaxError(_ clause: String) -> PitchError {
        PitchError("context clause '\(clause)' should read 'unless next: ...', 'unless previous: ...', 'unless earlier: ...', 'unless later: ...', 'only next: ...', 'only previous: ...', 'only earlier: ...', 'only later: ...', 'unless followed by N words', 'unless in a name' or 'unless unmarked'")
    }
}
