/// Rows of cells lined up in columns, two spaces apart, for a terminal: the
/// layout of every table pitchcoach prints (drafts, plan, rehearsal).
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns whose cells line up on the right, as figures do.
    public var rightAligned: Set<Int>

    public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The header's line, then one line per row, without line ends. Columns
    /// are as wide as their widest cell on screen; no line ends in spaces.
    public var lines: [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].displayWidth }.max() ?? 0 }
        return all.map { cells in
            var line = cells.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - cells[column].displayWidth)
                return rightAligned.contains(column) ? padding + cells[column] : cells[column] + padding
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

extension String {
    /// The columns the text takes in a terminal: combining marks take none
    /// (Thai vowel and tone marks sit on their consonant, as do Vietnamese
    /// tone marks written apart), wide East Asian characters two.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { total, scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: return total
            default:
                let value = scalar.value
                let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                    || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                    || (0xFF00...0xFF60).contains(value) || (0x1F300...0x1FAFF).contains(value)
                return total + (wide ? 2 : 1)
            }
        }
    }

    /// The text with spaces after it to fill `width` columns on screen.
    public func padded(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - displayWidth))
    }
}
