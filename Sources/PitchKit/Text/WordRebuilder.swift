import Foundation

/// Rebuilds the words of a script whose text ICU breaks by dictionary, where
/// ICU's dictionary lacks a word. ICU cuts an unknown word (an abbreviation
/// such as "กยศ", a loanword, a name) into fragments that can straddle the
/// real words beside it ("ไม่ต้อ|งกู้ก|ยศ" for "ไม่ต้อง กู้ กยศ"), so a listed
/// word is lost, or a short one fires inside a longer word.
///
/// A run of the script's letters that ICU broke into several pieces, one of
/// them unknown to the language's dictionary, is broken again: into the
/// words of the dictionary (and of the word lists) that leave the fewest
/// letters unknown, keeping ICU's own boundaries where that ties. The
/// unknown letters left between known words become one word. A run ICU
/// breaks into known words only is left as it is.
public final class WordRebuilder {
    private let letters: [ClosedRange<UInt32>]
    /// Letters no word starts with (Thai ะ, า, ำ), besides the marks that
    /// combine with the letter before them.
    private let neverFirst: Set<Unicode.Scalar>
    private let dictionaryPath: String
    /// Read when a run first needs it: an English pitch never does.
    private var dictionary: SortedWords?
    /// The word lists' entries in the script, which ICU's dictionary may lack too.
    private var listedWords: Set<[UInt8]> = []
    private var listed = SortedWords(words: [])
    /// The longest listed phrase kept as a word, in bytes: twenty Thai letters.
    private static let longestWord = 60

    public init(letters: [ClosedRange<UInt32>], neverFirst: Set<Unicode.Scalar>, dictionaryPath: String) {
        self.letters = letters
        self.neverFirst = neverFirst
        self.dictionaryPath = dictionaryPath
    }

    /// Makes the lists' phrases known words, written without their spaces.
    public func learn(_ phrases: [String]) {
        for phrase in phrases where phrase.unicodeScalars.contains(where: isLetter) {
            let word = Array(phrase.filter { $0 != " " }.utf8)
            if word.count <= Self.longestWord { listedWords.insert(word) }
        }
        listed = SortedWords(words: listedWords.sorted { $0.lexicographicallyPrecedes($1) })
    }

    /// Breaks again each run of ICU's `segments` of `text` that holds a piece the
    /// dictionary lacks. This runs over every Thai word of a pitch, so it copies
    /// nothing until a run needs rebuilding.
    func rebuild(_ segments: inout [Segment], in text: UnsafeBufferPointer<UInt8>) {
        var rebuilt: [Segment]?
        var index = 0
        while index < segments.count {
            guard segments[index].kind == .letters, isInScript(text[segments[index].range]) else {
                rebuilt?.append(segments[index])
                index += 1
                continue
            }
            var end = index
            while end + 1 < segments.count, segments[end + 1].kind == .letters, segments[end + 1].start == segments[end].end,
                  isInScript(text[segments[end + 1].range]) {
                end += 1
            }
            if end > index, (index...end).contains(where: { !knows(text[segments[$0].range]) }) {
                if rebuilt == nil { rebuilt = Array(segments[..<index]) }
                let icuEnds = Set(segments[index...end].map(\.end))
                rebuilt! += words(in: segments[index].start..<segments[end].end, of: text, keeping: icuEnds)
            } else {
                rebuilt? += segments[index...end]
            }
            index = end + 1
        }
        if let rebuilt { segments = rebuilt }
    }

    /// The cheapest way to break `range` into words: fewest unknown letters,
    /// then fewest cuts where ICU made none, then fewest of ICU's cuts left out.
    private func words(in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>, keeping icuEnds: Set<Int>) -> [Segment] {
        let cuts = cutPoints(in: range, of: text)   // byte offsets, ascending, from range.lowerBound to upperBound
        var best = [BreakCost?](repeating: nil, count: cuts.count)
        var previous = [(from: Int, known: Bool)](repeating: (0, false), count: cuts.count)
        best[0] = BreakCost()
        for start in cuts.indices.dropLast() {
            guard let reached = best[start] else { continue }
            for end in (start + 1)..<cuts.count {
                let (isKnown, goesOn) = look(up: text[cuts[start]..<cuts[end]])
                // An unknown piece is one letter cluster at a time; they join up below.
                guard isKnown || end == start + 1 else {
                    if goesOn { continue } else { break }
                }
                var step = BreakCost()
                // Its code points: the bytes that do not continue one.
                if !isKnown { step.unknownLetters = text[cuts[start]..<cuts[end]].count { $0 & 0xC0 != 0x80 } }
                if end < cuts.count - 1, !icuEnds.contains(cuts[end]) { step.newCuts = 1 }
                step.droppedCuts = cuts[(start + 1)..<end].filter(icuEnds.contains).count
                let cost = reached + step
                if best[end].map({ cost < $0 }) ?? true {
                    best[end] = cost
                    previous[end] = (start, isKnown)
                }
                // No known word starts with these letters: none longer will either.
                if !goesOn { break }
            }
        }
        var pieces: [(range: Range<Int>, known: Bool)] = []
        var end = cuts.count - 1
        while end > 0 {
            let step = previous[end]
            pieces.append((cuts[step.from]..<cuts[end], step.known))
            end = step.from
        }
        var result: [Segment] = []
        var lastIsKnown = true
        for piece in pieces.reversed() {
            if !piece.known, !lastIsKnown {
                result[result.count - 1].end = piece.range.upperBound
            } else {
                result.append(Segment(start: piece.range.lowerBound, end: piece.range.upperBound, kind: .letters))
            }
            lastIsKnown = piece.known
        }
        return result
    }

    /// Where a word may begin or end: between letter clusters, not before a
    /// combining mark or a letter no word starts with, and not after a vowel
    /// written before its consonant (Thai เ, แ, โ, ใ, ไ).
    private func cutPoints(in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var cuts = [range.lowerBound]
        var offset = range.lowerBound
        var afterPrependedVowel = false
        for scalar in String(decoding: text[range], as: UTF8.self).unicodeScalars {
            let combines = scalar.properties.generalCategory == .nonspacingMark || neverFirst.contains(scalar)
            if offset > range.lowerBound, !combines, !afterPrependedVowel { cuts.append(offset) }
            afterPrependedVowel = scalar.properties.isLogicalOrderException
            offset += scalar.utf8.count
        }
        cuts.append(range.upperBound)
        return cuts
    }

    private func knows(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        look(up: word).isWord
    }

    /// Whether the letters are a known word, and whether a longer known word starts with them.
    private func look(up word: Slice<UnsafeBufferPointer<UInt8>>) -> (isWord: Bool, isPrefix: Bool) {
        if dictionary == nil { dictionary = SortedWords(contentsOf: dictionaryPath) }
        let inLists = listed.look(up: word)
        let inDictionary = dictionary!.look(up: word)
        return (inLists.isWord || inDictionary.isWord, inLists.isPrefix || inDictionary.isPrefix)
    }

    private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar.value)
    }

    private func isLetter(_ value: UInt32) -> Bool {
        letters.contains { $0.contains(value) }
    }

    /// Whether a piece is in the script: its first code point tells, read from its UTF-8 bytes.
    private func isInScript(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first else { return false }
        let index = bytes.startIndex
        switch first {
        case 0x00..<0x80: return isLetter(UInt32(first))
        case 0xC0..<0xE0 where bytes.count >= 2:
            return isLetter(UInt32(first & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
        case 0xE0..<0xF0 where bytes.count >= 3:
            return isLetter(UInt32(first & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
        default: return false
        }
    }
}

/// What a way of breaking a run costs, compared in this order.
private struct BreakCost: Comparable {
    var unknownLetters = 0, newCuts = 0, droppedCuts = 0

    static func < (a: BreakCost, b: BreakCost) -> Bool {
        (a.unknownLetters, a.newCuts, a.droppedCuts) < (b.unknownLetters, b.newCuts, b.droppedCuts)
    }

    static func + (a: BreakCost, b: BreakCost) -> BreakCost {
        BreakCost(unknownLetters: a.unknownLetters + b.unknownLetters, newCuts: a.newCuts + b.newCuts, droppedCuts: a.droppedCuts + b.droppedCuts)
    }
}

/// Words, one per line of UTF-8, sorted by their bytes, searched in place:
/// reading a file of them costs the read and one pass for the line starts.
struct SortedWords {
    private let bytes: [UInt8]
    /// Where each line starts, and one past the last line's end.
    private let starts: [Int]

    /// The catalog checked the file when it loaded the language; one gone since reads as empty.
    init(contentsOf path: String) {
        self.init(bytes: FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? [])
    }

    /// Words already sorted by their bytes.
    init(words: [[UInt8]]) {
        self.init(bytes: Array(words.joined(separator: [0x0A])))
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        // The end, as if a newline followed the last line.
        if starts.last != bytes.count { starts.append(bytes.count + 1) }
        self.starts = bytes.isEmpty ? [] : starts
    }

    /// Whether `word` is a line, and whether a longer line starts with it (found
    /// by the first line not before it). Slices of the buffer cost no retain.
    func look(up word: Slice<UnsafeBufferPointer<UInt8>>) -> (isWord: Bool, isPrefix: Bool) {
        let count = starts.count - 1
        guard count > 0 else { return (false, false) }
        return bytes.withUnsafeBufferPointer { buffer in
            starts.withUnsafeBufferPointer { starts in
                func line(_ index: Int) -> Slice<UnsafeBufferPointer<UInt8>> { buffer[starts[index]..<(starts[index + 1] - 1)] }
                var low = 0, high = count
                while low < high {
                    let middle = (low + high) / 2
                    if line(middle).lexicographicallyPrecedes(word) { low = middle + 1 } else { high = middle }
                }
                guard low < count else { return (false, false) }
                let first = line(low)
                if first.elementsEqual(word) {
                    return (true, low + 1 < count && line(low + 1).starts(with: word))
                }
                return (false, first.starts(with: word))
            }
        }
    }
}
