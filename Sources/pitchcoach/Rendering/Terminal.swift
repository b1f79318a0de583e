import Foundation

/// Where output goes, and whether it may be coloured: only on a terminal, and
/// never when NO_COLOR is set (no-color.org) or TERM is "dumb".
struct Terminal {
    let handle: FileHandle
    let colours: Bool

    static let standardOutput = Terminal(handle: .standardOutput)
    static let standardError = Terminal(handle: .standardError)

    init(handle: FileHandle) {
        self.handle = handle
        let environment = ProcessInfo.processInfo.environment
        colours = isatty(handle.fileDescriptor) == 1
            && (environment["NO_COLOR"] ?? "").isEmpty
            && environment["TERM"] != "dumb"
    }

    var isInteractive: Bool { isatty(handle.fileDescriptor) == 1 }

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
        case redBackground = "41"
        case greenBackground = "42"
    }

    /// `text` in a style, or as it is when colours are off.
    func styled(_ text: String, _ styles: Style...) -> String {
        guard colours, !styles.isEmpty else { return text }
        return "\u{1B}[\(styles.map(\.rawValue).joined(separator: ";"))m\(text)\u{1B}[0m"
    }
}

/// Buffers output and writes it in large pieces: a 100 MB pitch can produce
/// hundreds of thousands of lines, and one write per line would dominate.
final class OutputBuffer {
    private let terminal: Terminal
    private var pending = ""

    init(_ terminal: Terminal) {
        self.terminal = terminal
    }

    func write(_ text: String) {
        pending += text
        if pending.utf8.count >= 64 * 1024 { flush() }
    }

    func flush() {
        guard !pending.isEmpty else { return }
        terminal.write(pending)
        pending = ""
    }

    deinit { flush() }
}
