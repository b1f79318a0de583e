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
    private var listed: Set<[UInt8]> = []
    /// The longest word looked up, in bytes: twenty Thai letters.
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
            if word.count <= Self.longestWord { listed.insert(word) }
        }
    }

    /// Breaks again each run of ICU's `segments` of `text` that holds a piece the dictionary lacks.
    func rebuild(_ segments: inout [Segment], in text: UnsafeBufferPointer<UInt8>) {
        var result: [Segment] = []
        var index = 0
        var changed = false
        while index < segments.count {
            guard segments[index].kind == .letters, isInScript(text[segments[index].range]) else {
                result.append(segments[index])
                index += 1
                continue
            }
            var end = index
            while end + 1 < segments.count, segments[end + 1].kind == .letters, segments[end + 1].start == segments[end].end,
                  isInScript(text[segments[end + 1].range]) {
                end += 1
            }
            let run = Array(segments[index...end])
            if run.count > 1, run.contains(where: { !knows(text[$0.range]) }) {
                result += words(in: segments[index].start..<segments[end].end, of: text, keeping: Set(run.map(\.end)))
                changed = true
            } else {
                result += run
            }
            index = end + 1
        }
        if changed { segments = result }
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
                let length = cuts[end] - cuts[start]
                if length > Self.longestWord && end > start + 1 { break }
                let isKnown = knows(text[cuts[start]..<cuts[end]])
                // An unknown piece is one letter cluster at a time; they join up below.
                guard isKnown || end == start + 1 else { continue }
                var step = BreakCost()
                if !isKnown { step.unknownLetters = String(decoding: text[cuts[start]..<cuts[end]], as: UTF8.self).unicodeScalars.count }
                if end < cuts.count - 1, !icuEnds.contains(cuts[end]) { step.newCuts = 1 }
                step.droppedCuts = cuts[(start + 1)..<end].filter(icuEnds.contains).count
                let cost = reached + step
                if best[end].map({ cost < $0 }) ?? true {
                    best[end] = cost
                    previous[end] = (start, isKnown)
                }
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
        if listed.contains(Array(word)) { return true }
        if dictionary == nil { dictionary = SortedWords(contentsOf: dictionaryPath) }
        return dictionary!.contains(word)
    }

    private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        letters.contains { $0.contains(scalar.value) }
    }

    /// Whether a piece is in the script: its first code point tells.
    private func isInScript(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first.map(isLetter) ?? false
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

/// Words in one UTF-8 file, one per line, sorted by their bytes, searched in
/// place: reading it costs a file read and one pass for the line starts.
struct SortedWords {
    private let bytes: [UInt8]
    private let starts: [Int]

    /// The catalog checked the file when it loaded the language; one gone since reads as empty.
    init(contentsOf path: String) {
        bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        if starts.last == bytes.count { starts.removeLast() }
        self.starts = bytes.isEmpty ? [] : starts
    }

    func contains(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            let order = compare(line: middle, with: word)
            if order == 0 { return true }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return false
    }

    /// The line's bytes against the word's: negative, zero or positive.
    private func compare(line: Int, with word: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var position = starts[line]
        let end = line + 1 < starts.count ? starts[line + 1] - 1 : (bytes.last == 0x0A ? bytes.count - 1 : bytes.count)
        for byte in word {
            guard position < end else { return -1 }
            if bytes[position] != byte { return Int(bytes[position]) - Int(byte) }
            position += 1
        }
        return position < end ? 1 : 0
    }
}
