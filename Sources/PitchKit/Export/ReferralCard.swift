import Foundation

/// What a fellow member needs to retell you in one breath (METHOD.md 7):
/// your name and business, who to refer and the moment they need you, your
/// benefit in one line, and how to reach you. In the pitch's language.
public struct ReferralCard: Sendable {
    public var name: String
    public var business: String?
    /// The trade a contacts app files you under: front matter `trade:`, else the business.
    public var trade: String?
    /// Who to refer, in the moment they need you: the ask without its frame.
    public var whoToRefer: String?
    /// The benefit statement.
    public var benefit: String?
    public var phone: String?
    public var email: String?
    public var web: String?
    private let texts: RotationTexts

    /// The card of an assembled intro; the contact lines come from the pitch's front matter.
    public init(intro: Intro, frontMatter: FrontMatter, texts: RotationTexts) throws(PitchError) {
        func field(_ key: String) -> String? { frontMatter[key].flatMap { $0.isEmpty ? nil : $0 } }
        guard let name = intro.name else { throw PitchError(texts.card(.noName)) }
        self.name = name
        business = intro.business
        trade = field("trade") ?? intro.business
        phone = field("phone")
        email = field("email")
        web = field("web")
        self.texts = texts
        // Whole parts, not first sentences: Thai marks no sentence end, and its
        // space-separated phrases would cut the statement from its result.
        whoToRefer = intro.parts.first { $0.kind == .ask }.flatMap { Self.whoToRefer(in: $0.text, texts: texts) }
        benefit = intro.parts.first { $0.kind == .benefit }?.text
    }

    /// The card's lines: title, who to refer, benefit, how to reach you (those it has).
    public var lines: [String] {
        let values = ["name": name, "business": business ?? ""]
        var lines = [texts.card(business == nil ? .nameOnly : .title, values)]
        if let whoToRefer { lines.append(texts.card(.refer, values.merging(["who": whoToRefer]) { $1 })) }
        if let benefit { lines.append(texts.card(.benefit, values.merging(["benefit": benefit]) { $1 })) }
        let contacts = [phone, email, web].compactMap { $0 }
        if !contacts.isEmpty {
            lines.append(texts.card(.reach, values.merging(["contacts": contacts.joined(separator: texts.card(.contactSeparator))]) { $1 }))
        }
        return lines
    }

    /// What a member should be told when the card has no one to refer.
    public var warning: String? { whoToRefer == nil ? texts.card(.noAsk) : nil }

    /// An ask without a known opening ("A good referral for me is"), cut
    /// where a known closing ("If you meet one...") starts.
    static func whoToRefer(in ask: String, texts: RotationTexts) -> String? {
        var text = ask
        // The opening first: a closing word may also occur inside one ("ฝากแนะนำ" in "อยากให้ช่วยแนะนำ").
        for opener in texts.askOpeners.sorted(by: { $0.count > $1.count }) {
            if let range = text.range(of: opener, options: [.caseInsensitive, .anchored]) {
                text = String(text[range.upperBound...])
                break
            }
        }
        for closer in texts.askClosers {
            if let range = text.range(of: closer, options: [.caseInsensitive]), range.lowerBound > text.startIndex {
                text = String(text[..<range.lowerBound])
            }
        }
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:!?…").union(.whitespacesAndNewlines))
        return trimmed.isEmpty ? nil : trimmed
    }
}
