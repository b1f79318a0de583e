/// One client story a weekly intro can feature (METHOD.md 7): its benefit
/// statement, the story and its own specific ask, with an optional topic
/// label such as "tax season". Texts are Markdown, as in a pitch file.
public struct Feature: Equatable, Sendable, Codable {
    /// 1, 2, 3...: feature 1 is the pitch's own text, the others are stored or come from its interview.
    public var number: Int
    public var topic: String?
    public var benefit: String
    public var story: String
    public var ask: String

    public init(number: Int, topic: String? = nil, benefit: String, story: String, ask: String) {
        self.number = number
        self.topic = topic.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0.trimmingSpaces() }
        self.benefit = benefit
        self.story = story
        self.ask = ask
    }

    /// The feature a pitch file holds: its benefit, story and ask sections, and front matter `topic:`.
    public init(number: Int, document: PitchDocument) {
        let parts = PitchParts(document)
        self.init(number: number, topic: document.frontMatter["topic"], benefit: parts[.benefit], story: parts[.story], ask: parts[.ask])
    }

    /// The parts of the intro a feature replaces from week to week.
    static let parts: [IntroPart] = [.benefit, .story, .ask]
}

/// A pitch file's text for each part of the intro, as written. Text under a
/// heading pitchcoach does not know stays with the part before it, as
/// `IntroAssembler` times it.
struct PitchParts {
    private var texts: [IntroPart: [String]] = [:]

    init(_ document: PitchDocument) {
        var current = IntroPart.nameAndBusiness
        for block in document.blocks {
            if let part = IntroPart(section: block.section) { current = part }
            texts[current, default: []].append(document.text(block.range))
        }
    }

    subscript(part: IntroPart) -> String { (texts[part] ?? []).joined(separator: "\n\n") }

    /// The pitch with `feature`'s benefit, story and ask in place of its own:
    /// the intro of the week that feature is given. Front matter, opening,
    /// hook and closing are the pitch's.
    static func text(of document: PitchDocument, featuring feature: Feature, headings: [Section: [String]]) -> String {
        let parts = PitchParts(document)
        let fields = document.frontMatter.fields.sorted { $0.value.line < $1.value.line }
        var text = fields.isEmpty ? "" : "---\n" + fields.map { "\($0.key): \($0.value.value)\n" }.joined() + "---\n"
        for part in IntroPart.allCases {
            let body = Feature.parts.contains(part) ? feature[part] : parts[part]
            guard !body.isEmpty else { continue }
            let heading = headings[part.section]?.first ?? part.section.rawValue
            text += "\n## \(heading)\n\n\(body)\n"
        }
        return text
    }
}

extension Feature {
    subscript(part: IntroPart) -> String {
        switch part {
        case .benefit: benefit
        case .story: story
        case .ask: ask
        default: ""
        }
    }
}
