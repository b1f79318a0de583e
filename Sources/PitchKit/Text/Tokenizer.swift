/// Turns a block of spoken text into tokens grouped in sentences.
public struct Tokenizer {
    private let segmenter: WordSegmenter
    /// Each rebuilds the words ICU's dictionary lacks, in its script.
    private let rebuilders: [WordRebuilder]

    public init(segmenter: WordSegmenter = WordSegmenter(), rebuilders: [WordRebuilder] = []) {
        self.segmenter = segmenter
        self.rebuilders = rebuilders
    }

    /// The tokens of `text[range]`. A sentence ends at `.`, `!`, `?` or `…`, and,
    /// in Thai, at a space between Thai words: Thai writes no full stop and
    /// marks the end of a phrase or sentence with a space. The repetition mark
    /// ๆ is part of the word it repeats, written "จริงๆ" or "จริง ๆ", and the
    /// space Thai writing puts after it ends no phrase.
    public func tokens(of text: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var sentence = 0
        var gapEndsSentence = false
        var gapHasSpace = false
        var segments: [Segment] = []
        segmenter.segments(of: text, in: range) { segments.append($0) }
        for rebuilder in rebuilders { rebuilder.rebuild(&segments, in: text) }
        for segment in segments {
            let bytes = text[segment.range]
            if segment.isWord {
                let isThai = Self.isThai(bytes)
                if Self.isRepetitionMark(bytes[...]), !gapEndsSentence, let previous = tokens.last, previous.isThai, previous.sentence == sentence {
                    tokens[tokens.count - 1].range = previous.range.lowerBound..<segment.range.upperBound
                    gapHasSpace = false
                    continue
                }
                if let previous = tokens.last, previous.sentence == sentence,
                   gapEndsSentence || (gapHasSpace && isThai && previous.isThai && !Self.isRepetitionMark(text[previous.range].suffix(3))) {
                    sentence += 1
                }
                tokens.append(Token(range: segment.range, kind: segment.kind, sentence: sentence, isThai: isThai))
                gapEndsSentence = false
                gapHasSpace = false
                continue
            }
            switch Self.classify(bytes) {
            case .symbol:
                tokens.append(Token(range: segment.range, kind: .other, sentence: sentence, isThai: false))
            case .sentenceEnd:
                // A full stop inside a word ("ภ.ง.ด.50", "e.g.", "2.5") ends no sentence.
                let isInsideWord = segment.range.upperBound < range.upperBound && bytes.first == UInt8(ascii: ".")
                    && Self.classify(text[segment.range.upperBound..<(segment.range.upperBound + 1)]) != .space
                if !isInsideWord { gapEndsSentence = true }
            case .space:
                gapHasSpace = true
            case .punctuation:
                break
            }
        }
        return tokens
    }

    /// Tokens of a whole string: for tests, word lists and short texts.
    public func tokens(of text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokens(of: $0, in: 0..<$0.count) }
    }

    private enum Gap {
        case space, sentenceEnd, symbol, punctuation
    }

    /// What a non-word segment is, read from its bytes: this runs between every
    /// two words, so it makes no strings.
    private static func classify(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Gap {
        guard let first = bytes.first else { return .punctuation }
        switch first {
        case 0x20, 0x09, 0x0A, 0x0D: return .space
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return .sentenceEnd
        case UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "&"), UInt8(ascii: "$"), UInt8(ascii: "#"): return .symbol
        case 0x00..<0x80: return .punctuation
        default:
            let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first!
            if sentenceEnds.contains(scalar) { return .sentenceEnd }
            if currencySymbols.contains(scalar) { return .symbol }
            return scalar.properties.isWhitespace ? .space : .punctuation
        }
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = ["…", "。", "！", "？"]
    /// Money signs carry meaning in a claim ("฿990", "€50"), like "%".
    private static let currencySymbols: Set<Unicode.Scalar> = ["€", "£", "฿", "₫"]

    /// ๆ, U+0E46, in UTF-8.
    private static func isRepetitionMark(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        bytes.elementsEqual([0xE0, 0xB9, 0x86])
    }

    /// Thai letters are U+0E00–U+0E7F, which UTF-8 writes as E0 B8 xx or E0 B9 xx.
    private static func isThai(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard bytes.count >= 3, let first = bytes.first else { return false }
        let second = bytes[bytes.startIndex + 1]
        return first == 0xE0 && (second == 0xB8 || second == 0xB9)
    }
}
