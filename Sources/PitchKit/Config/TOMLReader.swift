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
