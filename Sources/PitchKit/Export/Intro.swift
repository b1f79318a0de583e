/// The parts of a 60-second intro, in the order they are said (METHOD.md 3):
/// who you are, what clients gain, a real client story, a specific ask, an
/// optional memory hook, and your name again so the room remembers it.
public enum IntroPart: String, CaseIterable, Codable, Sendable {
    case nameAndBusiness = "name-and-business"
    case benefit
    case story
    case ask
    case hook
    case nameAgain = "name-again"

    /// A memory hook helps, but an intro is complete without one.
    public var isOptional: Bool { self == .hook }

    /// The pitch-file section that holds this part's text.
    public var section: Section {
        switch self {
        case .nameAndBusiness: .opening
        case .benefit: .benefit
        case .story: .story
        case .ask: .ask
        case .hook: .hook
        case .nameAgain: .closing
        }
    }

    /// The part a section's text belongs to; nil for a heading pitchcoach does not know.
    init?(section: Section) {
        guard let part = IntroPart.allCases.first(where: { $0.section == section }) else { return nil }
        self = part
    }

    /// The key naming this part in `[templates.*]` of each language file.
    var templateKey: String { rawValue.replacingOccurrences(of: "-", with: "_") }
}

/// A sentence of the intro with its estimated speaking time.
public struct IntroSentence: Equatable, Sendable {
    /// The spoken text, whitespace collapsed.
    public var text: String
    /// Words (English) or syllables (Thai, Vietnamese).
    public var units: Int
    /// Byte range in the pitch file; nil for text pitchcoach generated.
    public var range: Range<Int>?
    /// The sentence cut at its commas, for captions short enough to read at a glance.
    public var phrases: [Phrase]

    public struct Phrase: Equatable, Sendable {
        public var text: String
        public var units: Int
    }
}

/// A 60-second intro in its parts, each timed by the same model the linter uses.
public struct Intro: Sendable {
    public struct Part: Sendable {
        public var kind: IntroPart
        /// What the script, cue card and rehearsal call this part, in the pitch's language.
        public var label: String
        public var sentences: [IntroSentence]
        /// True when pitchcoach wrote the text from the front matter's name and business.
        public var isGenerated: Bool
        /// Units spoken before this part starts.
        public var unitsBefore: Int

        public var text: String { sentences.map(\.text).joined(separator: " ") }
        public var units: Int { sentences.reduce(0) { $0 + $1.units } }
    }

    public var language: Language
    public var name: String?
    public var business: String?
    public var timing: SpeakingTime
    public var targetSeconds: Double
    public var parts: [Part]
    /// Parts the intro should have and does not, in speaking order.
    public var missing: [IntroPart]
    /// The words the script, the cue card and the rehearsal add, in the intro's language.
    public var templates: IntroTemplates
    /// What the time is counted in ("words", "พยางค์"), in the intro's language.
    public var unitName: String

    public var totalUnits: Int { parts.reduce(0) { $0 + $1.units } }
    public var totalSeconds: Double { timing.seconds(forUnits: totalUnits) }
    /// The same test `lint` makes for its `length` error.
    public var isOverTarget: Bool { secondsOver > 0 }
    /// Whole seconds to cut to fit the target; 0 when it fits.
    public var secondsOver: Int { max(0, totalSeconds.wholeSeconds - targetSeconds.wholeSeconds) }

    /// Start and end of a part, in seconds from the beginning.
    public func span(of part: Part) -> (start: Double, end: Double) {
        (timing.seconds(forUnits: part.unitsBefore), timing.seconds(forUnits: part.unitsBefore + part.units))
    }
}
