/// A block of spoken text, read once and shared by every rule.
public struct AnalyzedBlock: Sendable {
    public var block: PitchDocument.Block
    public var tokens: [Token]
    public var matches: [Lexicon.Match]
    /// Speaking units (words or syllables) per token.
    public var units: [Int]
    /// Token index ranges, one per sentence.
    public var sentences: [Range<Int>]

    /// The byte range covered by tokens `range`.
    public func byteRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}

/// What rules may read about the pitch being linted.
public struct LintContext: Sendable {
    public var document: PitchDocument
    public var language: Language
    public var profile: LanguageProfile
    public var timing: SpeakingTime
    public var targetSeconds: Double
    /// Running totals, complete by the time `finish` is called.
    public var totalUnits = 0
    public var totalWords = 0

    public var totalSeconds: Double { timing.seconds(forUnits: totalUnits) }

    /// "words" or "syllables", for messages.
    public var unitName: String { profile.unit == .word ? "words" : "syllables" }
}
