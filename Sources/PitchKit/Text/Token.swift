/// A word, number or meaningful symbol (`%`, `+`, `&`...) of the spoken text.
public struct Token: Equatable, Sendable {
    /// Byte range in the file.
    public var range: Range<Int>
    public var kind: Segment.Kind
    /// Index of the sentence within its block.
    public var sentence: Int
    /// Whether the token is Thai script (timed in Thai syllables).
    public var isThai: Bool

    public var isWord: Bool { kind != .other }
}
