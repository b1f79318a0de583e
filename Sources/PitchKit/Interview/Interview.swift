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
        /// For `pick`: the statements to choose from; for `lead`, each client's statement.
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
    /// Sentences the user shortened or cut to bring an over-time intro within its target.
    public private(set) var cuts: [Cut] = []
    /// Answers the user went back over, offered again for editing.
    private var earlierAnswers: [InterviewStep: String] = [:]
    /// The follow-up questions the answers so far call for (a result with no
    /// number, a vague ask), decided once when the answer is recorded.
    private var followUps: Set<InterviewStep> = []

    /// The language's lists, compiled once for every candidate it checks.
    private let lexicon: Lexicon
    /// The ids of the rules whose findings the interview acts on, found once in the catalog.
    private let askRules: Set<String>
    private let lengthRules: Set<String>
    private let benefitRules: Set<String>
    /// The lists `no-benefit` reads, whose number entries make a result count as a number.
    private let benefitLists: Set<WordListID>

    public init(language: Language, targetSeconds: Double = TargetTime.standard, linter: Linter) throws(PitchError) {
        self.language = language
        self.targetSeconds = targetSeconds
        self.linter = linter
        script = try linter.profile(language).interview()
        lexicon = try linter.lexicon(language)
        let rules = linter.catalog.rules
        askRules = Set(rules.filter { $0.sections == [.ask] }.map(\.id))
        lengthRules = Set(rules.filter { $0.check == .length }.map(\.id))
        benefitRules = Set(rules.filter { $0.check == .noBenefit }.map(\.id))
        benefitLists = Set(rules.filter { $0.check == .noBenefit }.compactMap(\.list))
    }

    // MARK: Flow

    /// The questions in order, as far as the answers so far decide them.
    public var steps: [InterviewStep] {
        var steps: [InterviewStep] = [.name, .business]
        if answers[.persona] != nil || (script.persona.asks && shownSpeaker == nil) { steps.append(.persona) }
        steps.append(.idealClient)
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
        // How a fellow member reaches you: last, since the card needs them and the spoken intro does not.
        steps += [.hook] + InterviewStep.contacts + [.review]
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
        if step == .lead { prompt.candidates = clientStatements.map { check($0, section: .benefit) } }
        if case .statement(let client) = step { prompt.prefill = statementToEdit(forClient: client) }
        return prompt
    }

    // MARK: Answers

    /// Takes an answer to the current question.
    public mutating func submit(_ rawAnswer: String) -> Outcome {
        guard let step = current else { return .rejected(script.message(.goodbye)) }
        var answer = rawAnswer.trimmingSpaces()
        // Enter on the statement keeps the one on the line: what the pre-filled
        // line gives on a terminal, and what a piped empty line means.
        if answer.isEmpty, case .statement(let client) = step, let statement = statementToEdit(forClient: client) {
            answer = statement
        }
        // An answer of punctuation alone ("." or "-") says nothing: it counts as empty.
        // So does "none" to a contact question: there is nothing to put on the card.
        if !reader.hasWords(answer) || (InterviewStep.contacts.contains(step) && reader.isNonAnswer(answer)) { answer = "" }
        if answer.isEmpty && !step.isOptional { return .rejected(script.message(.required)) }
        if let refusal = refusal(of: answer, at: step) { return .rejected(refusal) }
        switch step {
        case .moreClients, .review:
            guard let yes = script.yesOrNo(answer) else { return .rejected(script.message(.yesOrNo)) }
            if step == .review && !yes { return .rejected(script.message(.keepEditing)) }
        case .pick(let client):
            let count = candidates(forClient: client).count
            if let number = Int(answer), !(1...count).contains(number) {
                return .rejected(script.message(.numberRange, ["last": String(count)]))
            }
        case .lead:
            guard let number = Int(answer), (1...clientStatements.count).contains(number) else {
                return .rejected(script.message(.numberRange, ["last": String(clientStatements.count)]))
            }
        case .persona:
            guard speaker(answeredBy: answer) != nil else { return .rejected(script.message(.unknownSpeaker)) }
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
        let changed = answer != (answers[step] ?? earlierAnswers[step])
        answers[step] = answer
        earlierAnswers[step] = nil
        switch step {
        case .clientAfter(let client):
            if hasNumber(answer) { followUps.remove(.clientAfterNumber(client)) } else { followUps.insert(.clientAfterNumber(client)) }
        case .ask:
            let isVague = (checked ?? check(answer, section: .ask)).diagnostics.contains { askRules.contains($0.rule) }
            if isVague { followUps.insert(.askSpecific) } else { followUps.remove(.askSpecific) }
        default:
            break
        }
        for dependent in step.dependents {
            if let drafted = answers.removeValue(forKey: dependent) { earlierAnswers[dependent] = drafted }
            // A statement edited from an earlier story or pick no longer fits a new one: draft it afresh.
            if changed, case .statement = dependent { earlierAnswers[dependent] = nil }
        }
    }

    /// Why an answer cannot be used as it is, kindly: a "not sure" is never
    /// pasted into the intro, and an answer that is only a lead-in ("I'm",
    /// "she was") has nothing to compose with.
    private func refusal(of answer: String, at step: InterviewStep) -> String? {
        guard !answer.isEmpty else { return nil }
        if InterviewStep.contacts.contains(step) { return contactRefusal(of: answer, at: step) }
        guard let kind = step.answerKind else { return nil }
        if reader.isNonAnswer(answer) {
            return script.message(step.isOptional ? .nonAnswerOptional : .nonAnswer)
        }
        if kind != .plain, reader.read(answer, as: kind).isEmpty {
            return script.message(.unusable, ["answer": answer])
        }
        return nil
    }

    /// Why a contact detail cannot go on the card as it is: an email needs its @
    /// and a web address its dot. A phone number is never refused for how it is
    /// written (+66, spaces, dashes, brackets).
    private func contactRefusal(of answer: String, at step: InterviewStep) -> String? {
        let contact = reader.withoutParticles(answer)
        switch step {
        // Something before the @ and after it.
        case .email where !contact.dropFirst().dropLast().contains("@"): return script.message(.emailNeedsAt)
        case .web where !contact.contains("."): return script.message(.webNeedsDot)
        default: return nil
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

    /// Two or three statements composed from one client's story, each read differently.
    public func candidates(forClient client: Int) -> [Candidate] {
        script.composer.candidates(story(client), speaker: speaker, measure: seconds)
            .map { check($0, section: .benefit) }
    }

    /// The statement of each client story, in order, for choosing the one that leads.
    private var clientStatements: [String] {
        (1...clientCount).compactMap { answers[.statement($0)] }
    }

    /// The statement offered for editing: the user's own edit when they went back
    /// to it, else the one they picked.
    private func statementToEdit(forClient client: Int) -> String? {
        earlierAnswers[.statement(client)] ?? pickedStatement(forClient: client)
    }

    private func pickedStatement(forClient client: Int) -> String? {
        guard let pick = answers[.pick(client)] else { return nil }
        if let number = Int(pick) {
            return script.composer.statement(number - 1, story(client), speaker: speaker, measure: seconds)
        }
        return pick
    }

    private func story(_ client: Int) -> Story {
        script.composer.story(
            who: answers[.clientWho(client)] ?? "", before: answers[.clientBefore(client)] ?? "",
            did: answers[.clientDid(client)] ?? "", after: answers[.clientAfter(client)] ?? "",
            number: answers[.clientAfterNumber(client)]
        )
    }

    private var reader: AnswerReader { script.composer.reader }

    /// How long a statement takes to say; past every limit when lint finds it too long (a sentence over its words).
    private func seconds(_ statement: String) -> Double {
        let checked = check(statement, section: .benefit)
        return checked.diagnostics.contains { lengthRules.contains($0.rule) } ? .infinity : checked.seconds
    }

    // MARK: The speaker

    /// Who is speaking: as the persona question was answered, else as the answers show, else the language's default.
    public var speaker: Speaker {
        answers[.persona].flatMap(speaker(answeredBy:)) ?? shownSpeaker ?? script.persona.defaultSpeaker
    }

    /// The speaker the user's own words show (a pronoun in their name, business,
    /// ideal client, what they did or their ask; a particle anywhere).
    private var shownSpeaker: Speaker? {
        let own: [InterviewStep] = [.name, .business, .idealClient, .ask, .askSpecific]
            + (1...InterviewStep.maximumClients).map { .clientDid($0) }
        let all = InterviewStep.answerSteps
        return script.persona.speaker(own: own.compactMap { answers[$0] }, all: all.compactMap { answers[$0] })
    }

    /// The speaker an answer to the persona question names ("ดิฉัน", "em", "we"; or "ผม ครับ" from a file).
    func speaker(answeredBy answer: String) -> Speaker? {
        script.persona.speaker(own: [answer], all: [answer])
    }

    // MARK: The intro

    /// The intro so far, in the pitch file format of the design. The opening
    /// has no heading: text before the first heading is the opening.
    public var draft: String {
        let profile = linter.profile(language)
        func heading(_ section: Section) -> String { profile.sectionNames[section]?.first ?? section.rawValue.capitalized }
        func read(_ step: InterviewStep, as kind: AnswerKind) -> String? {
            answers[step].map { reader.read($0, as: kind).text }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let name = read(.name, as: .name) ?? ""
        let business = read(.business, as: .business) ?? ""
        var people = speaker.words
        people["name"] = name
        people["business"] = business
        var text = "---\nname: \(name)\nbusiness: \(business)\nlang: \(language.rawValue)\nseconds: \(Int(targetSeconds))\n"
        for step in InterviewStep.contacts {
            if let value = answers[step].map(reader.withoutParticles), !value.isEmpty { text += "\(step.key): \(value)\n" }
        }
        text += "---\n"
        let spaced = script.composer.spaced
        var opening = spaced(script.templates.text("opening", people))
        if let ideal = read(.idealClient, as: .ideal) {
            opening += " " + spaced(script.templates.text("ideal_client", people.merging(["ideal_client": ideal]) { $1 }))
        }
        text += "\(opening)\n"
        let lead = answers[.lead].flatMap(Int.init) ?? 1
        if let statement = answers[.statement(lead)] {
            text += "\n## \(heading(.benefit))\n\n\(statement)\n"
        }
        if answers[.clientAfter(lead)] != nil {
            // The story may run longer than a statement, but is told shorter past twice its length.
            let story = script.composer.told(story(lead), speaker: speaker, within: 2 * script.composer.longestSeconds, measure: seconds) {
                script.templates.text("story", $0)
            }
            text += "\n## \(heading(.story))\n\n\(story)\n"
        }
        if let ask = read(.askSpecific, as: .ask) ?? read(.ask, as: .ask) {
            text += "\n## \(heading(.ask))\n\n\(spaced(script.templates.text("ask", people.merging(["ask": ask]) { $1 })))\n"
        }
        if let hook = answers[.hook], !hook.isEmpty {
            text += "\n## \(heading(.hook))\n\n\(hook)\n"
        }
        text += "\n## \(heading(.closing))\n\n\(spaced(script.templates.text("closing", people)))\n"
        return applyingCuts(to: text)
    }

    /// Whether there is an intro to show or save: its opening needs the name and business.
    public var hasDraft: Bool {
        answers[.name] != nil && answers[.business] != nil
    }

    /// The language's profile, for what the interview shows besides its own words (lint figures).
    public var profile: LanguageProfile { linter.profile(language) }

    /// Lints the intro so far.
    public func lintDraft() -> (diagnostics: [Diagnostic], summary: LintSummary) {
        lint(draft)
    }

    // MARK: Trimming

    /// A sentence of the intro as the user shortened it; an empty replacement cuts it.
    public struct Cut: Codable, Equatable, Sendable {
        public var sentence: String
        public var replacement: String

        public init(sentence: String, replacement: String) {
            self.sentence = sentence
            self.replacement = replacement
        }
    }

    /// An intro over its target: by how much, and what to shorten.
    public struct Trimming {
        public var secondsOver: Int
        /// The intro's lint summary: its time and its target, as the review shows them.
        public var summary: LintSummary
        /// Every sentence to shorten, in the order `export` would advise them.
        public var suggestions: [(cut: Cut, advice: CutAdvisor.Suggestion)]
    }

    /// What to shorten when the intro so far runs over its target; nil when it fits.
    public func trimming() throws(PitchError) -> Trimming? {
        let document = linter.document(Array(draft.utf8))
        let job = try linter.job(document, path: "intro", language: language, seconds: targetSeconds)
        let intro = try IntroAssembler(profile: profile, templates: profile.templates()).assemble(job)
        guard intro.isOverTarget else { return nil }
        var diagnostics: [Diagnostic] = []
        let summary = linter.lint(job) { diagnostics.append($0) }
        let suggestions = CutAdvisor.ranked(for: intro, document: document, diagnostics: diagnostics).compactMap { advice in
            advice.sentence.range.map { range in
                (Cut(sentence: String(decoding: document.original[range], as: UTF8.self), replacement: advice.sentence.text), advice)
            }
        }
        return Trimming(secondsOver: intro.secondsOver, summary: summary, suggestions: suggestions)
    }

    /// Replaces a sentence of the intro (also how a stored cut is replayed).
    public mutating func apply(_ cut: Cut) {
        cuts.append(cut)
    }

    /// The draft with the user's cuts made, in order. A cut whose sentence an
    /// answer changed since no longer matches anything and is left out.
    private func applyingCuts(to text: String) -> String {
        cuts.reduce(text) { text, cut in
            guard let range = text.range(of: cut.sentence) else { return text }
            var removed = range
            // A sentence cut whole takes the space after it along.
            if cut.replacement.isEmpty, removed.upperBound < text.endIndex, text[removed.upperBound] == " " {
                removed = removed.lowerBound..<text.index(after: removed.upperBound)
            }
            return text.replacingCharacters(in: removed, with: cut.replacement)
        }
    }

    // MARK: Checks

    /// Lints one answer as the part of the intro it will be. An ask is not
    /// expected to name a benefit, so `no-benefit` is left out there.
    private func check(_ text: String, section: Section) -> Candidate {
        let heading = linter.profile(language).sectionNames[section]?.first ?? section.rawValue
        let (diagnostics, summary) = lint("## \(heading)\n\(text)\n")
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

    /// Whether a result names a number ("10 hours", "half", "30%", "หนึ่งเดือน", "bốn tháng"), which
    /// listeners remember; if not, the interview asks once for one.
    func hasNumber(_ text: String) -> Bool {
        let tokenizer = Tokenizer()
        if tokenizer.tokens(of: text).contains(where: { $0.kind == .number }) || reader.hasNumberWord(text) { return true }
        return lexicon.matches(in: text, tokenizer: tokenizer)
            .contains { benefitLists.contains($0.list) && $0.entry.kind == NoBenefitRule.numberKind }
    }
}
