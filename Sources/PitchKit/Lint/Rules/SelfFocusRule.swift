/// METHOD.md 1: say what the listener's clients gain, not what you do. A pitch
/// full of "I" and "we" and short of "you" is about the speaker.
public struct SelfFocusRule: Rule {
    /// Its list's entries point at the speaker or at the listener and their clients.
    public static let kinds: Set<String>? = [selfKind, audienceKind]
    static let audienceKind = "audience"
    private static let selfKind = "self"

    let spec: RuleSpec
    private let list: WordListID

    private var selfWords = 0
    private var audienceWords = 0
    private var firstSelfWord: Range<Int>?

    public init(spec: RuleSpec) {
        self.spec = spec
        list = spec.list!
    }

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        for match in block.matches(in: list) {
            if match.entry.kind == Self.selfKind {
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
            rule: spec.id,
            range: firstSelfWord,
            message: context.profile.message(.selfFocus, ["self": String(selfWords), "audience": String(audienceWords)]),
            suggestion: context.profile.message(.selfFocusSuggestion)
        ))
    }
}
