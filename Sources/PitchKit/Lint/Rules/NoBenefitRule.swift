/// METHOD.md 1 and 2: talk benefit, not description. A statement can have no
/// wrong word and still say nothing a client gains ("I do bookkeeping and take
/// care of taxes"), so this looks for a result: a change, a purpose ("so that"),
/// or a number. It reads the `## Benefit` part if there is one, else the whole pitch.
public struct NoBenefitRule: Rule {
    public static let description = RuleDescription(
        id: "no-benefit",
        summary: "Names what you do but not what your client gains: no change, no number, no \"so that\".",
        defaultSeverity: .error,
        triggering: [
            (.english, "I do bookkeeping and take care of taxes."),
            (.thai, "ฉันทำบัญชี ดูแลเรื่องภาษี"),
            (.vietnamese, "Tôi làm kế toán và lo giấy tờ thuế."),
        ],
        nonTriggering: [
            (.english, "I plan your paperwork carefully so that you really pay less tax."),
            (.thai, "ฉันวางแผนเรื่องเอกสารทางบัญชีอย่างฉลาดและรัดกุม ทำให้เสียภาษีน้อยลงได้จริง"),
            (.vietnamese, "Tôi lo sổ sách để bạn đóng thuế ít hơn mỗi năm."),
        ]
    )

    private var foundResult = false
    private var firstSentence: Range<Int>?

    public init() {}

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        guard !foundResult, Self.isInScope(block.block, context.document), let sentence = block.sentences.first else { return }
        if firstSentence == nil { firstSentence = block.byteRange(sentence) }
        foundResult = !block.matches(in: .benefit).isEmpty
            || block.tokens.contains { $0.kind == .number }
    }

    public mutating func finish(in context: LintContext, report: (Finding) -> Void) {
        guard !foundResult, let firstSentence else { return }
        report(Finding(
            rule: Self.description.id,
            range: firstSentence,
            message: context.profile.message("no_benefit"),
            suggestion: context.profile.message("no_benefit_suggestion")
        ))
    }

    private static func isInScope(_ block: PitchDocument.Block, _ document: PitchDocument) -> Bool {
        block.section == .benefit || !document.blocks.contains { $0.section == .benefit }
    }
}
