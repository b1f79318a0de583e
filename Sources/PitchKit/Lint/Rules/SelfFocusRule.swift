/// METHOD.md 1: say what the listener's clients gain, not what you do. A pitch
/// full of "I" and "we" and short of "you" is about the speaker. The ask is
/// left out of the count: its "you" and "anh chị" are the room, asked for a
/// referral ("if you know anyone", "anh chị giới thiệu giúp em"), and its
/// "send them to me" says nothing about how the member talks of clients. Nor
/// is the member's own name ("my name is", "em là Lan", "ผมชื่อ"): every
/// intro must give it.
public struct SelfFocusRule: Rule {
    /// Its list's entries point at the speaker or at the listener and their
    /// clients, or give the speaker's name, which counts as neither.
    public static let kinds: Set<String>? = [selfKind, audienceKind, introductionKind]
    static let audienceKind = "audience"
    private static let selfKind = "self"
    private static let introductionKind = "introduction"

    let spec: RuleSpec
    private let list: WordListID
    /// The list whose entries make a sentence an ask (`[reads] asks`).
    private let asks: WordListID?

    private var selfWords = 0
    private var audienceWords = 0
    private var firstSelfWord: Range<Int>?

    public init(spec: RuleSpec) {
        self.spec = spec
        list = spec.list!
        asks = spec.reads["asks"]
    }

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        guard block.block.section != .ask else { return }
        let askSentences = block.sentences(with: asks)
        for match in block.matches(in: list) where !askSentences.contains(block.tokens[match.tokens.lowerBound].sentence) {
            switch match.entry.kind {
            case Self.selfKind:
                selfWords += 1
                if firstSelfWord == nil { firstSelfWord = block.byteRange(match.tokens) }
            case Self.audienceKind:
                audienceWords += 1
            default:
                continue
            }
        }
    }

    public mutating func finish(in context: LintContext, report: (Finding) -> Void) {
        let profile = context.profile
        guard let firstSelfWord, selfWords >= profile.selfFocusMinimum,
              Double(selfWords) > profile.selfFocusRatio * Double(audienceWords)
        else { return }
        report(Finding(
            rule: spec.id,
            range: firstSelfWord,
            message: context.profile.message(.selfFocus, ["self": String(selfWords), "audience": String(audienceWords)]),
            suggestion: context.profile.message(.selfFocusSuggestion)
        ))
    }
}
