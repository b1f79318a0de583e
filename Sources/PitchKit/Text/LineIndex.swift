/// A position in the original file: 1-based line, and 1-based column counted in
/// Unicode code points (what editors show for Thai and Vietnamese text, which
/// lies in the Basic Multilingual Plane).
public struct SourcePosition: Equatable, Comparable, Codable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// Maps byte offsets in a UTF-8 file to lines and columns.
public struct LineIndex: Sendable {
    private let lineStarts: [Int]

    public init(_ utf8: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The 1-based line containing `offset`.
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }

    public func position(of offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let line = line(of: offset)
        var column = 1
        for byte in utf8[lineStarts[line - 1]..<offset] where byte & 0xC0 != 0x80 {
            column += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// The position of `offset`, counting on from a known earlier position
    /// when both are on the same line.
    public func position(of offset: Int, from known: (offset: Int, position: SourcePosition), in utf8: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let line = line(of: offset)
        guard line == known.position.line, known.offset <= offset else { return position(of: offset, in: utf8) }
        var column = known.position.column
        for byte in utf8[known.offset..<offset] where byte & 0xC0 != 0x80 {
            column += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// The byte offset where a 1-based line starts.
    public func start(ofLine line: Int) -> Int { lineStarts[line - 1] }
}
