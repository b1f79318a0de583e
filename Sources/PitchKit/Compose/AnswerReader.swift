/// What an answer says once read: its own words without the lead-in, the
/// subject pronoun, the particles and the closing punctuation the user typed.
public struct ReadAnswer: Equatable, Sendable {
    /// How the words can join a sentence.
    public enum Shape: Equatable, Sendable {
        /// Starts with its verb: "had a shoebox of receipts", "ได้เวลาคืน".
        case predicate
        /// Has a subject of its own: "the job took one day", "ยอดขายเพิ่มขึ้น".
        case clause
        /// Names a thing, no verb: "zero complaints in six months".
        case noun
    }

    public var text: String
    public var shape: Shape
    /// The pronoun the user began with ("she", "เขา", "chị ấy"), which the story says again.
    public var subject: String?

    public var isEmpty: Bool { text.isEmpty }
}

/// Which answer is being read: each has lead-ins of its own ("I'm", "It's called", "She was").
enum AnswerKind: String, CaseIterable, Sendable {
    case name, business, ideal, client, before, did, after, ask
    /// The hook and the number: read for particles and punctuation only.
    case plain
}

/// How one language reads answers, from `[interview.reading]` in its file:
/// every word list is data, so a new language brings its own.
struct AnswerReader: Sendable {
    private let fillers: [[String]]
    private let leadIns: [AnswerKind: [[String]]]
    private let clientSubjects: [[String]]
    private let speakerSubjects: [[String]]
    private let particles: [[String]]
    /// The particles as typed, for the one the word breaker leaves inside a word ("ย้อนหลังครับ").
    private let particleTexts: [String]
    private let nonAnswers: [[String]]
    private let numberWords: [[String]]
    private let predicateStarts: [[String]]
    private let relativeMarkers: [[String]]
    /// What people add after what they did that only points back at the client ("for her", "cho chị").
    private let didEndings: [[String]]
    private let grammar: Grammar

    static let keys = ["fillers", "lead_ins", "client_subjects", "speaker_subjects", "particles", "non_answers",
                       "number_words", "predicate_starts", "relative_markers", "did_endings"]
    /// What ends a typed answer but not a spoken part of a sentence.
    private static let closingPunctuation: Set<Character> = [".", "!", "。", "…", ",", ";", ":", "\"", "“", "”", "'", "ฯ"]

    /// The language's own script, whose particles may be typed straight onto a word.
    private let letters: ScriptLetters

    init(reader: TOMLReader, grammar: Grammar, letters: ScriptLetters) throws(PitchError) {
        self.letters = letters
        guard let table = try reader.table("reading") else { throw PitchError("\(reader.path): needs an [interview.reading] table.") }
        try reader.requireOnly(Self.keys, in: table, section: "reading")
        func list(_ key: String) throws(PitchError) -> [[String]] {
            guard let phrases = try reader.strings(key, in: table, section: "reading") else {
                throw .at(reader.path, line: reader.line(of: "reading"), "[interview.reading] needs '\(key)'.")
            }
            return phrases.map { Words($0).words.map(\.folded) }.filter { !$0.isEmpty }
        }
        fillers = try list("fillers")
        clientSubjects = try list("client_subjects")
        speakerSubjects = try list("speaker_subjects")
        particles = try list("particles")
        particleTexts = (try reader.strings("particles", in: table, section: "reading") ?? []).sorted { $0.count > $1.count }
        nonAnswers = try list("non_answers")
        numberWords = try list("number_words")
        predicateStarts = try list("predicate_starts")
        relativeMarkers = try list("relative_markers")
        didEndings = try list("did_endings")
        guard let leadInTable = try reader.table("lead_ins", in: table) else {
            throw .at(reader.path, line: reader.line(of: "reading"), "[interview.reading] needs a lead_ins table.")
        }
        let kinds = AnswerKind.allCases.filter { $0 != .plain }
        try reader.requireOnly(kinds.map(\.rawValue), in: leadInTable, section: "reading.lead_ins")
        var leadIns: [AnswerKind: [[String]]] = [:]
        for kind in kinds {
            let phrases = try reader.strings(kind.rawValue, in: leadInTable, section: "reading.lead_ins") ?? []
            leadIns[kind] = phrases.map { Words($0).words.map(\.folded) }.filter { !$0.isEmpty }
        }
        self.leadIns = leadIns
        self.grammar = grammar
    }

    /// Reads one answer as the part of the story (or intro) it is.
    func read(_ answer: String, as kind: AnswerKind) -> ReadAnswer {
        // The particles go first: "ผมชื่อสมชายครับ" and "Dạ, em tên là Minh ạ" then read like any other answer.
        let words = Words(withoutParticles(answer))
        var subject: String?
        var start = 0
        // Repeated, so "Hi, I'm I'm Kwame" and "well, basically she had" lose every lead-in.
        var progressed = true
        while progressed, start < words.words.count {
            progressed = false
            for phrases in [fillers, leadIns[kind] ?? []] {
                if let length = words.longestMatch(phrases, at: start) {
                    start += length
                    progressed = true
                }
            }
            let subjects = switch kind {
            case .before, .after: clientSubjects
            case .did: speakerSubjects
            default: [[String]]()
            }
            if let length = words.longestMatch(subjects, at: start) {
                if kind != .did { subject = words.words[start..<start + length].map(\.folded).joined(separator: " ") }
                start += length
                progressed = true
            }
        }
        var text = Self.trimmed(words.text(from: start))
        if kind == .did { text = withoutClientEnding(text) }
        let rest = Words(text)
        // A name keeps its capitals; any other part goes inside a sentence.
        let cased = kind == .name || kind == .business ? text : grammar.sentenceCase(text)
        return ReadAnswer(text: cased, shape: shape(of: rest, kind: kind), subject: subject)
    }

    /// The answer without the particles and the punctuation around it, where every
    /// reading starts; how a phone number, email or web address is read
    /// ("081 234 5678 ครับ", "ann@lee.com."), its letters as typed.
    func withoutParticles(_ answer: String) -> String {
        Self.trimmed(removingParticles(Words(Self.trimmed(answer))))
    }

    /// Whether the answer says no more than "not sure" or "ไม่แน่ใจค่ะ".
    func isNonAnswer(_ answer: String) -> Bool {
        let words = Words(withoutParticles(answer))
        var start = 0
        while let length = words.longestMatch(fillers, at: start) { start += length }
        guard let length = words.longestMatch(nonAnswers, at: start) else { return false }
        return start + length == words.words.count
    }

    /// Whether the answer has words or digits at all ("." and "-" have none).
    func hasWords(_ answer: String) -> Bool {
        !Words(answer).isEmpty
    }

    /// Whether the answer names a number, in digits or in words ("six", "หนึ่งเดือน", "mười ký").
    func hasNumberWord(_ answer: String) -> Bool {
        let words = Words(answer)
        return words.words.indices.contains { words.longestMatch(numberWords, at: $0) != nil }
    }

    /// Whether a client description already carries a relative clause ("a family who just bought a house").
    func hasRelativeClause(_ client: String) -> Bool {
        relativeMarker(in: Words(client)) != nil
    }

    /// What the speaker did without an ending that only points back at the client:
    /// "set up books for her" → "set up books" (also once a long answer is cut short).
    func withoutClientEnding(_ did: String) -> String {
        let words = Words(did)
        let ending = didEndings.first { ending in words.words.count > ending.count && words.match(ending, at: words.words.count - ending.count) != nil }
        guard let ending else { return did }
        return Self.trimmed(words.text(before: words.words.count - ending.count))
    }

    /// A client description without its relative clause: "a family who just bought a house" → "a family".
    func withoutRelativeClause(_ client: String) -> String {
        let words = Words(client)
        guard let marker = relativeMarker(in: words) else { return client }
        return Self.trimmed(words.text(before: marker))
    }

    /// Where a relative clause starts, after the description's first word.
    private func relativeMarker(in words: Words) -> Int? {
        words.words.indices.dropFirst().first { words.longestMatch(relativeMarkers, at: $0) != nil }
    }

    private func shape(of words: Words, kind: AnswerKind) -> ReadAnswer.Shape {
        guard [.before, .did, .after].contains(kind), !words.isEmpty else { return .clause }
        if words.longestMatch(predicateStarts, at: 0) != nil || grammar.isVerb(words.words[0].folded) { return .predicate }
        let hasVerb = words.words.contains { grammar.isVerb($0.folded) }
        // Where the grammar knows its verbs, words without one name a thing: "zero complaints in six months".
        if grammar.knowsVerbs && !hasVerb { return .noun }
        // What the speaker did has no subject of its own: it starts with its verb.
        return kind == .did ? .predicate : .clause
    }

    private func removingParticles(_ words: Words) -> String {
        var removed = Set<Int>()
        var index = 0
        while index < words.words.count {
            if let length = words.longestMatch(particles, at: index) {
                removed.formUnion(index..<index + length)
                index += length
            } else {
                index += 1
            }
        }
        var text = Self.trimmed(words.removing(removed))
        // A particle typed straight onto a word of the language's script (Thai "…ครับ") ends the text: only the letters before it stay.
        while let particle = particleTexts.first(where: { text.hasSuffix($0) && text.count > $0.count && $0.first.map(letters.contains) == true }) {
            text = Self.trimmed(String(text.dropLast(particle.count)))
        }
        return text
    }

    /// The answer without surrounding spaces, quotes and closing punctuation ("..", "!").
    static func trimmed(_ answer: String) -> String {
        var text = Substring(answer.collapsingSpaces())
        while let last = text.last, closingPunctuation.contains(last) || last == " " { text.removeLast() }
        while let first = text.first, closingPunctuation.contains(first) || first == " " { text.removeFirst() }
        return String(text)
    }
}
