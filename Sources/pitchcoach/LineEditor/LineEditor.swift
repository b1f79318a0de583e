import Foundation
import PitchKit

/// What a user did at a prompt.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line was cancelled.
    case interrupted
    /// A line that is not UTF-8 text (a terminal set to another encoding, a
    /// pasted binary): asked again rather than stored with its characters lost.
    case unreadable
    /// Ctrl-D, or the end of piped input.
    case endOfInput
}

/// Reads one answer at a time, optionally starting from text to edit.
protocol LineEditor {
    func read(prompt: String, prefill: String?) -> LineInput
}

/// For piped input (scripts and tests): plain lines, no escape codes. The
/// prompt is still printed, so a transcript reads like the conversation.
struct PlainLineReader: LineEditor {
    let output: Terminal

    func read(prompt: String, prefill: String?) -> LineInput {
        output.write(prompt)
        guard let bytes = Self.readLineBytes() else {
            output.write("\n")
            return .endOfInput
        }
        guard SourceFile.firstInvalidUTF8(bytes) == nil else {
            output.write("\n")
            return .unreadable
        }
        let line = String(decoding: bytes, as: UTF8.self)
        output.write(line + "\n")
        return .line(line)
    }

    /// The next line of standard input as bytes, without its line ending;
    /// `readLine` would replace bytes that are not UTF-8 without a word. Read a
    /// byte at a time, so nothing after the line is taken from a later reader.
    private static func readLineBytes() -> [UInt8]? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = Foundation.read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return bytes.isEmpty ? nil : bytes }
            if byte == 0x0A { break }
            bytes.append(byte)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return bytes
    }
}
