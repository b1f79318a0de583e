import Foundation

/// The word lists a language ships with, in `Resources/wordlists/<lang>/<name>.tsv`.
public enum WordListName: String, CaseIterable, Codable, Sendable {
    /// Insider words, with the everyday words to say instead.
    case jargon
    /// Claims everyone makes, with advice on what to say instead.
    case bland
    /// Words that show a result for the client: a change, a purpose, a number.
    case benefit
    /// Filler and hedges that weaken a spoken intro.
    case filler
    /// Promises nobody can keep, which cost trust.
    case overpromise
    /// First-person (`self`) and client-facing (`audience`) words.
    case pronouns
    /// Asks too general for anyone to act on ("anyone who needs...").
    case vague

    /// The list's position in `allCases`.
    public var index: Int { Self.allCases.firstIndex(of: self)! }
}

/// One line of a word list: `phrase<TAB>suggestion<TAB>note`. A class, so the
/// many matches that point at an entry share it rather than copy its strings.
public final class WordListEntry: Equatable, Sendable {
    public let phrase: String
    /// What to say instead, or (in `benefit` and `pronouns`) the entry's kind.
    public let suggestion: String
    public let note: String
    /// Where the entry was written, for error messages.
    public let file: String
    public let line: Int

    public init(phrase: String, suggestion: String, note: String, file: String, line: Int) {
        self.phrase = phrase
        self.suggestion = suggestion
        self.note = note
        self.file = file
        self.line = line
    }

    public static func == (lhs: WordListEntry, rhs: WordListEntry) -> Bool {
        (lhs.phrase, lhs.suggestion, lhs.note, lhs.file, lhs.line) == (rhs.phrase, rhs.suggestion, rhs.note, rhs.file, rhs.line)
    }
}

public enum WordListParser {
    /// Parses TSV word-list text; `#` starts a comment line. Every entry needs
    /// three non-empty fields, so a stray tab or a missing suggestion is caught
    /// where it was written.
    public static func parse(_ text: String, file: String) throws(PitchError) -> [WordListEntry] {
        // Byte by byte: every lint run parses a few thousand lines at start-up.
        var entries: [WordListEntry] = []
        let utf8 = Array(text.utf8)
        var lineStart = 0
        var lineNumber = 0
        while lineStart < utf8.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < utf8.count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            // A tab at either end is an empty field, so only spaces are trimmed here.
            var line = lineStart..<lineEnd
            while let last = line.last, utf8[last] == 0x0D || utf8[last] == 0x20 { line = line.lowerBound..<last }
            while let first = line.first, utf8[first] == 0x20 { line = (first + 1)..<line.upperBound }
            if line.isEmpty || utf8[line.lowerBound] == UInt8(ascii: "#") { continue }
            var fields: [Range<Int>] = []
            var fieldStart = line.lowerBound
            for index in line where utf8[index] == 0x09 {
                fields.append(trimmed(utf8, fieldStart..<index))
                fieldStart = index + 1
            }
            fields.append(trimmed(utf8, fieldStart..<line.upperBound))
            guard fields.count == 3 else {
                throw .at(file, line: lineNumber, "expected 3 fields separated by tabs (phrase, suggestion, note), found \(fields.count)")
            }
            if let empty = fields.firstIndex(where: \.isEmpty) {
                throw .at(file, line: lineNumber, "the \(["phrase", "suggestion", "note"][empty]) is empty")
            }
            let text = fields.map { String(decoding: utf8[$0], as: UTF8.self) }
            entries.append(WordListEntry(phrase: text[0], suggestion: text[1], note: text[2], file: file, line: lineNumber))
        }
        return entries
    }

    /// A field's `range` without spaces at either end.
    private static func trimmed(_ utf8: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let isSpace = { (byte: UInt8) in byte == 0x20 }
        while lower < upper, isSpace(utf8[lower]) { lower += 1 }
        while upper > lower, isSpace(utf8[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The list pitchcoach ships for a language, from the resource bundle.
    public static func builtIn(_ name: WordListName, for language: Language) throws(PitchError) -> [WordListEntry] {
        let relative = "wordlists/\(language.rawValue)/\(name.rawValue).tsv"
        return try parse(try BundledResource.text(relative), file: relative)
    }
}
