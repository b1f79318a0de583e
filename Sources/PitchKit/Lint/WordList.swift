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
        var entries: [WordListEntry] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            guard fields.count == 3 else {
                throw .at(file, line: index + 1, "expected 3 fields separated by tabs (phrase, suggestion, note), found \(fields.count)")
            }
            if let empty = fields.firstIndex(where: \.isEmpty) {
                throw .at(file, line: index + 1, "the \(["phrase", "suggestion", "note"][empty]) is empty")
            }
            entries.append(WordListEntry(phrase: fields[0], suggestion: fields[1], note: fields[2], file: file, line: index + 1))
        }
        return entries
    }

    /// The list pitchcoach ships for a language, from the resource bundle.
    public static func builtIn(_ name: WordListName, for language: Language) throws(PitchError) -> [WordListEntry] {
        let relative = "wordlists/\(language.rawValue)/\(name.rawValue).tsv"
        return try parse(try BundledResource.text(relative), file: relative)
    }
}
