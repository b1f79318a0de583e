import TOMLKit

/// Reads a TOML file strictly: unknown keys and wrong types are errors that
/// name the file and line, so a typo never silently does nothing.
struct TOMLReader {
    let path: String
    let table: TOMLTable
    let lines: TOMLLines
    /// The table this reader is confined to (`interview` for `[interview.questions]`), nil for the whole file.
    private let scope: String?

    init(text: String, path: String) throws(PitchError) {
        self.path = path
        lines = TOMLLines(text)
        scope = nil
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .at(path, line: error.source.begin.line, "this is not valid TOML: \(error.description)")
        } catch {
            throw PitchError("\(path): this is not valid TOML.")
        }
    }

    private init(_ parent: TOMLReader, scope: String, table: TOMLTable) {
        path = parent.path
        lines = parent.lines
        self.scope = scope
        self.table = table
    }

    /// A reader of the `[name]` table alone, whose sections are named as in the file (`[name.section]`).
    func scoped(_ name: String) throws(PitchError) -> TOMLReader {
        guard let table = try table(name) else { throw PitchError("\(path): needs a [\(qualified(name))] table.") }
        return TOMLReader(self, scope: qualified(name), table: table)
    }

    /// `section` as the file writes it, inside this reader's scope.
    private func qualified(_ section: String?) -> String? {
        guard let scope else { return section }
        return section.map { "\(scope).\($0)" } ?? scope
    }

    private func qualified(_ section: String) -> String {
        scope.map { "\($0).\(section)" } ?? section
    }

    /// The line where `key` is set (inside `[section]` if given), for messages.
    func line(of key: String, in section: String? = nil) -> Int {
        lines.line(of: key, inSection: qualified(section))
    }

    /// Fails on any key of `table` (at `section`) not in `known`.
    func requireOnly(_ known: [String], in table: TOMLTable, section: String? = nil) throws(PitchError) {
        for key in table.keys where !known.contains(key) {
            let place = qualified(section).map { "[\($0)]" } ?? "this file"
            throw .at(path, line: line(of: key, in: section),
                      "unknown setting '\(key)' in \(place); known settings are: \(known.joined(separator: ", ")).")
        }
    }

    func table(_ key: String, in parent: TOMLTable? = nil) throws(PitchError) -> TOMLTable? {
        guard let value = (parent ?? table)[key] else { return nil }
        guard let table = value.table else { throw typeError(key, "a [section]") }
        return table
    }

    func string(_ key: String, in parent: TOMLTable? = nil, section: String? = nil) throws(PitchError) -> String? {
        guard let value = (parent ?? table)[key] else { return nil }
        guard let string = value.string else { throw typeError(key, "text in quotes", section: section) }
        return string
    }

    func number(_ key: String, in parent: TOMLTable? = nil, section: String? = nil) throws(PitchError) -> Double? {
        guard let value = (parent ?? table)[key] else { return nil }
        if let int = value.int { return Double(int) }
        guard let double = value.double else { throw typeError(key, "a number", section: section) }
        return double
    }

    /// A whole number within `range`, such as a count or a threshold.
    func wholeNumber(_ key: String, in parent: TOMLTable? = nil, section: String? = nil, range: ClosedRange<Int>) throws(PitchError) -> Int? {
        guard let value = (parent ?? table)[key] else { return nil }
        guard let number = value.int, range.contains(number) else {
            throw typeError(key, "a whole number from \(range.lowerBound) to \(range.upperBound)", section: section)
        }
        return number
    }

    func bool(_ key: String, in parent: TOMLTable? = nil, section: String? = nil) throws(PitchError) -> Bool? {
        guard let value = (parent ?? table)[key] else { return nil }
        guard let flag = value.bool else { throw typeError(key, "true or false", section: section) }
        return flag
    }

    func strings(_ key: String, in parent: TOMLTable? = nil, section: String? = nil) throws(PitchError) -> [String]? {
        guard let value = (parent ?? table)[key] else { return nil }
        guard let array = value.array else { throw typeError(key, "a list such as [\"one\", \"two\"]", section: section) }
        var result: [String] = []
        for element in array {
            guard let string = element.string else { throw typeError(key, "a list of texts in quotes", section: section) }
            result.append(string)
        }
        return result
    }

    private func typeError(_ key: String, _ expected: String, section: String? = nil) -> PitchError {
        .at(path, line: line(of: key, in: section), "'\(key)' should be \(expected).")
    }
}

/// Finds where a key is set in TOML text, for messages. It scans the text, so
/// it is asked only when something needs saying.
struct TOMLLines: Sendable {
    private let text: String

    init(_ text: String) {
        self.text = text
    }

    /// The line where `key` is set inside `[section]` (as the file names it, `a.b`), or at the top.
    func line(of key: String, inSection section: String?) -> Int {
        var currentSection: String?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingSpaces()
            if text.hasPrefix("[") {
                currentSection = String(text.dropFirst().prefix(while: { $0 != "]" })).trimmingSpaces()
                if currentSection == section.map({ "\($0).\(key)" }) ?? key { return index + 1 }
                continue
            }
            let name = text.prefix(while: { $0 != "=" }).trimmingSpaces().trimmingCharacters(in: "\"'")
            if currentSection == section, name == key { return index + 1 }
        }
        return 1
    }
}

extension String {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        String(drop(while: characters.contains).reversed().drop(while: characters.contains).reversed())
    }
}

extension TOMLReader {
    /// `text` in two TOML texts: the tables whose names start with one of
    /// `later` (`[interview]`, `[interview.questions]`), and everything
    /// else. Each has the other's lines as empty lines, so that a line number
    /// in either is the file's. Table headers are told from values by reading
    /// strings, comments and arrays, which may span lines.
    static func split(_ text: String, later names: Set<String>) -> (now: String, later: String) {
        var text = text
        return text.withUTF8 { bytes in
            let newline = UInt8(ascii: "\n")
            var now: [UInt8] = [], later: [UInt8] = []
            now.reserveCapacity(bytes.count)
            later.reserveCapacity(bytes.count)
            var isLater = false
            var scanner = TOMLLineScanner()
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if let table = scanner.tableHeader(line) {
                    isLater = names.contains(table)
                } else {
                    scanner.scan(line)
                }
                if isLater { later.append(contentsOf: line) } else { now.append(contentsOf: line) }
                if end < bytes.count {
                    now.append(newline)
                    later.append(newline)
                }
                start = end + 1
            }
            return (String(decoding: now, as: UTF8.self), String(decoding: later, as: UTF8.self))
        }
    }
}

/// Reads TOML a line at a time, only so far as to know whether a line
/// starts a table: outside strings and arrays, a line that opens with `[`.
struct TOMLLineScanner {
    /// The quote of a multi-line string still open at the end of the last line.
    private var multilineQuote: UInt8?
    /// Arrays (and inline tables) still open at the end of the last line.
    private var depth = 0

    private static let basicQuote = UInt8(ascii: "\""), literalQuote = UInt8(ascii: "'")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// The first part of the table's name (`interview` for `[interview.questions]`
    /// or `[[interview.x]]`) when `line` is a table's header.
    func tableHeader(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        guard multilineQuote == nil, depth == 0,
              line.first(where: { $0 != Self.space && $0 != Self.tab }) == UInt8(ascii: "[") else { return nil }
        let name = line.drop { $0 == UInt8(ascii: "[") || $0 == Self.space || $0 == Self.tab }
            .prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "]") }
        let unquoted = name.filter { $0 != Self.space && $0 != Self.tab && $0 != Self.basicQuote && $0 != Self.literalQuote }
        return String(decoding: unquoted, as: UTF8.self)
    }

    /// Follows strings and arrays through a line that is not a table's header.
    mutating func scan(_ line: UnsafeBufferPointer<UInt8>) {
        func quotes(at position: Int, _ quote: UInt8) -> Int {
            var end = position
            while end < line.count, line[end] == quote { end += 1 }
            return end - position
        }
        var index = 0
        while index < line.count {
            let byte = line[index]
            if let quote = multilineQuote {
                let run = byte == quote ? quotes(at: index, quote) : 0
                if run >= 3 {
                    // Up to two quotes may stand just inside the closing three.
                    index += min(run, 5)
                    multilineQuote = nil
                } else {
                    index += quote == Self.basicQuote && byte == UInt8(ascii: "\\") ? 2 : 1
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "#"):
                return
            case Self.basicQuote, Self.literalQuote:
                if quotes(at: index, byte) >= 3 {
                    multilineQuote = byte
                    index += 3
                    continue
                }
                // A one-line string, to its closing quote.
                index += 1
                while index < line.count, line[index] != byte {
                    index += byte == Self.basicQuote && line[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
            index += 1
        }
    }
}
