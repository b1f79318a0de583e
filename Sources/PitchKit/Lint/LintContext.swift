/// A block of spoken text, read once and shared by every rule.
public struct AnalyzedBlock: Sendable {
    public var block: PitchDocument.Block
    public var tokens: [Token]
    /// Word-list matches, one array per list in `WordListID.index` order.
    public var matchesByList: [[Lexicon.Match]]
    /// Speaking units (words or syllables) per token.
    public var units: [Int]
    /// Token index ranges, one per sentence.
    public var sentences: [Range<Int>]

    /// The matches of one word list, in text order.
    public func matches(in list: WordListID) -> [Lexicon.Match] {
        matchesByList[list.index]
    }

    /// Where the entries of `list` whose kind is one of `kinds` start, by token index:
    /// the words a rule reads as clause breaks ("thì", "and").
    public func starts(of list: WordListID?, kinds: Set<String>) -> Set<Int> {
        guard let list else { return [] }
        return Set(matches(in: list).filter { $0.entry.kind.map(kinds.contains) ?? false }.map(\.tokens.lowerBound))
    }

    /// The sentences (`Token.sentence`) in which an entry of `list` starts: those
    /// of the ask, for rules that leave the ask out wherever it is.
    public func sentences(with list: WordListID?) -> Set<Int> {
        guard let list else { return [] }
        return Set(matches(in: list).map { tokens[$0.tokens.lowerBound].sentence })
    }

    /// The sentences, or where a language ends a statement with a word (Thai
    /// ครับ, ค่ะ) and writes no full stop, its statements: "ผลตอบแทนไม่ต่ำกว่า
    /// 10% ต่อปี การันตีครับ" is one promise over two phrases.
    public func statements(in context: LintContext) -> [Range<Int>] {
        guard !context.profile.statementEnds.isEmpty else { return sentences }
        var result: [Range<Int>] = []
        var start: Int?
        for sentence in sentences {
            let first = start ?? sentence.lowerBound
            if context.profile.endsStatement(context.document.text(tokens[sentence.upperBound - 1].range)) {
                result.append(first..<sentence.upperBound)
                start = nil
            } else {
                start = first
            }
        }
        if let start, let last = sentences.last { result.append(start..<last.upperBound) }
        return result
    }

    /// The byte range covered by tokens `range`.
    public func byteRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}

/// What rules may read about the pitch being linted. A class: every rule
/// reads it for every block, and sharing it costs nothing where a copy of its
/// arrays would.
public final class LintContext {
    public let document: PitchDocument
    public let language: Language
    public let profile: LanguageProfile
    public let timing: SpeakingTime
    public let targetSeconds: Double
    /// Running totals, kept by the linter; complete by the time `finish` is called.
    public internal(set) var totalUnits = 0
    public internal(set) var totalWords = 0

    init(document: PitchDocument, language: Language, profile: LanguageProfile, timing: SpeakingTime, targetSeconds: Double) {
        self.document = document
        self.language = language
        self.profile = profile
        self.timing = timing
        self.targetSeconds = targetSeconds
    }

    public var totalSeconds: Double { timing.seconds(forUnits: totalUnits) }

    /// "words" or "syllables", in the pitch's language.
    public var unitName: String { profile.unitName }
}
