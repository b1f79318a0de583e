import Foundation
import TOMLKit

/// Answers prepared in an editor (`pitchcoach interview NAME --answers FILE.toml`):
/// top-level `name`, `business`, `ideal_client`, `pronoun`, `particle`, `phone`,
/// `email`, `web`, `ask`, `ask_specific`, `hook`, `lead`, then `[[client]]` tables with
/// `who`, `before`, `did`, `after`, `number`, `pick`. Read strictly: an unknown
/// key or a wrong type is an error naming the file and line.
public struct AnswersFile {
    private var answers: [InterviewStep: String] = [:]
    private let clientCount: Int

    static let topKeys: [(key: String, step: InterviewStep?)] = [
        ("name", .name), ("business", .business), ("ideal_client", .idealClient), ("pronoun", nil), ("particle", nil),
        ("phone", .phone), ("email", .email), ("web", .web), ("ask", .ask), ("ask_specific", .askSpecific), ("hook", .hook), ("lead", .lead), ("client", nil),
    ]
    static let clientKeys = ["who", "before", "did", "after", "number", "pick"]

    /// Reads `path` for an interview in `script`'s language.
    public init(path: String, script: InterviewScript) throws(PitchError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PitchError("\(path): cannot read this answers file (it is missing, unreadable or not UTF-8 text).")
        }
        let reader = try TOMLReader(text: text, path: path)
        try reader.requireOnly(Self.topKeys.map(\.key), in: reader.table)
        for (key, step) in Self.topKeys {
            guard let step else { continue }
            if step == .lead {
                if let lead = try reader.wholeNumber(key, range: 1...InterviewStep.maximumClients) { answers[.lead] = String(lead) }
            } else if let value = try reader.string(key) {
                answers[step] = value
            }
        }
        let clients = try Self.clients(reader, text: text)
        for (index, client) in clients.enumerated() {
            let number = index + 1
            for (key, step) in [("who", InterviewStep.clientWho(number)), ("before", .clientBefore(number)), ("did", .clientDid(number)),
                                ("after", .clientAfter(number)), ("number", .clientAfterNumber(number)), ("pick", .pick(number))] {
                if let value = client[key] { answers[step] = value }
            }
        }
        clientCount = clients.count
        if let lead = answers[.lead].flatMap(Int.init), lead > max(clientCount, 1) {
            throw .at(path, line: reader.line(of: "lead"), "'lead' is \(lead), but the file tells \(clientCount) client stories.")
        }
        let pronoun = try reader.string("pronoun"), particle = try reader.string("particle")
        if pronoun != nil || particle != nil {
            guard let speaker = script.persona.speaker(pronoun: pronoun, particle: particle) else {
                let known = script.persona.speakers.map { [$0.words["self"], $0.words["particle"]].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ") }
                throw .at(path, line: reader.line(of: pronoun != nil ? "pronoun" : "particle"),
                          "this pronoun and particle are not a speaker the \(script.language.rawValue) interview knows; it knows: \(known.joined(separator: ", ")).")
            }
            answers[.persona] = Self.personaAnswer(speaker)
        } else if let speaker = script.persona.speaker(
            own: [InterviewStep.name, .business, .idealClient, .ask, .askSpecific].compactMap { answers[$0] }
                + (1...InterviewStep.maximumClients).compactMap { answers[.clientDid($0)] },
            all: InterviewStep.answerSteps.compactMap { answers[$0] }
        ) {
            // The file's own words show the speaker, even those the interview reads after it would ask.
            answers[.persona] = Self.personaAnswer(speaker)
        }
    }

    /// The answer the file gives to `step`, as the interview takes it; nil when the file leaves it out.
    public func answer(for step: InterviewStep, script: InterviewScript) -> String? {
        switch step {
        case .moreClients(let client): clientCount > 0 ? (client < clientCount ? script.yes : script.no) : nil
        case .pick(let client): client <= clientCount ? answers[step] ?? "1" : nil
        // Enter keeps the statement picked.
        case .statement(let client): client <= clientCount ? "" : nil
        default: answers[step]
        }
    }

    /// How the speaker speaks, as the file's pronoun and particle say or its words show:
    /// given before the first question, since English never asks it and Thai and
    /// Vietnamese ask it before the answers that may show it.
    public var persona: String? { answers[.persona] }

    private static func personaAnswer(_ speaker: Speaker) -> String {
        [speaker.words["self"] ?? "", speaker.words["particle"] ?? ""].joined(separator: " ").trimmingSpaces()
    }

    /// The `[[client]]` tables, each key checked (with the line of its table in errors).
    private static func clients(_ reader: TOMLReader, text: String) throws(PitchError) -> [[String: String]] {
        guard let value = reader.table["client"] else { return [] }
        let headers = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.trimmingSpaces().hasPrefix("[[client]]") }.map { $0.offset + 1 }
        guard let array = value.array else {
            throw .at(reader.path, line: reader.line(of: "client"), "'client' should be [[client]] tables, one for each client story.")
        }
        guard array.count <= InterviewStep.maximumClients else {
            throw .at(reader.path, line: headers.dropFirst(InterviewStep.maximumClients).first ?? 1,
                      "the interview takes at most \(InterviewStep.maximumClients) client stories.")
        }
        var clients: [[String: String]] = []
        for (index, element) in array.enumerated() {
            let line = index < headers.count ? headers[index] : 1
            guard let table = element.table else { throw .at(reader.path, line: line, "each client should be a [[client]] table.") }
            var client: [String: String] = [:]
            for key in table.keys {
                guard clientKeys.contains(key) else {
                    throw .at(reader.path, line: keyLine(key, after: line, in: text),
                              "unknown setting '\(key)' in [[client]]; known settings are: \(clientKeys.joined(separator: ", ")).")
                }
                if key == "pick", let pick = table[key]?.int {
                    guard (1...3).contains(pick) else { throw .at(reader.path, line: keyLine(key, after: line, in: text), "'pick' should be 1, 2 or 3, or your own statement in quotes.") }
                    client[key] = String(pick)
                } else if let string = table[key]?.string {
                    client[key] = string
                } else {
                    throw .at(reader.path, line: keyLine(key, after: line, in: text), "'\(key)' should be text in quotes.")
                }
            }
            clients.append(client)
        }
        return clients
    }

    /// The line of `key` in the table whose header is at `header`.
    private static func keyLine(_ key: String, after header: Int, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for number in header..<lines.count {
            let line = lines[number].trimmingSpaces()
            if line.hasPrefix("[") { break }
            if line.prefix(while: { $0 != "=" }).trimmingSpaces() == key { return number + 1 }
        }
        return header
    }
}
