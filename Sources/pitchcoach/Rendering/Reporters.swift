import ArgumentParser
import Foundation
import PitchKit

/// An output format for lint results. Every format renders the same
/// `Diagnostic` model; diagnostics stream through as they are found.
protocol Reporter {
    func beginFile(path: String, language: Language)
    func report(_ diagnostic: Diagnostic, path: String)
    func endFile(path: String, summary: LintSummary, profile: LanguageProfile)
    func finish()
}

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, github

    func reporter(_ output: OutputBuffer, terminal: Terminal) -> any Reporter {
        switch self {
        case .text: TextReporter(output: output, terminal: terminal)
        case .json: JSONReporter(output: output)
        case .github: GitHubReporter(output: output)
        }
    }
}

/// Compiler-style lines: `path:line:col: severity: message [rule]`, the
/// suggestion below, and a summary per file.
struct TextReporter: Reporter {
    let output: OutputBuffer
    let terminal: Terminal

    func beginFile(path: String, language: Language) {}

    func report(_ diagnostic: Diagnostic, path: String) {
        let location = terminal.styled("\(path):\(diagnostic.line):\(diagnostic.column):", .bold)
        let severity = diagnostic.severity == .error
            ? terminal.styled("error:", .bold, .red)
            : terminal.styled("warning:", .bold, .yellow)
        var line = "\(location) \(severity) \(diagnostic.message) \(terminal.styled("[\(diagnostic.rule)]", .dim))\n"
        if let suggestion = diagnostic.suggestion {
            line += "    \(terminal.styled("↳", .cyan)) \(suggestion)\n"
        }
        output.write(line)
    }

    func endFile(path: String, summary: LintSummary, profile: LanguageProfile) {
        output.write(terminal.styled("\(path):", .bold) + " " + summary.line(in: profile) + "\n")
    }

    func finish() { output.flush() }
}

/// One JSON document: `{"files":[{"path","language","diagnostics":[...],"words","seconds",...}]}`.
/// Written as it goes, so a huge file never holds all its diagnostics in memory.
final class JSONReporter: Reporter {
    let output: OutputBuffer
    private var filesWritten = 0
    private var diagnosticsWritten = 0

    init(output: OutputBuffer) {
        self.output = output
        output.write("{\"files\":[")
    }

    func beginFile(path: String, language: Language) {
        output.write((filesWritten > 0 ? "," : "") + "\n{\"path\":\(JSONText.encode(path)),\"language\":\(JSONText.encode(language)),\"diagnostics\":[")
        filesWritten += 1
        diagnosticsWritten = 0
    }

    /// Diagnostic's members in its own order, written out rather than through
    /// Encodable: a first draft has a finding every few words, and the generic
    /// encoder took as long as the linting (the tests decode them back).
    func report(_ diagnostic: Diagnostic, path: String) {
        let quoted = JSONText.quoted, separator = diagnosticsWritten > 0 ? "," : ""
        output.write("""
            \(separator)
              {"rule":\(quoted(diagnostic.rule)),"severity":\(quoted(diagnostic.severity.rawValue)),\
            "line":\(diagnostic.line),"column":\(diagnostic.column),"endLine":\(diagnostic.endLine),"endColumn":\(diagnostic.endColumn),\
            "text":\(quoted(diagnostic.text)),"message":\(quoted(diagnostic.message)),"suggestion":\(diagnostic.suggestion.map(quoted) ?? "null")}
            """)
        diagnosticsWritten += 1
    }

    func endFile(path: String, summary: LintSummary, profile: LanguageProfile) {
        output.write("\n]," + JSONText.members(summary.figures) + "}")
    }

    func finish() {
        output.write("\n]}\n")
        output.flush()
    }
}

/// GitHub Actions workflow commands, which GitHub shows as annotations on the pull request.
struct GitHubReporter: Reporter {
    let output: OutputBuffer

    func beginFile(path: String, language: Language) {}

    func report(_ diagnostic: Diagnostic, path: String) {
        let properties = [
            "file=\(escapeProperty(path))",
            "line=\(diagnostic.line)",
            "col=\(diagnostic.column)",
            "endLine=\(diagnostic.endLine)",
            "endColumn=\(diagnostic.endColumn)",
            "title=\(escapeProperty("pitchcoach \(diagnostic.rule)"))",
        ].joined(separator: ",")
        let message = [diagnostic.message, diagnostic.suggestion].compactMap { $0 }.joined(separator: "\n")
        output.write("::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(message))\n")
    }

    func endFile(path: String, summary: LintSummary, profile: LanguageProfile) {}

    func finish() { output.flush() }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
