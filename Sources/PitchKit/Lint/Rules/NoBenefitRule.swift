/// METHOD.md 1 and 2: talk benefit, not description. A statement can have no
/// wrong word and still say nothing a client gains ("I do bookkeeping and take
/// care of taxes"), so this looks for a result: a change, a purpose ("so that"),
/// or a number (an entry of its list, or digits). It reads the `## Benefit` part
/// if there is one, else the whole pitch.
public struct NoBenefitRule: Rule {
    /// What each entry of its list marks: a purpose ("so that"), a change, a result, a number word.
    public static let kinds: Set<String>? = ["purpose", "change", "result", numberKind]
    /// Number words ("half", "ครึ่ง"), which the interview also looks for in a result.
    public static let numberKind = "number"

    let spec: RuleSpec
    private let list: WordListID

    private var foundResult = false
    private var firstSentence: Range<Int>?

    public init(spec: RuleSpec) {
        self.spec = spec
        list = spec.list!
    }

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        guard !foundResult, Self.isInScope(block.block, context.document), let sentence = block.sentences.first else { return }
        if firstSentence == nil { firstSentence = block.byteRange(sentence) }
        foundResult = !block.matches(in: list).isEmpty
            || block.tokens.contains { $0.kind == .number }
    }

    public mutating func finish(in context: LintContext, report: (Finding) -> Void) {
        guard !foundResult, let firstSentence else { return }
        report(Finding(
            rule: spec.id,
            range: firstSentence,
            message: context.profile.message(.noBenefit),
            suggestion: context.profile.message(.noBenefitSuggestion)
        ))
    }

    private static func isInScope(_ block: PitchDocument.Block, _ document: PitchDocument) -> Bool {
        block.section == .benefit || !document.blocks.contains { $0.section == .benefit }
    }
}
