/// METHOD.md 1: say what the listener's clients gain, not what you do. A pitch
/// full of "I" and "we" and short of "you" is about the speaker.
public struct SelfFocusRule: Rule {
    public static let description = RuleDescription(
        id: "self-focus",
        summary: "Talks about you (I, we, our) far more than about your clients (you, your).",
        defaultSeverity: .warning,
        triggering: [
            (.english, "I started my firm in 2010. We have a great team. Our office is downtown. I love my work."),
            (.thai, "ผมเปิดบริษัทมาสิบปี ผมมีทีมงานเยอะ ผมชอบงานนี้มาก ผมตั้งใจทำทุกวัน"),
            (.vietnamese, "Tôi mở công ty năm 2010. Tôi có đội ngũ giỏi. Tôi yêu công việc. Chúng tôi làm việc chăm chỉ."),
        ],
        nonTriggering: [
            (.english, "You get your evenings back: your books are done before you ask, and I handle the taxman."),
            (.thai, "คุณจะมีเวลาตอนเย็นคืนมา บัญชีของคุณเสร็จก่อนคุณถาม"),
            (.vietnamese, "Bạn có lại buổi tối: sổ sách của bạn xong trước khi bạn hỏi."),
        ]
    )

    private var selfWords = 0
    private var audienceWords = 0
    private var firstSelfWord: Range<Int>?

    public init() {}

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        for match in block.matches(in: .pronouns) {
            if match.entry.suggestion == "self" {
                selfWords += 1
                if firstSelfWord == nil { firstSelfWord = block.byteRange(match.tokens) }
            } else {
                audienceWords += 1
            }
        }
    }

    public mutating func finish(in context: LintContext, report: (Finding) -> Void) {
        let profile = context.profile
        guard let firstSelfWord, selfWords >= profile.selfFocusMinimum,
              Double(selfWords) > profile.selfFocusRatio * Double(audienceWords)
        else { return }
        report(Finding(
            rule: Self.description.id,
            range: firstSelfWord,
            message: context.profile.message("self_focus", ["self": String(selfWords), "audience": String(audienceWords)]),
            suggestion: context.profile.message("self_focus_suggestion")
        ))
    }
}
