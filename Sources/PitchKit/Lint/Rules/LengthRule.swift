/// METHOD.md 2: "Too long: people do not remember it." The pitch must fit its
/// time (an error), and each sentence must fit a breath (a warning).
public struct LengthRule: Rule {
    public static let description = RuleDescription(
        id: "length",
        summary: "The pitch runs over its target time, or a sentence is too long to follow.",
        defaultSeverity: .error,
        triggering: [
            (.english, "I help small shops and cafes and bakeries and restaurants in the old town who are tired of paperwork and late payments and unhappy suppliers to get their evenings back by taking over their books."),
            (.thai, "ผมช่วยเจ้าของร้านอาหารและร้านกาแฟและร้านเบเกอรี่ในเมืองที่เหนื่อยกับเอกสารและการจ่ายเงินล่าช้าและซัพพลายเออร์ที่ไม่พอใจให้ได้เวลาตอนเย็นกลับคืนมาโดยดูแลบัญชีทั้งหมดให้"),
            (.vietnamese, "Tôi giúp các chủ quán cà phê và tiệm bánh và nhà hàng nhỏ trong thành phố đang mệt mỏi vì giấy tờ và những khoản thanh toán trễ hạn và các nhà cung cấp không hài lòng có lại buổi tối của mình bằng cách lo hết sổ sách cho họ."),
        ],
        nonTriggering: [
            (.english, "I help cafe owners get their evenings back."),
            (.thai, "ผมช่วยเจ้าของร้านกาแฟให้มีเวลาตอนเย็น"),
            (.vietnamese, "Tôi giúp chủ quán cà phê có lại buổi tối."),
        ]
    )

    /// Where the running time first passes the target, to show where to cut.
    private var overTimeStart: Int?
    private var unitsSoFar = 0
    private var lastOffset = 0

    public init() {}

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        let targetUnits = context.timing.units(inSeconds: context.targetSeconds)
        for sentence in block.sentences {
            let units = block.units[sentence].reduce(0, +)
            let range = block.byteRange(sentence)
            if units > context.profile.longestSentence {
                report(Finding(
                    rule: Self.description.id,
                    range: range,
                    message: context.profile.message("long_sentence", [
                        "units": String(units), "unit": context.unitName, "limit": String(context.profile.longestSentence),
                    ]),
                    suggestion: context.profile.message("long_sentence_suggestion")
                ))
            }
            unitsSoFar += units
            if overTimeStart == nil, unitsSoFar > targetUnits { overTimeStart = range.lowerBound }
            lastOffset = range.upperBound
        }
    }

    public mutating func finish(in context: LintContext, report: (Finding) -> Void) {
        guard let overTimeStart, context.totalSeconds > context.targetSeconds else { return }
        let seconds = Int(context.totalSeconds.rounded(.up))
        let target = Int(context.targetSeconds)
        let excessUnits = context.totalUnits - context.timing.units(inSeconds: context.targetSeconds)
        report(Finding(
            rule: Self.description.id,
            range: overTimeStart..<lastOffset,
            message: context.profile.message("over_time", ["seconds": String(seconds), "target": String(target)]),
            suggestion: context.profile.message("over_time_suggestion", [
                "over": String(seconds - target), "excess": String(excessUnits), "unit": context.unitName,
            ])
        ))
    }
}
