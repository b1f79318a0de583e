import Foundation

/// The interview's words in one language, from `Resources/interview/<lang>.toml`:
/// questions, statement templates and messages. Written per language, not
/// translated word for word.
public struct InterviewScript: Sendable {
    public let language: Language
    let questions: [String: String]
    let clientHeading: String
    public let statementTemplates: [String]
    let templates: [String: String]
    let messages: [String: String]
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
        func strings(_ section: String, required: [String]) throws(PitchError) -> [String: String] {
            guard let table = try reader.table(section) else { throw PitchError("\(path): needs a [\(section)] table.") }
            var result: [String: String] = [:]
            for key in table.keys where table[key]?.string != nil {
                result[key] = try reader.string(key, in: table, section: section)
            }
            if let missing = required.first(where: { result[$0] == nil }) {
                throw .at(path, line: reader.line(of: section), "[\(section)] needs '\(missing)'.")
            }
            return result
        }
        self.language = language
        questions = try strings("questions", required: InterviewStep.questionKeys)
        clientHeading = try strings("client", required: ["heading"])["heading"]!
        templates = try strings("templates", required: ["opening", "ideal_client", "story", "closing"])
        messages = try strings("messages", required: ["help", "saved", "unchanged", "resumed", "offer_resume", "goodbye", "required", "nothing_to_go_back_to", "keep_editing",
            "welcome", "unknown_command", "interrupt_hint", "check_clean", "check_findings", "review_intro", "total",
            "next_steps", "no_versions", "candidate_time", "no_resume"])
        let commandHelp = try strings("commands", required: Self.commandNames)
        commands = Self.commandNames.map { ($0, commandHelp[$0]!) }
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

    public func question(_ step: InterviewStep) -> String { questions[step.questionKey]! }

    public func heading(forClient number: Int) -> String {
        clientHeading.replacingOccurrences(of: "{number}", with: String(number))
    }

    public func message(_ key: String, _ values: [String: String] = [:]) -> String {
        TemplateText.fill(messages[key] ?? key, values)
    }

    func template(_ key: String) -> String? { templates[key] }

    /// nil when the answer is neither yes nor no.
    public func yesOrNo(_ answer: String) -> Bool? {
        let word = answer.trimmingSpaces().lowercased()
        if yesWords.contains(word) { return true }
        if noWords.contains(word) { return false }
        return nil
    }
}
