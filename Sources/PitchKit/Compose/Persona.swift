/// Who is speaking, and how: the Thai speaker pronoun and polite particle
/// (ผม … ครับ, ดิฉัน … ค่ะ), the Vietnamese self-reference and address of the
/// room (em … cả nhà), English I or we. Every part of the intro the tool
/// writes (greeting, statements, ask, close) speaks with it (METHOD.md 8).
public struct Speaker: Equatable, Sendable {
    /// The id in the language file (`[interview.persona.<id>]`).
    public let id: String
    /// The words templates use: `{self}`, `{my}`, `{me}`, `{particle}`, `{request}`, `{room}`, `{greeting}`, `{thanks}`.
    let words: [String: String]
    fileprivate let pronounSigns: [[String]]
    fileprivate let particleSigns: [[String]]

    static let wordKeys = ["self", "my", "me", "particle", "request", "room", "greeting", "thanks"]
}

/// A language's speakers and how the interview finds the user's, from `[interview.persona]`.
struct Persona: Sendable {
    let speakers: [Speaker]
    /// Whether to ask when the answers give no sign (a Thai intro needs its particle).
    let asks: Bool
    private let fallback: Speaker

    init(reader: TOMLReader) throws(PitchError) {
        guard let table = try reader.table("persona") else { throw PitchError("\(reader.path): needs an [interview.persona] table.") }
        guard let order = try reader.strings("speakers", in: table, section: "persona"), !order.isEmpty,
              let fallback = try reader.string("default", in: table, section: "persona") else {
            throw .at(reader.path, line: reader.line(of: "persona"), "[interview.persona] needs 'speakers' and 'default'.")
        }
        try reader.requireOnly(["ask", "speakers", "default"] + order, in: table, section: "persona")
        var speakers: [Speaker] = []
        for id in order {
            let section = "persona.\(id)"
            guard let speakerTable = try reader.table(id, in: table) else {
                throw .at(reader.path, line: reader.line(of: "speakers", in: "persona"), "speaker '\(id)' needs an [interview.\(section)] table.")
            }
            try reader.requireOnly(Speaker.wordKeys + ["pronoun_signs", "particle_signs"], in: speakerTable, section: section)
            var words: [String: String] = [:]
            for key in Speaker.wordKeys {
                guard let word = try reader.string(key, in: speakerTable, section: section) else {
                    throw .at(reader.path, line: reader.line(of: section), "[interview.\(section)] needs '\(key)'.")
                }
                words[key] = word
            }
            func signs(_ key: String) throws(PitchError) -> [[String]] {
                (try reader.strings(key, in: speakerTable, section: section) ?? []).map { Words($0).words.map(\.folded) }
            }
            speakers.append(Speaker(id: id, words: words, pronounSigns: try signs("pronoun_signs"), particleSigns: try signs("particle_signs")))
        }
        guard let fallbackSpeaker = speakers.first(where: { $0.id == fallback }) else {
            throw .at(reader.path, line: reader.line(of: "default", in: "persona"), "[interview.persona] default '\(fallback)' is not one of its speakers.")
        }
        self.speakers = speakers
        self.fallback = fallbackSpeaker
        asks = try reader.bool("ask", in: table, section: "persona") ?? false
    }

    /// The speaker the answers show: a pronoun in what the user says of
    /// themselves (`own`: "ผมชื่อ…", "em tên là", "we rewired"), else a
    /// particle anywhere (`all`: "…ค่ะ"). The client's story is left out of
    /// `own`: its "em" is often a child, its "we" a family.
    func speaker(own: [String], all: [String]) -> Speaker? {
        func shown(_ texts: [String], _ signs: KeyPath<Speaker, [[String]]>) -> Speaker? {
            let words = texts.map { Words($0) }
            // The first speaker listed wins: "we" before "I", so a firm whose owner says "I'm" is a firm.
            return speakers.first { speaker in speaker[keyPath: signs].contains { sign in words.contains { $0.contains(sign) } } }
        }
        return shown(own, \.pronounSigns) ?? shown(all, \.particleSigns)
    }

    /// The speaker a pronoun and a particle name (either may be nil), as an
    /// `--answers` file or the persona question gives them.
    func speaker(pronoun: String?, particle: String?) -> Speaker? {
        let pronounWords = pronoun.map { Words($0) }
        let particleWords = particle.map { Words($0) }
        return speakers.first { speaker in
            (pronounWords.map { words in speaker.pronounSigns.contains { words.contains($0) } } ?? true)
                && (particleWords.map { words in speaker.particleSigns.contains { words.contains($0) } } ?? true)
        }
    }

    /// The speaker when nothing shows one.
    var defaultSpeaker: Speaker { fallback }
}
