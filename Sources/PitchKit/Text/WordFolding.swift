import Foundation

/// How a word is compared with word-list phrases: case-folded, in NFC, with a
/// curly apostrophe made straight, invisible code points left out, and the
/// language's matching variants applied (an English inflection taken off, a
/// Vietnamese syllable respelled one way). Runs on every word of the text, so the
/// common cases (ASCII, Thai, lowercase Vietnamese) touch only bytes; only a
/// word with an uppercase non-ASCII letter or a combining mark takes the slow
/// path through String.
public struct WordFolding: Hashable, Sendable {
    public var variants: MatchingVariants

    public init(variants: MatchingVariants = []) {
        self.variants = variants
    }

    /// Case and Unicode form only: for words no language's variants apply to.
    public static let plain = WordFolding()

    /// Writes the folded bytes of a UTF-8 word into `scratch`, growing it if
    /// needed, and returns how many there are. No closures and no allocation
    /// on the fast path: this runs once per word of the text.
    func fold(_ word: Slice<UnsafeBufferPointer<UInt8>>, into scratch: inout [UInt8]) -> Int {
        if scratch.count < word.count { scratch = [UInt8](repeating: 0, count: word.count * 2) }
        var count: Int
        if let fast = scratch.withUnsafeMutableBufferPointer({ Self.foldFast(word, into: $0) }) {
            count = fast
            if variants.contains(.vietnameseSpellings), VietnameseSpelling.mayHaveSecondSpelling(scratch, count: count),
               let respelled = VietnameseSpelling.canonical(scratch[..<count]) {
                scratch.replaceSubrange(0..<respelled.count, with: respelled)
                return respelled.count
            }
        } else {
            var folded = Array(Self.foldSlow(String(decoding: word, as: UTF8.self)).utf8)
            if variants.contains(.vietnameseSpellings), let respelled = VietnameseSpelling.canonical(folded[...]) { folded = respelled }
            if scratch.count < folded.count { scratch = [UInt8](repeating: 0, count: folded.count * 2) }
            scratch.replaceSubrange(0..<folded.count, with: folded)
            count = folded.count
        }
        if variants.contains(.thaiLoanwordSpellings) {
            count = scratch.withUnsafeMutableBufferPointer { ThaiSpelling.fold($0, count: count) }
        }
        guard variants.contains(.englishInflections) else { return count }
        if let acronym = EnglishInflection.acronymLength(word) { return acronym }
        return scratch.withUnsafeMutableBufferPointer { EnglishInflection.stem($0, count: count) }
    }

    /// The folded form of a word as a string, for building word lists.
    public func folded(_ word: String) -> String {
        var copy = word
        var scratch: [UInt8] = []
        let count = copy.withUTF8 { fold($0[...], into: &scratch) }
        return String(decoding: scratch[..<count], as: UTF8.self)
    }

    /// Folds without Unicode tables, or returns nil when the word needs them.
    private static func foldFast(_ word: Slice<UnsafeBufferPointer<UInt8>>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        var index = word.startIndex
        while index < word.endIndex {
            let byte = word[index]
            // A word holds a space only before its ๆ ("จริง ๆ"), which is the same word as "จริงๆ".
            if byte == 0x20 {
                index += 1
                continue
            }
            if byte < 0x80 {
                buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                count += 1
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= word.endIndex else { return nil }
            let scalar = decode(word, at: index, length: length)
            if scalar == 0x2019 {
                buffer[count] = UInt8(ascii: "'")
                count += 1
            } else if (0x0E00...0x0E7F).contains(scalar) || isStable(scalar) {
                for offset in 0..<length { buffer[count + offset] = word[index + offset] }
                count += length
            } else if !isInvisible(scalar) {
                return nil
            }
            // An invisible code point is left out, so that "synergy" with a stray U+FEFF is still "synergy".
            index += length
        }
        return count
    }

    /// A default-ignorable code point (U+00AD, U+034F, U+200D, U+2060, U+FEFF...):
    /// invisible, often pasted in from the web or a word processor, and never
    /// part of a word's spelling. ICU keeps most of them inside the word.
    private static func isInvisible(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isDefaultIgnorableCodePoint ?? false
    }

    /// A letter that folding leaves alone: not uppercase, not invisible, and not
    /// a combining mark that NFC could merge into the letter before it.
    private static func isStable(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return !properties.changesWhenLowercased && !properties.isDefaultIgnorableCodePoint && properties.canonicalCombiningClass == .notReordered
            && !(0x0300...0x036F).contains(value)
    }

    private static func decode(_ word: Slice<UnsafeBufferPointer<UInt8>>, at index: Int, length: Int) -> UInt32 {
        var value = UInt32(word[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | (UInt32(word[index + offset]) & 0x3F) }
        return value
    }

    private static func foldSlow(_ word: String) -> String {
        var visible = String.UnicodeScalarView()
        visible.append(contentsOf: word.unicodeScalars.lazy.filter { !$0.properties.isDefaultIgnorableCodePoint })
        var folded = String(visible).lowercased().filter { $0 != " " }
        if folded.unicodeScalars.contains(where: { (0x0300...0x036F).contains($0.value) }) {
            folded = folded.precomposedStringWithCanonicalMapping
        }
        return folded.contains("\u{2019}") ? String(folded.map { $0 == "\u{2019}" ? "'" : $0 }) : folded
    }
}
