/// A rule that flags every phrase of one word list, Vale's "existence" and
/// "substitution" styles: the list is data, the rule only words the message.
public protocol WordListRule: Rule {
    static var list: WordListName { get }
    /// The parts of an intro the rule reads; nil for all of them.
    static var sections: Set<Section>? { get }
    /// The key of the rule's message in each language's `[messages]`.
    static var messageKey: String { get }
    static func suggestion(for entry: WordListEntry, in profile: LanguageProfile) -> String
}

extension WordListRule {
    public static var sections: Set<Section>? { nil }

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        if let sections = Self.sections, !sections.contains(block.block.section) { return }
        for match in block.matches(in: Self.list) {
            let range = block.byteRange(match.tokens)
            report(Finding(
                rule: Self.description.id,
                range: range,
                message: context.profile.message(Self.messageKey, text: context.document.text(range)),
                suggestion: Self.suggestion(for: match.entry, in: context.profile)
            ))
        }
    }

    /// List advice is written as a fragment ("cut it"); shown, it reads as a sentence.
    public static func suggestion(for entry: WordListEntry, in profile: LanguageProfile) -> String {
        var text = entry.suggestion
        if let first = text.first, first.isLowercase {
            text = first.uppercased() + text.dropFirst()
        }
        if let last = text.last, !".!?…\"”)".contains(last) { text += "." }
        return text
    }
}

/// METHOD.md 2: "Too much jargon: people cannot follow and stop listening."
public struct JargonRule: WordListRule {
    public static let list = WordListName.jargon
    public static let description = RuleDescription(
        id: "jargon",
        summary: "Insider words that make listeners stop following. Say it the way your clients would.",
        defaultSeverity: .warning,
        triggering: [
            (.english, "We leverage synergy to deliver end-to-end solutions."),
            (.thai, "ผมทำ IT consult ครับ"),
            (.vietnamese, "Chúng tôi cung cấp giải pháp chuyển đổi số cho doanh nghiệp."),
        ],
        nonTriggering: [
            (.english, "I keep your computers working every day, so emails always go out."),
            (.thai, "ผมดูแลคอมพิวเตอร์ให้ทำงานได้ตลอดทุกวัน ปัญหาส่งเมลไม่ได้ พิมพ์เอกสารไม่ได้ จะหมดไป"),
            (.vietnamese, "Tôi giúp quán cà phê có thêm khách quen mỗi tuần."),
        ]
    )

    public init() {}

    public static let messageKey = "jargon"

    public static func suggestion(for entry: WordListEntry, in profile: LanguageProfile) -> String {
        profile.message("jargon_suggestion", ["suggestion": entry.suggestion])
    }
}

/// METHOD.md 2: "Too ordinary: nobody sees why you are good, because everyone says the same thing."
public struct BlandRule: WordListRule {
    public static let list = WordListName.bland
    public static let description = RuleDescription(
        id: "bland",
        summary: "Claims everyone makes, so nobody remembers them. Name a real result instead.",
        defaultSeverity: .warning,
        triggering: [
            (.english, "We offer quality service at competitive prices."),
            (.thai, "บริษัทเราเป็นมืออาชีพ บริการครบวงจร"),
            (.vietnamese, "Công ty chúng tôi uy tín và chuyên nghiệp."),
        ],
        nonTriggering: [
            (.english, "Last month a bakery cut its delivery costs by a third with my routes."),
            (.thai, "ฉันวางแผนเรื่องเอกสารทางบัญชีอย่างฉลาดและรัดกุม ทำให้เสียภาษีน้อยลงได้จริง"),
            (.vietnamese, "Tôi giúp chủ tiệm giảm một nửa thời gian làm sổ sách."),
        ]
    )

    public init() {}

    public static let messageKey = "bland"
}

/// Filler and hedges make a speaker sound unsure (METHOD.md 2: simple, to the point).
public struct FillerRule: WordListRule {
    public static let list = WordListName.filler
    public static let description = RuleDescription(
        id: "filler",
        summary: "Filler and hedges that make you sound unsure. Cut them or say it firmly.",
        defaultSeverity: .warning,
        triggering: [
            (.english, "I basically help people with their books, kind of."),
            (.thai, "แบบว่าผมก็ช่วยดูแลบ้านให้ลูกค้า"),
            (.vietnamese, "Thật ra thì tôi làm về quảng cáo."),
        ],
        nonTriggering: [
            (.english, "I help builders get paid on time."),
            (.thai, "ผมช่วยให้เจ้าของบ้านได้บ้านเสร็จตรงเวลา"),
            (.vietnamese, "Tôi giúp nhà hàng có thêm khách mỗi tuần."),
        ]
    )

    public init() {}

    public static let messageKey = "filler"
}

/// METHOD.md 5: promising what you cannot deliver destroys trust.
public struct OverpromiseRule: WordListRule {
    public static let list = WordListName.overpromise
    public static let description = RuleDescription(
        id: "overpromise",
        summary: "Promises nobody can be sure of (\"guaranteed\", \"100%\"), which cost trust.",
        defaultSeverity: .warning,
        triggering: [
            (.english, "Results guaranteed, 100% of the time."),
            (.thai, "เรารับประกันผลลัพธ์ 100%"),
            (.vietnamese, "Chúng tôi cam kết hiệu quả 100%."),
        ],
        nonTriggering: [
            (.english, "Most of my clients see their first new customer within a month."),
            (.thai, "ลูกค้าส่วนใหญ่ของผมได้ลูกค้าใหม่ภายในหนึ่งเดือน"),
            (.vietnamese, "Phần lớn khách hàng của tôi có đơn mới trong vòng một tháng."),
        ]
    )

    public init() {}

    public static let messageKey = "overpromise"
}
