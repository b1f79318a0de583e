/// A word, number or meaningful symbol (`%`, `+`, `&`...) of the spoken text.
public struct Token: Equatable, Sendable {
    /// Byte range in the file.
    public var range: Range<Int>
    public var kind: Segment.Kind
    /// The token as matched: case-folded, curly apostrophes made straight.
    /// Swift compares strings by canonical equivalence, so NFC and NFD spellings meet.
    public var key: String
    /// Index of the sentence within its block.
    public var sentence: Int
    /// Whether the token is Thai script (timed in Thai syllables).
    public var isThai: Bool

    public var isWord: Bool { kind != .other }

    static func key(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // The common case, without Unicode case mapping tables.
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[index] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
        let folded = String(decoding: bytes, as: UTF8.self).lowercased()
        return folded.contains("\u{2019}") ? String(folded.map { $0 == "\u{2019}" ? "'" : $0 }) : folded
    }
}
