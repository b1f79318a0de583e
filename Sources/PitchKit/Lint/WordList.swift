import Foundation

/// A word list by name ("jargon"), with its place among the loaded lists so the
/// hot path indexes an array instead of hashing a name.
public struct WordListID: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let index: Int

    public var description: String { name }
}

/// One line of a word list. A class, so the many matches that point at an
/// entry share it rather than copy its strings.
public final class WordListEntry: Equatable, Sendable {
    public let phrase: String
    /// What to say instead, in a list with a `suggestion` column.
    public let suggestion: String?
    /// What the entry is (`self` or `audience` in `pronouns`), in a list with a `kind` column.
    public let kind: String?
    public let note: String
    /// When the entry counts, from the neighbours it has: in a list with a `context` column.
    public let context: EntryContext?
    /// Where the entry was written, for error messages.
    public let file: String
    public let line: Int
    /// Whether it stands for any word of a kind and names none ("@latin": any English
    /// word in a Thai pitch), so a listed word that finds the same words says more.
    public let isCatchAll: Bool

    public init(phrase: String, suggestion: String?, kind: String? = nil, note: String, context: EntryContext? = nil, file: String, line: Int) {
        self.phrase = phrase
        isCatchAll = phrase.split(separator: " ").allSatisfy { PhraseMatcher.placeholders.contains(String($0)) }
        self.suggestion = suggestion
        self.kind = kind
        self.note = note
        self.context = context
        self.file = file
        self.line = line
    }

    public static func == (lhs: WordListEntry, rhs: WordListEntry) -> Bool {
        (lhs.phrase, lhs.suggestion, lhs.kind, lhs.note) == (rhs.phrase, rhs.suggestion, rhs.kind, rhs.note)
            && (lhs.context, lhs.file, lhs.line) == (rhs.context, rhs.file, rhs.line)
    }
}

public enum WordListParser {
    /// The second column: advice for a rule to show, or a kind for a rule to count.
    enum SecondColumn: String {
        case suggestion, kind
    }

    /// Parses TSV word-list text; `#` starts a comment line. The first other
    /// line may name the columns, `phrase<TAB>kind<TAB>note`, and a fourth,
    /// `context` (EntryContext); without a header they are phrase, suggestion,
    /// note. Every entry needs three non-empty fields, so a stray tab or a
    /// missing suggestion is caught where it was written.
    public static func parse(_ text: String, file: String) throws(PitchError) -> [WordListEntry] {
        // Byte by byte: every lint run parses a few thousand lines at start-up.
        var entries: [WordListEntry] = []
        var second: SecondColumn?
        var hasContext = false
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
            let text = fields.map { String(decoding: utf8[$0], as: UTF8.self) }
            if second == nil, text.first == "phrase" {
                guard (3...4).contains(text.count), let column = SecondColumn(rawValue: text[1]), text[2] == "note",
                      text.count == 3 || text[3] == "context"
                else {
                    throw .at(file, line: lineNumber, "the header should be phrase<TAB>suggestion<TAB>note or phrase<TAB>kind<TAB>note, with an optional <TAB>context")
                }
                second = column
                hasContext = text.count == 4
                continue
            }
            let column = second ?? .suggestion
            second = column
            // The context column is optional on each line: most entries count wherever they stand.
            guard fields.count == 3 || (hasContext && fields.count == 4) else {
                let expected = hasContext ? "3 or 4 fields separated by tabs (phrase, \(column.rawValue), note, context)" : "3 fields separated by tabs (phrase, \(column.rawValue), note)"
                throw .at(file, line: lineNumber, "expected \(expected), found \(fields.count)")
            }
            if let empty = fields.firstIndex(where: \.isEmpty) {
                throw .at(file, line: lineNumber, "the \(["phrase", column.rawValue, "note", "context"][empty]) is empty")
            }
            let context: EntryContext?
            do {
                context = try fields.count == 4 ? EntryContext(text[3]) : nil
            } catch {
                throw .at(file, line: lineNumber, error.description)
            }
            entries.append(WordListEntry(
                phrase: text[0], suggestion: column == .suggestion ? text[1] : nil, kind: column == .kind ? text[1] : nil,
                note: text[2], context: context, file: file, line: lineNumber
            ))
        }
        return entries
    }

    /// The entries of the list file at `path`.
    static func read(_ path: String) throws(PitchError) -> [WordListEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PitchError("\(path): cannot read this word list.")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
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
}
