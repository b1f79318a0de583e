import Foundation

/// The interview's words in one language, from `[interview.*]` in its language file:
/// questions, how answers are read and statements composed, the speakers,
/// and messages. Written per language, not translated word for word.
public struct InterviewScript: Sendable {
    public let language: Language
    let questions: MessageTable
    let clientHeading: MessageTable
    /// The intro's own sentences around the answers: opening, ideal client, story, ask, closing.
    let templates: MessageTable
    let composer: StoryComposer
    let persona: Persona
    let messages: MessageTable
    let yesWords: [String]
    /// The first is what a story session records for "another client?".
    let noWords: [String]
    /// What starts a new interview when an unfinished one is offered ("start over"): a plain
    /// "not now" is no such answer, and an unfinished interview is never left behind on a guess.
    let startOverWords: [String]
    /// What `:history` calls where a version came from (interview, import, edit, restore).
    let sources: MessageTable
    /// `:command` and what it does, in `:help` order.
    public let commands: [(name: String, help: String)]

    /// Keys of `[interview.messages]`: what the interview says besides its questions.
    public enum Message: String, CaseIterable, Sendable {
        case help
        case saved
        case unchanged
        case resumed
        case offerResume = "offer_resume"
        case resumeOrStartOver = "resume_or_start_over"
        case goodbye
        case required
        case nothingToGoBackTo = "nothing_to_go_back_to"
        case keepEditing = "keep_editing"
        case welcome
        case unknownCommand = "unknown_command"
        case interruptHint = "interrupt_hint"
        case unreadableAnswer = "unreadable_answer"
        case checkClean = "check_clean"
        case checkFindings = "check_findings"
        case reviseHint = "revise_hint"
        case reviewIntro = "review_intro"
        case total
        case nextSteps = "next_steps"
        case noVersions = "no_versions"
        case candidateTime = "candidate_time"
        case noResume = "no_resume"
        case yesOrNo = "yes_or_no"
        case numberRange = "number_range"
        case nothingYet = "nothing_yet"
        case nameTaken = "name_taken"
        case nameInvalid = "name_invalid"
        case addsVersion = "adds_version"
        case historyRow = "history_row"
        case diffSaved = "diff_saved"
        case diffDraft = "diff_draft"
        case diffSame = "diff_same"
        case diffSummary = "diff_summary"
        case trimOver = "trim_over"
        case trimHint = "trim_hint"
        case trimSentence = "trim_sentence"
        case trimFits = "trim_fits"
        case trimStillOver = "trim_still_over"
        case nonAnswer = "non_answer"
        case nonAnswerOptional = "non_answer_optional"
        case unusable
        case unknownSpeaker = "unknown_speaker"
        case emailNeedsAt = "email_needs_at"
        case webNeedsDot = "web_needs_dot"
    }

    /// An answer to the offer to continue an unfinished interview.
    public enum ResumeChoice: Sendable {
        case resume
        case startOver
    }

    /// The commands, in the order `:help` lists them.
    public static let commandNames = ["help", "back", "skip", "show", "lint", "time", "save", "history", "diff", "quit"]

    /// `letters`: the code points only this language's script uses (its `[detect]`), for
    /// particles typed onto a word and the spacing between scripts.
    init(reader: TOMLReader, language: Language, letters: [ClosedRange<UInt32>]) throws(PitchError) {
        try reader.requireOnly(["questions", "client", "templates", "messages", "commands", "sources", "reading", "grammar", "compose", "statements", "persona"], in: reader.table)
        self.language = language
        questions = try MessageTable("questions", keys: InterviewStep.questionKeys, of: reader)
        clientHeading = try MessageTable("client", keys: ["heading"], of: reader)
        templates = try MessageTable("templates", keys: ["opening", "ideal_client", "story", "ask", "closing"], of: reader)
        let grammar = try GrammarStrategy.grammar(reader)
        let script = ScriptLetters(ranges: letters)
        composer = try StoryComposer(reader: reader, answers: try AnswerReader(reader: reader, grammar: grammar, letters: script), grammar: grammar, letters: script)
        persona = try Persona(reader: reader)
        messages = try MessageTable("messages", keys: Message.allCases.map(\.rawValue), lists: ["yes", "no", "start_over"], of: reader)
        sources = try MessageTable("sources", keys: DraftSource.allCases.map(\.rawValue), of: reader)
        let commandHelp = try MessageTable("commands", keys: Self.commandNames, of: reader)
        commands = Self.commandNames.map { ($0, commandHelp.text($0)) }
        guard let messageTable = try reader.table("messages"),
              let yes = try reader.strings("yes", in: messageTable, section: "messages"), !yes.isEmpty,
              let no = try reader.strings("no", in: messageTable, section: "messages"), !no.isEmpty,
              let startOver = try reader.strings("start_over", in: messageTable, section: "messages"), !startOver.isEmpty
        else { throw PitchError("\(reader.path): needs [interview.messages] yes, no and start_over lists.") }
        yesWords = yes.map(Self.folded)
        noWords = no.map(Self.folded)
        startOverWords = startOver.map(Self.folded)
    }

    public func question(_ step: InterviewStep) -> String { questions.text(step.questionKey) }

    public func heading(forClient number: Int) -> String {
        clientHeading.text("heading", filling: "number", with: String(number))
    }

    public func message(_ key: Message, _ values: [String: String] = [:]) -> String {
        messages.text(key.rawValue, values)
    }

    /// A message about `count` things ({count} filled), in the singular when the language has one.
    public func message(_ key: Message, count: Int, _ values: [String: String] = [:]) -> String {
        messages.text(key.rawValue, count: count, values)
    }

    /// Where a saved version came from, in this language.
    public func sourceName(_ source: DraftSource) -> String {
        sources.text(source.rawValue)
    }

    /// The words the interview takes as yes and no, for answers given by a file.
    public var yes: String { yesWords[0] }
    public var no: String { noWords[0] }

    /// nil when the answer is neither yes nor no. "Sure!", "OK." and "Yep" count:
    /// case, a closing mark and the spacing inside are ignored.
    public func yesOrNo(_ answer: String) -> Bool? {
        let word = Self.folded(answer)
        if yesWords.contains(word) { return true }
        if noWords.contains(word) { return false }
        return nil
    }

    /// nil when the answer is neither a yes nor a way of saying "start over".
    public func resumeChoice(_ answer: String) -> ResumeChoice? {
        let word = Self.folded(answer)
        if yesWords.contains(word) { return .resume }
        if startOverWords.contains(word) { return .startOver }
        return nil
    }

    private static func folded(_ answer: String) -> String {
        var text = answer.trimmingSpaces().precomposedStringWithCanonicalMapping.lowercased()
        while let last = text.last, ".!,;".contains(last) { text.removeLast() }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
