import Foundation

/// The interview's words in one language, from `[interview.*]` in its language file:
/// questions, statement templates and messages. Written per language, not
/// translated word for word.
public struct InterviewScript: Sendable {
    public let language: Language
    let questions: MessageTable
    let clientHeading: MessageTable
    public let statementTemplates: [String]
    /// The intro's own sentences around the answers: opening, ideal client, story, ask, closing.
    let templates: MessageTable
    let messages: MessageTable
    let yesWords: [String]
    /// The first is what a story session records for "another client?".
    let noWords: [String]
    /// `:command` and what it does, in `:help` order.
    public let commands: [(name: String, help: String)]

    /// Keys of `[interview.messages]`: what the interview says besides its questions.
    public enum Message: String, CaseIterable, Sendable {
        case help
        case saved
        case unchanged
        case resumed
        case offerResume = "offer_resume"
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
    }

    /// The commands, in the order `:help` lists them.
    public static let commandNames = ["help", "back", "skip", "show", "lint", "time", "save", "history", "diff", "quit"]

    init(reader: TOMLReader, language: Language) throws(PitchError) {
        try reader.requireOnly(["questions", "client", "templates", "messages", "commands"], in: reader.table)
        self.language = language
        questions = try MessageTable("questions", keys: InterviewStep.questionKeys, of: reader)
        clientHeading = try MessageTable("client", keys: ["heading"], of: reader)
        templates = try MessageTable("templates", keys: ["opening", "ideal_client", "story", "ask", "closing"], lists: ["statements"], of: reader)
        messages = try MessageTable("messages", keys: Message.allCases.map(\.rawValue), lists: ["yes", "no"], of: reader)
        let commandHelp = try MessageTable("commands", keys: Self.commandNames, of: reader)
        commands = Self.commandNames.map { ($0, commandHelp.text($0)) }
        guard let templateTable = try reader.table("templates"),
              let statements = try reader.strings("statements", in: templateTable, section: "templates"), !statements.isEmpty,
              let messageTable = try reader.table("messages"),
              let yes = try reader.strings("yes", in: messageTable, section: "messages"),
              let no = try reader.strings("no", in: messageTable, section: "messages")
        else { throw PitchError("\(reader.path): needs [interview.templates] statements and [interview.messages] yes and no lists.") }
        statementTemplates = statements
        yesWords = yes.map { $0.lowercased() }
        noWords = no.map { $0.lowercased() }
    }

    public func question(_ step: InterviewStep) -> String { questions.text(step.questionKey) }

    public func heading(forClient number: Int) -> String {
        clientHeading.text("heading", filling: "number", with: String(number))
    }

    public func message(_ key: Message, _ values: [String: String] = [:]) -> String {
        messages.text(key.rawValue, values)
    }

    /// nil when the answer is neither yes nor no.
    public func yesOrNo(_ answer: String) -> Bool? {
        let word = answer.trimmingSpaces().lowercased()
        if yesWords.contains(word) { return true }
        if noWords.contains(word) { return false }
        return nil
    }
}
