@preconcurrency import CReadline
import Foundation

/// GNU readline on a terminal: emacs keys, Ctrl-R history search, persistent
/// history, Tab completion of `:commands`, and a pre-filled line to edit.
///
/// It uses readline's callback interface with poll(), so Ctrl-C can cancel a
/// line cleanly: the signal handler only sets a flag, and the line is dropped
/// outside the handler, where readline's own functions are safe to call.
final class ReadlineEditor: LineEditor {
    private let historyPath: String?

    /// - Parameters:
    ///   - historyPath: where history persists (created with mode 0600), or nil.
    ///   - completions: words Tab completes, such as ":help".
    init(historyPath: String?, completions: [String]) {
        self.historyPath = historyPath
        ReadlineState.completions = completions
        rl_readline_name = UnsafePointer(strdup("pitchcoach"))
        // Our own SIGINT handler cancels the line; readline must not take it over.
        rl_catch_signals = 0
        rl_attempted_completion_function = completeCommand
        signal(SIGINT, interruptHandler)
        using_history()
        if let historyPath {
            try? FileManager.default.createDirectory(atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: historyPath) {
                _ = FileManager.default.createFile(atPath: historyPath, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            read_history(historyPath)
        }
    }

    func read(prompt: String, prefill: String?) -> LineInput {
        ReadlineState.result = nil
        ReadlineState.interrupted = 0
        rl_callback_handler_install(prompt, lineHandler)
        if let prefill, !prefill.isEmpty {
            rl_insert_text(prefill)
            rl_redisplay()
        }
        while ReadlineState.result == nil {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if ReadlineState.interrupted != 0 {
                ReadlineState.interrupted = 0
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_callback_handler_remove()
                Terminal.standardOutput.write("^C\n")
                return .interrupted
            }
            if ready > 0 { rl_callback_read_char() }
        }
        let result = ReadlineState.result!
        if case .line(let line) = result, !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(line)
            if let historyPath {
                write_history(historyPath)
                history_truncate_file(historyPath, 1000)
                chmod(historyPath, 0o600)
            }
        }
        return result
    }
}

/// Readline calls back through C function pointers, which cannot capture
/// context, so the little state they share lives here. One editor runs at a time.
private enum ReadlineState {
    nonisolated(unsafe) static var result: LineInput?
    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) static var completions: [String] = []
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var nextMatch = 0
}

private let interruptHandler: @convention(c) (Int32) -> Void = { _ in
    ReadlineState.interrupted = 1
}

private let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
    if let line {
        ReadlineState.result = String(validatingCString: line).map(LineInput.line) ?? .unreadable
        free(line)
    } else {
        ReadlineState.result = .endOfInput
        Terminal.standardOutput.write("\n")
    }
    rl_callback_handler_remove()
}

/// Completes `:commands` at the start of the line; nothing else (no file names).
private let completeCommand: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, _ in
    rl_attempted_completion_over = 1
    guard start == 0, let text else { return nil }
    let typed = String(cString: text)
    guard typed.hasPrefix(":") else { return nil }
    ReadlineState.matches = ReadlineState.completions.filter { $0.hasPrefix(typed) }
    ReadlineState.nextMatch = 0
    return rl_completion_matches(text, nextCompletion)
}

private let nextCompletion: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, _ in
    guard ReadlineState.nextMatch < ReadlineState.matches.count else { return nil }
    defer { ReadlineState.nextMatch += 1 }
    return strdup(ReadlineState.matches[ReadlineState.nextMatch])
}
