/// A language's word lists, compiled into one phrase matcher.
public struct Lexicon: Sendable {
    /// A word-list entry found in the text.
    public struct Match: Equatable, Sendable {
        public var list: WordListName
        public var entry: WordListEntry
        /// Token indices within the block.
        public var tokens: Range<Int>
    }

    public let language: Language
    public let lists: [WordListName: [WordListEntry]]
    private let matcher: PhraseMatcher
    /// Accepted phrases get this tag: what they cover is never flagged.
    private static let acceptedTag = WordListName.allCases.count

    /// Compiles `lists` (built-in plus the user's) and the user's accepted phrases.
    public init(language: Language, lists: [WordListName: [WordListEntry]], accepted: [String] = [], tokenizer: Tokenizer) {
        self.language = language
        self.lists = lists
        var matcher = PhraseMatcher()
        for (tag, name) in WordListName.allCases.enumerated() {
            for (index, entry) in (lists[name] ?? []).enumerated() {
                matcher.add(Self.keys(entry.phrase, tokenizer), tag: tag, entry: index)
            }
        }
        for (index, phrase) in accepted.enumerated() {
            matcher.add(Self.keys(phrase, tokenizer), tag: Self.acceptedTag, entry: index)
        }
        self.matcher = matcher
    }

    /// The token keys a phrase must match, or nil if it has a sentence break
    /// inside it (in Thai, a space between Thai words), so it could never match.
    public static func keys(_ phrase: String, _ tokenizer: Tokenizer) -> [String] {
        tokenizer.tokens(of: phrase).map(\.key)
    }

    /// Matches in a block's tokens, minus those overlapping an accepted phrase.
    public func matches(in tokens: [Token]) -> [Match] {
        let all = matcher.matches(in: tokens)
        let accepted = all.filter { $0.tag == Self.acceptedTag }.map(\.tokens)
        return all.compactMap { match in
            guard match.tag != Self.acceptedTag,
                  !accepted.contains(where: { $0.overlaps(match.tokens) })
            else { return nil }
            let list = WordListName.allCases[match.tag]
            return Match(list: list, entry: lists[list]![match.entry], tokens: match.tokens)
        }
    }
}
