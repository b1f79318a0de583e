import Foundation
import PitchKit

/// The interview's read-eval-print loop: shows each question, reads the answer
/// through the line editor, and handles the `:commands`. All decisions are the
/// state machine's; this only talks to the terminal.
final class InterviewREPL {
    private let stored: StoredInterview
    private let editor: LineEditor
    private let terminal = Terminal.standardOutput
    private var script: InterviewScript { stored.interview.script }
    private let answers: AnswersFile?
    private let saveWithoutAsking: Bool
    private let isTerminal: Bool
    /// Questions the file has answered once: if its answer was refused, the user is asked.
    private var answeredFromFile: Set<InterviewStep> = []

    init(stored: StoredInterview, editor: LineEditor, answers: AnswersFile? = nil, saveWithoutAsking: Bool = false, isTerminal: Bool = true) {
        self.stored = stored
        self.editor = editor
        self.answers = answers
        self.saveWithoutAsking = saveWithoutAsking
        self.isTerminal = isTerminal
    }

    func run() throws {
        if stored.needsFinishing {
            say(saveMessage(try stored.finishResumed()))
            return
        }
        if stored.interview.answers.isEmpty { say(script.message(.welcome) + "\n") }
        for (step, value) in answers?.contacts ?? [] { try stored.provide(step, value) }
        var cancelledOnce = false
        while let prompt = stored.interview.prompt {
            show(prompt)
            if let given = givenAnswer(for: prompt.step) {
                say("> " + given)
                try answer(given)
                continue
            }
            switch editor.read(prompt: "> ", prefill: prompt.prefill) {
            case .endOfInput:
                return leave()
            case .interrupted:
                if cancelledOnce { return leave() }
                cancelledOnce = true
                say(terminal.styled(script.message(.interruptHint), .dim))
            case .unreadable:
                say(terminal.styled(script.message(.unreadableAnswer), .yellow))
            case .line(let text):
                cancelledOnce = false
                if text.trimmingCharacters(in: .whitespaces).hasPrefix(":") {
                    if try !command(text.trimmingCharacters(in: .whitespaces)) { return leave() }
                } else {
                    try answer(text)
                }
            }
        }
    }

    // MARK: Questions and answers

    /// The answer an answers file or `--yes` gives, once per question; an
    /// optional question the file leaves out is skipped when no one is at a terminal.
    private func givenAnswer(for step: InterviewStep) -> String? {
        if step == .review, saveWithoutAsking { return script.yes }
        guard let answers, !answeredFromFile.contains(step) else { return nil }
        answeredFromFile.insert(step)
        if let given = answers.answer(for: step, script: script) { return given }
        return step.isOptional && !isTerminal ? "" : nil
    }

    private func show(_ prompt: Interview.Prompt) {
        if let heading = prompt.heading { say("\n" + terminal.styled(heading, .bold)) }
        if prompt.step == .review { showReview() }
        for (index, candidate) in prompt.candidates.enumerated() {
            say("  \(terminal.styled("\(index + 1).", .bold)) \(candidate.text)")
            let time = script.message(.candidateTime, ["seconds": String(candidate.seconds.wholeSeconds)])
            say("     " + terminal.styled(time, .dim) + findingsSummary(candidate.diagnostics))
        }
        say(terminal.styled(prompt.question, .cyan))
    }

    private func answer(_ text: String) throws {
        let step = stored.interview.current
        let (outcome, saved) = try stored.submit(text)
        switch outcome {
        case .rejected(let message):
            say(terminal.styled(message, .yellow))
        case .accepted(let check):
            if let check {
                showCheck(check)
                // The statement is the heart of the intro: say how to revise it, pre-filled, when it has findings.
                if case .statement = step, !check.diagnostics.isEmpty { say(script.message(.reviseHint)) }
            }
            if let saved {
                say(saveMessage(saved))
                say(script.message(.nextSteps, ["name": stored.pitchName]))
            }
        }
    }

    private func showCheck(_ check: Interview.Candidate) {
        let seconds = String(check.seconds.wholeSeconds)
        if check.diagnostics.isEmpty {
            say(terminal.styled("✓ ", .green) + script.message(.checkClean, ["seconds": seconds]))
        } else {
            say(script.message(.checkFindings, ["seconds": seconds]))
            showDiagnostics(check.diagnostics)
        }
    }

    private func showReview() {
        let (diagnostics, summary) = stored.interview.lintDraft()
        say("\n" + terminal.styled(script.message(.reviewIntro), .bold) + "\n")
        say(spokenBody(stored.interview.draft))
        say(script.message(.total, ["seconds": String(summary.seconds.wholeSeconds), "target": String(summary.targetSeconds.wholeSeconds)]))
        showDiagnostics(diagnostics)
    }

    // MARK: Commands

    /// Runs a `:command`; false means leave.
    private func command(_ text: String) throws -> Bool {
        let name = String(text.dropFirst().prefix { !$0.isWhitespace }).lowercased()
        switch name {
        case "help":
            say(script.message(.help))
            for command in script.commands {
                say("  " + terminal.styled(":" + command.name, .bold) + "  " + command.help)
            }
        case "back":
            if try stored.back() == nil { say(script.message(.nothingToGoBackTo)) }
        case "skip":
            if let refusal = try stored.skip() { say(terminal.styled(refusal, .yellow)) }
        case "show":
            say(spokenBody(stored.interview.draft))
        case "lint":
            let (diagnostics, _) = stored.interview.lintDraft()
            if diagnostics.isEmpty { say(terminal.styled("✓", .green)) } else { showDiagnostics(diagnostics) }
        case "time":
            let summary = stored.interview.lintDraft().summary
            say(script.message(.total, ["seconds": String(summary.seconds.wholeSeconds), "target": String(summary.targetSeconds.wholeSeconds)]))
        case "save":
            say(saveMessage(try stored.saveDraft()))
        case "history":
            let versions = try stored.savedVersions()
            if versions.isEmpty { say(script.message(.noVersions, ["name": stored.pitchName])) }
            for version in versions {
                say("  v\(version.number)  \(Drafts.date(version.created))  \(version.source.rawValue)  \(Drafts.seconds(version.summary.seconds))  \(Drafts.findings(version.summary))")
            }
        case "diff":
            guard let saved = try stored.latestSavedText() else {
                say(script.message(.noVersions, ["name": stored.pitchName]))
                break
            }
            say(DiffRendering.render(WordDiff.diff(saved, stored.interview.draft), terminal: terminal).text)
        case "quit", "exit", "q":
            return false
        default:
            say(script.message(.unknownCommand, ["command": ":" + name]))
        }
        return true
    }

    // MARK: Output

    private func leave() {
        say("\n" + script.message(.goodbye, ["name": stored.pitchName]))
    }

    private func saveMessage(_ outcome: SaveOutcome) -> String {
        switch outcome {
        case .saved(let version): script.message(.saved, ["name": stored.pitchName, "version": String(version.number)])
        case .unchanged(let version): script.message(.unchanged, ["name": stored.pitchName, "version": String(version.number)])
        }
    }

    private func findingsSummary(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return terminal.styled(" · ✓", .green) }
        return " · " + diagnostics.map { terminal.styled($0.rule, $0.severity == .error ? .red : .yellow) + ": “\($0.text)”" }.joined(separator: ", ")
    }

    private func showDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let mark = diagnostic.severity == .error ? terminal.styled("✗", .red) : terminal.styled("!", .yellow)
            say("  \(mark) \(diagnostic.message) \(terminal.styled("[\(diagnostic.rule)]", .dim))")
            if let suggestion = diagnostic.suggestion { say("    ↳ \(suggestion)") }
        }
    }

    /// The intro without its front matter, as it will be spoken and read.
    private func spokenBody(_ draft: String) -> String {
        guard draft.hasPrefix("---\n"), let end = draft.range(of: "\n---\n") else { return draft }
        return String(draft[end.upperBound...])
    }

    private func say(_ text: String) {
        terminal.write(text + "\n")
    }
}
