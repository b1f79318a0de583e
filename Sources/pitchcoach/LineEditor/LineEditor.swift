/// What a user did at a prompt.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line was cancelled.
    case interrupted
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
        guard let line = readLine(strippingNewline: true) else {
            output.write("\n")
            return .endOfInput
        }
        output.write(line + "\n")
        return .line(line)
    }
}
