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
            if let saved = try stored.finishResumed() { say(saveMessage(saved)) }
            return
        }
        if stored.interview.answers.isEmpty { say(script.message(.welcome) + "\n") }
        if let persona = answers?.persona { try stored.provide(.persona, persona) }
        var cancelledOnce = false
        // What a question shows above it (a heading, the statements, the whole intro) is shown
        // once: after a :command or a rejected answer only the question is asked again.
        var shownStep: InterviewStep?
        var keepsLong = false
        while let prompt = stored.prompt {
            if prompt.step != shownStep {
                shownStep = prompt.step
                showAbove(prompt)
                if prompt.step == .review, !keepsLong, !saveWithoutAsking {
                    guard let kept = try offerTrimming() else { return leave() }
                    keepsLong = kept
                    // A :back or :skip typed while trimming moved the interview: ask where it is now.
                    if stored.prompt?.step != .review { continue }
                }
            }
            if prompt.step != .review { keepsLong = false }
            say(terminal.styled(prompt.question, .cyan))
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

    private func showAbove(_ prompt: Interview.Prompt) {
        if let heading = prompt.heading { say("\n" + terminal.styled(heading, .bold)) }
        if prompt.step == .review { showReview() }
        for (index, candidate) in prompt.candidates.enumerated() {
            say("  \(terminal.styled("\(index + 1).", .bold)) \(candidate.text)")
            let time = script.message(.candidateTime, ["seconds": String(candidate.seconds.wholeSeconds)])
            say("     " + terminal.styled(time, .dim) + findingsSummary(candidate.diagnostics))
        }
    }

    /// The trimming step, before an intro over its target is saved: each sentence
    /// `export` would cut first, on a pre-filled line to shorten or delete, until the
    /// intro fits or the user keeps it long. True when it is kept long (or nothing
    /// more can be suggested), false when it fits, nil when the user leaves.
    private func offerTrimming() throws -> Bool? {
        var kept: Set<String> = []
        var announced = false
        while let trimming = try stored.interview.trimming() {
            guard let (cut, advice) = trimming.suggestions.first(where: { !kept.contains($0.cut.sentence) }) else {
                say(terminal.styled(script.message(.trimStillOver, count: trimming.secondsOver), .yellow))
                return true
            }
            if !announced {
                let summary = trimming.summary
                say("\n" + terminal.styled(script.message(.trimOver, count: trimming.secondsOver, [
                    "seconds": String(summary.seconds.wholeSeconds), "target": String(summary.targetSeconds.wholeSeconds),
                ]), .yellow))
                say(script.message(.trimHint))
                announced = true
            }
            say("\n  " + terminal.styled(script.message(.trimSentence, [
                "part": advice.label, "seconds": String(max(1, advice.seconds.wholeSeconds)),
                "rules": advice.rules.map { ", " + $0 }.joined(),
            ]), .bold) + " “\(cut.replacement.shortened())”")
            switch editor.read(prompt: "> ", prefill: cut.replacement) {
            case .endOfInput, .interrupted:
                return nil
            case .unreadable:
                say(terminal.styled(script.message(.unreadableAnswer), .yellow))
            case .line(let text):
                let edited = text.trimmingCharacters(in: .whitespaces)
                if edited.lowercased() == ":keep" { return true }
                if edited.hasPrefix(":") {
                    if try !command(edited) { return nil }
                } else if edited == cut.replacement {
                    kept.insert(cut.sentence)
                } else {
                    // An empty line is the sentence deleted from the pre-filled line: cut.
                    try stored.apply(Interview.Cut(sentence: cut.sentence, replacement: edited))
                }
            }
        }
        if announced {
            let summary = stored.interview.lintDraft().summary
            say(terminal.styled("✓ ", .green) + script.message(.trimFits, [
                "seconds": String(summary.seconds.wholeSeconds), "target": String(summary.targetSeconds.wholeSeconds),
            ]))
        }
        return false
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
            if let feature = stored.addedFeature {
                let texts = try stored.rotationTexts()
                say(texts.story(.added, ["feature": texts.name(of: feature), "name": stored.pitchName]))
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
        case _ where ["show", "lint", "time", "save", "diff"].contains(name) && !stored.interview.hasDraft:
            say(script.message(.nothingYet))
        case "show":
            say(spokenBody(stored.interview.draft))
        case "lint":
            let (diagnostics, _) = stored.interview.lintDraft()
            if diagnostics.isEmpty { say(terminal.styled("✓", .green)) } else { showDiagnostics(diagnostics) }
        case "time":
            let summary = stored.interview.lintDraft().summary
            say(script.message(.total, ["seconds": String(summary.seconds.wholeSeconds), "target": String(summary.targetSeconds.wholeSeconds)]))
        case "save":
            // A story becomes a feature at its review; saving it as a version would replace the pitch.
            if stored.story != nil {
                say(try stored.rotationTexts().story(.saveAtEnd, ["name": stored.pitchName]))
            } else {
                say(saveMessage(try stored.saveDraft()))
            }
        case "history":
            let versions = try stored.savedVersions()
            if versions.isEmpty { say(script.message(.noVersions, ["name": stored.pitchName])) }
            for version in versions {
                say("  " + script.message(.historyRow, figures(of: version.summary).merging([
                    "version": String(version.number), "date": Drafts.date(version.created), "source": script.sourceName(version.source),
                ]) { $1 }))
            }
        case "diff":
            try showDiff()
        case "quit", "exit", "q":
            return false
        default:
            say(script.message(.unknownCommand, ["command": ":" + name]))
        }
        return true
    }

    /// The last saved version against the intro so far, as `drafts diff` shows two versions.
    private func showDiff() throws {
        guard let saved = try stored.latestSavedVersion() else {
            return say(script.message(.noVersions, ["name": stored.pitchName]))
        }
        let draft = stored.interview.draft
        say(terminal.styled(script.message(.diffSaved, figures(of: saved.summary).merging([
            "name": stored.pitchName, "version": String(saved.number), "date": Drafts.date(saved.created),
        ]) { $1 }), .bold))
        say(terminal.styled(script.message(.diffDraft, figures(of: stored.interview.lintDraft().summary)), .bold))
        guard !saved.text.utf8.elementsEqual(draft.utf8) else {
            return say(script.message(.diffSame, ["version": String(saved.number)]))
        }
        let rendered = DiffRendering.render(WordDiff.diff(saved.text, draft), terminal: terminal)
        say(rendered.text.hasSuffix("\n") ? String(rendered.text.dropLast()) : rendered.text)
        say(script.message(.diffSummary, count: rendered.removedWords, ["added": String(rendered.addedWords)]))
    }

    /// A version's seconds and findings, in the interview's language.
    private func figures(of summary: LintSummary) -> [String: String] {
        ["seconds": String(summary.seconds.wholeSeconds), "findings": summary.findings(in: stored.interview.profile)]
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
            // A finding about a whole sentence ("This sentence has 26 words") says which one;
            // one that runs to the end ("from this sentence on") quotes where it starts.
            let quoted = String(diagnostic.text.prefix { $0 != "\n" })
            if !diagnostic.message.contains(quoted) {
                say("    " + terminal.styled("“\(quoted.shortened())”", .dim))
            }
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
