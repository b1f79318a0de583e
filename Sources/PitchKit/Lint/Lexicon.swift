/// A language's word lists, compiled into one phrase matcher.
public struct Lexicon: Sendable {
    /// A word-list entry found in the text.
    public struct Match: Equatable, Sendable {
        public var list: WordListID
        public var entry: WordListEntry
        /// Token indices within the block.
        public var tokens: Range<Int>
    }

    public let language: Language
    /// The lists, by `WordListID.index`: the hot path indexes, it does not hash.
    private let lists: [WordListID]
    private let entriesByTag: [[WordListEntry]]
    private let matcher: PhraseMatcher
    /// Accepted phrases get this tag: what they cover is never flagged.
    private let acceptedTag: Int

    /// Compiles `lists` (every pack's entries plus the user's, in `WordListID.index`
    /// order) and the user's accepted phrases.
    public init(language: Language, lists: [(id: WordListID, entries: [WordListEntry])], accepted: [String] = [], tokenizer: Tokenizer) {
        self.language = language
        self.lists = lists.map(\.id)
        entriesByTag = lists.map(\.entries)
        acceptedTag = lists.count
        var matcher = PhraseMatcher()
        for (tag, list) in lists.enumerated() {
            for (index, entry) in list.entries.enumerated() {
                matcher.add(Self.words(entry.phrase, tokenizer), tag: tag, entry: index)
            }
        }
        for (index, phrase) in accepted.enumerated() {
            matcher.add(Self.words(phrase, tokenizer), tag: acceptedTag, entry: index)
        }
        self.matcher = matcher
    }

    /// The words of a phrase, as written, that the matcher must find in a row.
    public static func words(_ phrase: String, _ tokenizer: Tokenizer) -> [String] {
        let utf8 = Array(phrase.utf8)
        return tokenizer.tokens(of: phrase).map { String(decoding: utf8[$0.range], as: UTF8.self) }
    }

    /// The folded words of a phrase: two phrases with the same keys are the same entry.
    public static func keys(_ phrase: String, _ tokenizer: Tokenizer) -> [String] {
        words(phrase, tokenizer).map(WordFolding.folded)
    }

    /// Matches in a short text, for checks outside the linter.
    public func matches(in text: String, tokenizer: Tokenizer) -> [Match] {
        var copy = text
        return copy.withUTF8 { utf8 in
            matchesByList(in: tokenizer.tokens(of: utf8, in: 0..<utf8.count), of: utf8).flatMap { $0 }
        }
    }

    /// Matches in a block's tokens, minus those overlapping an accepted
    /// phrase, one array per list (`WordListID.index` order), so each rule
    /// reads only its own list.
    public func matchesByList(in tokens: [Token], of text: UnsafeBufferPointer<UInt8>) -> [[Match]] {
        var result = [[Match]](repeating: [], count: lists.count)
        let all = matcher.matches(in: tokens, of: text)
        let accepted = all.filter { $0.tag == acceptedTag }.map(\.tokens)
        for match in all where match.tag != acceptedTag && !accepted.contains(where: { $0.overlaps(match.tokens) }) {
            result[match.tag].append(Match(list: lists[match.tag], entry: entriesByTag[match.tag][match.entry], tokens: match.tokens))
        }
        return result
    }
}
