/// The guided interview as a pure state machine (METHOD.md section 1): it asks
/// about past clients, drafts candidate benefit statements from their stories,
/// and assembles a 60-second intro. It does no terminal I/O and stores nothing:
/// a driver shows `prompt`, passes answers to `submit`, and persists each
/// accepted answer (`InterviewSession` does both for the REPL).
public struct Interview {
    /// A candidate benefit statement, checked on the spot.
    public struct Candidate: Equatable {
        public var text: String
        public var seconds: Double
        public var diagnostics: [Diagnostic]
    }

    /// What to show for the current question.
    public struct Prompt {
        public var step: InterviewStep
        /// Shown above the first question of a client story.
        public var heading: String?
        public var question: String
        /// Text to put on the input line for editing.
        public var prefill: String?
        /// For `pick`: the statements to choose from.
        public var candidates: [Candidate] = []
    }

    public enum Outcome: Equatable {
        /// Accepted; `check` holds the findings for a statement or an ask.
        case accepted(check: Candidate?)
        /// Not accepted, with a message saying what is expected.
        case rejected(String)
    }

    public let script: InterviewScript
    public let language: Language
    public let targetSeconds: Double
    private let linter: Linter
    public private(set) var answers: [InterviewStep: String] = [:]
    /// Answers the user went back over, offered again for editing.
    private var earlierAnswers: [InterviewStep: String] = [:]
    /// The follow-up questions the answers so far call for (a result with no
    /// number, a vague ask), decided once when the answer is recorded.
    private var followUps: Set<InterviewStep> = []

    /// The language's lists, compiled once for every candidate it checks.
    private let lexicon: Lexicon

    public init(language: Language, targetSeconds: Double = TargetTime.standard, linter: Linter) throws(PitchError) {
        self.language = language
        self.targetSeconds = targetSeconds
        self.linter = linter
        script = try linter.profile(language).interview()
        lexicon = try linter.lexicon(language)
    }

    // MARK: Flow

    /// The questions in order, as far as the answers so far decide them.
    public var steps: [InterviewStep] {
        var steps: [InterviewStep] = [.name, .business, .idealClient]
        for client in 1...InterviewStep.maximumClients {
            steps += [.clientWho(client), .clientBefore(client), .clientDid(client), .clientAfter(client)]
            if answers[.clientAfter(client)] != nil, followUps.contains(.clientAfterNumber(client)) {
                steps.append(.clientAfterNumber(client))
            }
            steps += [.pick(client), .statement(client)]
            guard client < InterviewStep.maximumClients else { break }
            steps.append(.moreClients(client))
            guard let more = answers[.moreClients(client)], script.yesOrNo(more) == true else { break }
        }
        if clientCount > 1 { steps.append(.lead) }
        steps.append(.ask)
        if answers[.ask] != nil, followUps.contains(.askSpecific) { steps.append(.askSpecific) }
        steps += [.hook, .review]
        return steps
    }

    /// The question to ask now; nil once the intro is saved.
    public var current: InterviewStep? {
        steps.first { answers[$0] == nil }
    }

    public var isFinished: Bool { current == nil }

    public var clientCount: Int {
        (1...InterviewStep.maximumClients).last { answers[.clientWho($0)] != nil } ?? 1
    }

    public var prompt: Prompt? {
        guard let step = current else { return nil }
        var prompt = Prompt(step: step, question: script.question(step), prefill: earlierAnswers[step])
        if case .clientWho(let client) = step { prompt.heading = script.heading(forClient: client) }
        if case .pick(let client) = step { prompt.candidates = candidates(forClient: client) }
        if case .statement(let client) = step { prompt.prefill = pickedStatement(forClient: client) }
        return prompt
    }

    // MARK: Answers

    /// Takes an answer to the current question.
    public mutating func submit(_ rawAnswer: String) -> Outcome {
        guard let step = current else { return .rejected(script.message(.goodbye)) }
        var answer = rawAnswer.trimmingSpaces()
        // Enter on the statement keeps the one picked: what the pre-filled line
        // gives on a terminal, and what a piped empty line means.
        if answer.isEmpty, case .statement(let client) = step, let picked = pickedStatement(forClient: client) {
            answer = picked
        }
        if answer.isEmpty && !step.isOptional { return .rejected(script.message(.required)) }
        switch step {
        case .moreClients, .review:
            guard let yes = script.yesOrNo(answer) else { return .rejected(script.question(step)) }
            if step == .review && !yes { return .rejected(script.message(.keepEditing)) }
        case .pick(let client):
            if let number = Int(answer), !(1...candidates(forClient: client).count).contains(number) {
                return .rejected(script.question(step))
            }
        case .lead:
            guard let number = Int(answer), (1...clientCount).contains(number) else { return .rejected(script.question(step)) }
        default:
            break
        }
        let shown: Candidate? = switch step {
        case .statement: check(answer, section: .benefit)
        case .ask, .askSpecific: check(answer, section: .ask)
        default: nil
        }
        record(step, answer, checked: shown)
        return .accepted(check: shown)
    }

    /// Takes an answer as stored, when a session is resumed (nothing is shown:
    /// it was checked when first given). `checked` is the answer's check when
    /// the caller has made it already, so an ask is not linted twice.
    public mutating func record(_ step: InterviewStep, _ answer: String, checked: Candidate? = nil) {
        answers[step] = answer
        earlierAnswers[step] = nil
        switch step {
        case .clientAfter(let client):
            if hasNumber(answer) { followUps.remove(.clientAfterNumber(client)) } else { followUps.insert(.clientAfterNumber(client)) }
        case .ask:
            let askRules = Set(linter.catalog.rules.filter { $0.sections == [.ask] }.map(\.id))
            let isVague = (checked ?? check(answer, section: .ask)).diagnostics.contains { askRules.contains($0.rule) }
            if isVague { followUps.insert(.askSpecific) } else { followUps.remove(.askSpecific) }
        default:
            break
        }
        for dependent in step.dependents where answers[dependent] != nil {
            earlierAnswers[dependent] = answers.removeValue(forKey: dependent)
        }
    }

    /// Skips an optional question; nil if skipped, else why not.
    public mutating func skip() -> String? {
        guard let step = current else { return nil }
        guard step.isOptional else { return script.message(.required) }
        record(step, "")
        return nil
    }

    /// Reopens the question before the current one, keeping its answer for
    /// editing. Returns the step reopened, or nil at the first question.
    @discardableResult
    public mutating func back() -> InterviewStep? {
        let steps = steps
        let position = current.flatMap { steps.firstIndex(of: $0) } ?? steps.count
        guard let previous = steps[..<position].last(where: { answers[$0] != nil }) else { return nil }
        reopen(previous)
        return previous
    }

    /// Reopens one question (also how a stored `:back` is replayed).
    public mutating func reopen(_ step: InterviewStep) {
        if let answer = answers.removeValue(forKey: step) { earlierAnswers[step] = answer }
    }

    // MARK: Statements

    /// Two or three statements drafted from one client's story.
    public func candidates(forClient client: Int) -> [Candidate] {
        let values = storyValues(client)
        return script.statementTemplates
            .map { TemplateText.fill($0, values) }
            .map { check($0, section: .benefit) }
    }

    private func pickedStatement(forClient client: Int) -> String? {
        guard let pick = answers[.pick(client)] else { return nil }
        if let number = Int(pick) {
            let templates = script.statementTemplates
            return TemplateText.fill(templates[number - 1], storyValues(client))
        }
        return pick
    }

    private func storyValues(_ client: Int) -> [String: String] {
        let after = answers[.clientAfterNumber(client)].flatMap { $0.isEmpty ? nil : $0 } ?? answers[.clientAfter(client)] ?? ""
        return [
            "who": fragment(answers[.clientWho(client)]),
            "before": fragment(answers[.clientBefore(client)]),
            "did": fragment(answers[.clientDid(client)]),
            "after": fragment(after),
        ]
    }

    /// An answer as part of a longer sentence: no closing full stop, and no
    /// capital unless the first word needs one ("IT", "I").
    private func fragment(_ answer: String?) -> String {
        var text = (answer ?? "").trimmingSpaces()
        while let last = text.last, ".!。".contains(last) { text.removeLast() }
        let firstWord = text.prefix { $0.isLetter || $0 == "'" || $0 == "’" }
        let isAcronym = firstWord.count >= 2 && firstWord.allSatisfy { !$0.isLetter || $0.isUppercase }
        let isI = firstWord == "I" || firstWord.hasPrefix("I'") || firstWord.hasPrefix("I’")
        if let first = text.first, first.isUppercase, !isAcronym, !isI {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }

    // MARK: The intro

    /// The intro so far, in the pitch file format of the design.
    public var draft: String {
        let profile = linter.profile(language)
        func heading(_ section: Section) -> String { profile.sectionNames[section]?.first ?? section.rawValue.capitalized }
        let name = answers[.name] ?? ""
        let business = answers[.business] ?? ""
        let people = ["name": name, "business": business]
        var text = "---\nname: \(name)\nbusiness: \(business)\nlang: \(language.rawValue)\nseconds: \(Int(targetSeconds))\n---\n"
        var opening = script.templates.text("opening", people)
        if let ideal = answers[.idealClient], !ideal.isEmpty {
            opening += " " + script.templates.text("ideal_client", filling: "ideal_client", with: fragment(ideal))
        }
        text += "# \(heading(.opening))\n\n\(opening)\n"
        let lead = answers[.lead].flatMap(Int.init) ?? 1
        if let statement = answers[.statement(lead)] {
            text += "\n## \(heading(.benefit))\n\n\(statement)\n"
        }
        if answers[.clientAfter(lead)] != nil {
            let story = script.templates.text("story", storyValues(lead))
            text += "\n## \(heading(.story))\n\n\(story)\n"
        }
        let specific = answers[.askSpecific].flatMap { $0.isEmpty ? nil : $0 }
        if let ask = specific ?? answers[.ask] {
            text += "\n## \(heading(.ask))\n\n\(script.templates.text("ask", filling: "ask", with: fragment(ask)))\n"
        }
        if let hook = answers[.hook], !hook.isEmpty {
            text += "\n## \(heading(.hook))\n\n\(hook)\n"
        }
        text += "\n## \(heading(.closing))\n\n\(script.templates.text("closing", people))\n"
        return text
    }

    /// Lints the intro so far.
    public func lintDraft() -> (diagnostics: [Diagnostic], summary: LintSummary) {
        lint(draft)
    }

    // MARK: Checks

    /// Lints one answer as the part of the intro it will be. An ask is not
    /// expected to name a benefit, so `no-benefit` is left out there.
    private func check(_ text: String, section: Section) -> Candidate {
        let heading = linter.profile(language).sectionNames[section]?.first ?? section.rawValue
        let (diagnostics, summary) = lint("## \(heading)\n\(text)\n")
        let benefitRules = Set(linter.catalog.rules.filter { $0.check == .noBenefit }.map(\.id))
        let relevant = section == .benefit ? diagnostics : diagnostics.filter { !benefitRules.contains($0.rule) }
        return Candidate(text: text, seconds: summary.seconds, diagnostics: relevant)
    }

    private func lint(_ text: String) -> (diagnostics: [Diagnostic], summary: LintSummary) {
        var diagnostics: [Diagnostic] = []
        let document = linter.document(Array(text.utf8))
        let job = LintJob(document: document, path: "intro", language: language, targetSeconds: targetSeconds, lexicon: lexicon)
        let summary = linter.lint(job) { diagnostics.append($0) }
        return (diagnostics, summary)
    }

    /// Whether a result names a number ("10 hours", "half", "30%"), which
    /// listeners remember; if not, the interview asks once for one.
    func hasNumber(_ text: String) -> Bool {
        let tokenizer = Tokenizer()
        if tokenizer.tokens(of: text).contains(where: { $0.kind == .number }) { return true }
        let benefitLists = Set(linter.catalog.rules.filter { $0.check == .noBenefit }.compactMap(\.list))
        return lexicon.matches(in: text, tokenizer: tokenizer)
            .contains { benefitLists.contains($0.list) && $0.entry.kind == NoBenefitRule.numberKind }
    }
}
