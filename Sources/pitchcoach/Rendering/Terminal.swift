import Foundation
import PitchKit

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

    /// Writes all of `text`. When standard output cannot take it (a full disk,
    /// a closed pipe) the command ends here: carrying on would lose output
    /// without a word. Standard error is where that word goes, so a failure
    /// there is let pass.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        let descriptor = handle.fileDescriptor
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 {
                written += count
            } else if errno != EINTR {
                guard descriptor != STDERR_FILENO else { return }
                OutputFailure.end(errno: errno)
            }
        }
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

    /// A table's lines, each ended, its header in bold.
    func rendered(_ table: TextTable) -> String {
        let lines = table.lines
        return styled(lines[0], .bold) + "\n" + lines.dropFirst().map { $0 + "\n" }.joined()
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

/// How a command ends when its output cannot be written.
enum OutputFailure {
    /// A reader that has gone away (`| head`) is no fault of the pitch, so the
    /// command stops quietly, as Unix tools do; any other failure is said in one
    /// line. Both exit with the input-or-output status.
    static func end(errno code: Int32) -> Never {
        if code != EPIPE {
            Terminal.standardError.write("pitchcoach: cannot write output: \(String(cString: strerror(code)).lowercased()).\n")
        }
        Foundation.exit(ExitStatus.inputError)
    }
}

extension String {
    /// The text cut to `length` characters with an ellipsis, to quote a sentence on one line.
    func shortened(to length: Int = 70) -> String {
        count <= length ? self : String(prefix(length - 1)) + "…"
    }
}
