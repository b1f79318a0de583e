import Foundation

/// A pitch file split into what is spoken and what is not.
///
/// Front matter, headings, code, link targets and comments are never linted or
/// timed, yet every position must refer to the original file. So instead of
/// cutting them out, the parser overwrites them with spaces in a copy of the
/// bytes (`spoken`): every byte offset stays valid in both copies.
public struct PitchDocument: Sendable {
    /// A paragraph or list item: the unit the rules read.
    public struct Block: Equatable, Sendable {
        public var range: Range<Int>
        public var section: Section
        /// Rules an `<!-- pitchcoach ignore RULE -->` comment turned off here.
        public var ignoredRules: Set<String> = []
    }

    /// A `<!-- pitchcoach ... -->` comment.
    public struct Directive: Equatable, Sendable {
        public enum Command: Equatable, Sendable {
            case off
            case on
            case ignore([String])
            case unknown(String)
        }

        public var command: Command
        public var line: Int
    }

    public let original: [UInt8]
    public let spoken: [UInt8]
    public let frontMatter: FrontMatter
    public let blocks: [Block]
    /// Byte ranges between `pitchcoach off` and `pitchcoach on`: timed, never reported.
    public let quietRanges: [Range<Int>]
    public let directives: [Directive]

    /// Parses a pitch. `sections` maps a lowercased heading to its part.
    public init(utf8 original: [UInt8], sections: [String: Section] = [:]) {
        var parser = Parser(original: original, sections: sections)
        parser.run()
        self.original = original
        spoken = parser.spoken
        frontMatter = parser.frontMatter
        blocks = parser.blocks
        quietRanges = parser.quietRanges
        directives = parser.directives
    }

    public init(_ text: String, sections: [String: Section] = [:]) {
        self.init(utf8: Array(text.utf8), sections: sections)
    }

    /// The original text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: original[range], as: UTF8.self)
    }

    public func isQuiet(_ offset: Int) -> Bool {
        quietRanges.contains { $0.contains(offset) }
    }
}

/// The `key: value` lines between `---` fences at the top of a pitch file.
public struct FrontMatter: Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        public var value: String
        public var line: Int
    }

    public var fields: [String: Field] = [:]

    public subscript(key: String) -> String? { fields[key]?.value }
}

private struct Parser {
    let original: [UInt8]
    let sections: [String: Section]
    var spoken: [UInt8]
    var frontMatter = FrontMatter()
    var blocks: [PitchDocument.Block] = []
    var quietRanges: [Range<Int>] = []
    var directives: [PitchDocument.Directive] = []

    private var section = Section.opening
    private var blockStart: Int?
    private var blockEnd = 0
    private var pendingIgnores: Set<String> = []
    private var quietStart: Int?
    private var inFence = false
    private var commentStart: Int?
    private var lineNumber = 0

    init(original: [UInt8], sections: [String: Section]) {
        self.original = original
        self.sections = sections
        spoken = original
    }

    mutating func run() {
        var lineStart = skipFrontMatter()
        lineNumber = original[..<lineStart].count { $0 == UInt8(ascii: "\n") }
        while lineStart < original.count {
            let lineEnd = Self.index(of: UInt8(ascii: "\n"), in: original, lineStart..<original.count) ?? original.count
            lineNumber += 1
            readLine(lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        closeBlock()
        if let start = commentStart { blank(start..<original.count) }
        if let start = quietStart { quietRanges.append(start..<original.count) }
    }

    // MARK: Lines

    private mutating func readLine(_ line: Range<Int>) {
        if commentStart == nil, isFence(line) {
            inFence.toggle()
            blank(line)
            closeBlock()
            return
        }
        if inFence {
            blank(line)
            return
        }
        maskComments(in: line)
        if commentStart == nil, let title = headingTitle(line) {
            closeBlock()
            blank(line)
            section = sections[title.lowercased()] ?? .other
            return
        }
        if let marker = listMarkerEnd(line) {
            closeBlock()
            blank(line.lowerBound..<marker)
        }
        maskInline(line)
        if let first = line.first(where: { !isSpace(spoken[$0]) }) {
            if blockStart == nil { openBlock(at: first) }
            blockEnd = line.upperBound
        } else {
            closeBlock()
        }
    }

    private mutating func openBlock(at offset: Int) {
        blockStart = offset
        blocks.append(.init(range: offset..<offset, section: section, ignoredRules: pendingIgnores))
        pendingIgnores = []
    }

    private mutating func closeBlock() {
        guard blockStart != nil else { return }
        blocks[blocks.count - 1].range = blocks[blocks.count - 1].range.lowerBound..<blockEnd
        blockStart = nil
    }

    // MARK: Front matter

    /// Reads `---` front matter if the file starts with it; returns where the body starts.
    private mutating func skipFrontMatter() -> Int {
        var lineStart = 0
        var fields: [String: FrontMatter.Field] = [:]
        var lineNumber = 1
        while lineStart < original.count {
            let lineEnd = original[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? original.count
            let text = trimmed(original[lineStart..<lineEnd])
            defer { lineStart = lineEnd + 1; lineNumber += 1 }
            if lineNumber == 1 {
                guard text == "---" else { return 0 }
                continue
            }
            if text == "---" || text == "..." {
                blank(0..<lineEnd)
                frontMatter.fields = fields
                return min(lineEnd + 1, original.count)
            }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].trimmingSpaces().lowercased()
            var value = text[text.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = .init(value: value, line: lineNumber)
        }
        // No closing fence: it was a horizontal rule, not front matter.
        return 0
    }

    // MARK: Markdown structure

    private func isFence(_ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound, index - line.lowerBound < 4, isSpace(original[index]) { index += 1 }
        guard index + 3 <= line.upperBound else { return false }
        let marker = original[index]
        return (marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~"))
            && original[index + 1] == marker && original[index + 2] == marker
    }

    private func headingTitle(_ line: Range<Int>) -> String? {
        // Most lines are not headings: look for '#' before decoding any text.
        guard let first = spoken[line].firstIndex(where: { !isSpace($0) }), spoken[first] == UInt8(ascii: "#") else { return nil }
        let text = String(decoding: spoken[line], as: UTF8.self)
        let indent = text.prefix(while: { $0 == " " })
        guard indent.count <= 3 else { return nil }
        let rest = text.dropFirst(indent.count)
        let hashes = rest.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count) else { return nil }
        let title = rest.dropFirst(hashes.count)
        guard title.isEmpty || title.first == " " || title.first == "\t" else { return nil }
        return String(title.trimmingSpaces().reversed().drop(while: { $0 == "#" }).reversed()).trimmingSpaces()
    }

    /// The offset just past a list marker (`- `, `* `, `+ `, `1. `, `1) `), if the line starts with one.
    private func listMarkerEnd(_ line: Range<Int>) -> Int? {
        var index = line.lowerBound
        while index < line.upperBound, isSpace(spoken[index]) { index += 1 }
        let markerStart = index
        if index < line.upperBound, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(spoken[index]) {
            index += 1
        } else {
            while index < line.upperBound, index - markerStart < 3, isDigit(spoken[index]) { index += 1 }
            guard index > markerStart, index < line.upperBound,
                  spoken[index] == UInt8(ascii: ".") || spoken[index] == UInt8(ascii: ")")
            else { return nil }
            index += 1
        }
        guard index < line.upperBound, spoken[index] == UInt8(ascii: " ") else { return nil }
        return index + 1
    }

    // MARK: Comments and directives

    private mutating func maskComments(in line: Range<Int>) {
        var index = line.lowerBound
        while index < line.upperBound {
            if let start = commentStart {
                guard let close = find(Self.commentClose, in: index..<line.upperBound) else {
                    return
                }
                let end = close + 3
                blank(start..<end)
                readDirective(start + 4..<close, endingAt: end)
                commentStart = nil
                index = end
            } else {
                guard let open = find(Self.commentOpen, in: index..<line.upperBound) else { return }
                commentStart = open
                index = open + 4
            }
        }
    }

    private mutating func readDirective(_ body: Range<Int>, endingAt end: Int) {
        let words = String(decoding: original[body], as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," || $0 == "\r" })
            .map(String.init)
        guard words.first?.lowercased() == "pitchcoach" else { return }
        let command: PitchDocument.Directive.Command
        switch words.dropFirst().first?.lowercased() {
        case "off":
            command = .off
            if quietStart == nil { quietStart = end }
        case "on":
            command = .on
            if let start = quietStart { quietRanges.append(start..<end) }
            quietStart = nil
        case "ignore":
            let rules = Array(words.dropFirst(2))
            command = .ignore(rules)
            pendingIgnores.formUnion(rules)
        default:
            command = .unknown(words.dropFirst().joined(separator: " "))
        }
        directives.append(.init(command: command, line: lineNumber))
    }

    // MARK: Inline Markdown

    /// Blanks code spans, link targets, images and web addresses: not spoken.
    private mutating func maskInline(_ line: Range<Int>) {
        let special = Self.inlineSpecial
        var index = line.lowerBound
        while index < line.upperBound {
            // Most bytes start nothing; skip them without the switch.
            while index < line.upperBound, !special[Int(spoken[index])] { index += 1 }
            guard index < line.upperBound else { return }
            let byte = spoken[index]
            switch byte {
            case UInt8(ascii: "`"):
                let close = spoken[(index + 1)..<line.upperBound].firstIndex(of: byte) ?? line.upperBound - 1
                blank(index..<(close + 1))
                index = close + 1
            case UInt8(ascii: "!") where index + 1 < line.upperBound && spoken[index + 1] == UInt8(ascii: "["):
                if let end = linkEnd(from: index + 1, in: line) {
                    blank(index..<end)
                    index = end
                } else {
                    index += 1
                }
            case UInt8(ascii: "["):
                if let end = linkEnd(from: index, in: line),
                   let middle = spoken[index..<end].firstIndex(of: UInt8(ascii: "]")) {
                    blank(index..<(index + 1))
                    blank(middle..<end)
                    index = end
                } else {
                    index += 1
                }
            case UInt8(ascii: "<"):
                let close = spoken[index..<line.upperBound].firstIndex(of: UInt8(ascii: ">"))
                if let close, close > index + 1, !isSpace(spoken[index + 1]) {
                    blank(index..<(close + 1))
                    index = close + 1
                } else {
                    index += 1
                }
            case UInt8(ascii: "h") where startsWith(Self.http, at: index) || startsWith(Self.https, at: index),
                 UInt8(ascii: "w") where startsWith(Self.www, at: index):
                var end = index
                while end < line.upperBound, !isSpace(spoken[end]) { end += 1 }
                blank(index..<end)
                index = end
            case UInt8(ascii: "\r"):
                spoken[index] = UInt8(ascii: " ")
                index += 1
            default:
                index += 1
            }
        }
    }

    /// The bytes that may start inline Markdown or a web address.
    private static let inlineSpecial: [Bool] = (0...255).map { "`![<hw\r".utf8.contains(UInt8($0)) }

    /// For `[text](target)` starting at `open`, the offset after `)`.
    private func linkEnd(from open: Int, in line: Range<Int>) -> Int? {
        guard let close = spoken[open..<line.upperBound].firstIndex(of: UInt8(ascii: "]")),
              close + 1 < line.upperBound, spoken[close + 1] == UInt8(ascii: "("),
              let paren = spoken[(close + 1)..<line.upperBound].firstIndex(of: UInt8(ascii: ")"))
        else { return nil }
        return paren + 1
    }

    // MARK: Helpers

    private mutating func blank(_ range: Range<Int>) {
        for index in range where spoken[index] != UInt8(ascii: "\n") {
            spoken[index] = UInt8(ascii: " ")
        }
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    private func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        var start = range.lowerBound
        while let index = Self.index(of: needle[0], in: original, start..<range.upperBound) {
            guard index + needle.count <= range.upperBound else { return nil }
            if original[index..<(index + needle.count)].elementsEqual(needle) { return index }
            start = index + 1
        }
        return nil
    }

    private static let http = Array("http://".utf8)
    private static let https = Array("https://".utf8)
    private static let www = Array("www.".utf8)

    private func startsWith(_ prefix: [UInt8], at index: Int) -> Bool {
        index + prefix.count <= spoken.count && spoken[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    /// The first `byte` in `bytes[range]`, found with memchr: the parser looks
    /// for line ends and comment starts in every line of the file.
    private static func index(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let found = memchr(buffer.baseAddress! + range.lowerBound, Int32(byte), range.count) else { return nil }
            return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func trimmed(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingSpaces()
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}

extension StringProtocol {
    /// The text without spaces, tabs and line breaks at either end.
    func trimmingSpaces() -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
