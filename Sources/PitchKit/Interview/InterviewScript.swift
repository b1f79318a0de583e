import Foundation

/// The interview's words in one language, from `Resources/interview/<lang>.toml`:
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
    let noWords: [String]
    /// `:command` and what it does, in `:help` order.
    public let commands: [(name: String, help: String)]

    /// The commands, in the order `:help` lists them.
    public static let commandNames = ["help", "back", "skip", "show", "lint", "time", "save", "history", "diff", "quit"]

    public static func builtIn(_ language: Language) throws(PitchError) -> InterviewScript {
        let relative = "interview/\(language.rawValue).toml"
        return try InterviewScript(toml: try BundledResource.text(relative), path: relative, language: language)
    }

    init(toml: String, path: String, language: Language) throws(PitchError) {
        let reader = try TOMLReader(text: toml, path: path)
        try reader.requireOnly(["questions", "client", "templates", "messages", "commands"], in: reader.table)
        self.language = language
        questions = try MessageTable("questions", keys: InterviewStep.questionKeys, of: reader)
        clientHeading = try MessageTable("client", keys: ["heading"], of: reader)
        templates = try MessageTable("templates", keys: ["opening", "ideal_client", "story", "ask", "closing"], lists: ["statements"], of: reader)
        messages = try MessageTable("messages", keys: [
            "help", "saved", "unchanged", "resumed", "offer_resume", "goodbye", "required", "nothing_to_go_back_to", "keep_editing",
            "welcome", "unknown_command", "interrupt_hint", "unreadable_answer", "check_clean", "check_findings", "revise_hint", "review_intro", "total",
            "next_steps", "no_versions", "candidate_time", "no_resume",
        ], lists: ["yes", "no"], of: reader)
        let commandHelp = try MessageTable("commands", keys: Self.commandNames, of: reader)
        commands = Self.commandNames.map { ($0, commandHelp.text($0)) }
        guard let templateTable = try reader.table("templates"),
              let statements = try reader.strings("statements", in: templateTable, section: "templates"), !statements.isEmpty,
              let messageTable = try reader.table("messages"),
              let yes = try reader.strings("yes", in: messageTable, section: "messages"),
              let no = try reader.strings("no", in: messageTable, section: "messages")
        else { throw PitchError("\(path): needs [templates] statements and [messages] yes and no lists.") }
        statementTemplates = statements
        yesWords = yes.map { $0.lowercased() }
        noWords = no.map { $0.lowercased() }
    }

    public func question(_ step: InterviewStep) -> String { questions.text(step.questionKey) }

    public func heading(forClient number: Int) -> String {
        clientHeading.text("heading", filling: "number", with: String(number))
    }

    public func message(_ key: String, _ values: [String: String] = [:]) -> String {
        messages.text(key, values)
    }

    /// nil when the answer is neither yes nor no.
    public func yesOrNo(_ answer: String) -> Bool? {
        let word = answer.trimmingSpaces().lowercased()
        if yesWords.contains(word) { return true }
        if noWords.contains(word) { return false }
        return nil
    }
}
