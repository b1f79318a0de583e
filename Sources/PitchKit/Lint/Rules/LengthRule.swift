/// METHOD.md 2: "Too long: people do not remember it." The pitch must fit its
/// time, and each sentence must fit a breath (`longest_sentence` in the language's `[rules]`).
public struct LengthRule: Rule {
    let spec: RuleSpec

    /// Where the running time first passes the target, to show where to cut.
    private var overTimeStart: Int?
    private var unitsSoFar = 0
    private var lastOffset = 0

    public init(spec: RuleSpec) {
        self.spec = spec
    }

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        let targetUnits = context.timing.units(inSeconds: context.targetSeconds)
        for sentence in block.sentences {
            let units = block.units[sentence].reduce(0, +)
            let range = block.byteRange(sentence)
            if units > context.profile.longestSentence {
                report(Finding(
                    rule: spec.id,
                    range: range,
                    message: context.profile.message(.longSentence, [
                        "units": String(units), "unit": context.unitName, "limit": String(context.profile.longestSentence),
                    ]),
                    suggestion: context.profile.message(.longSentenceSuggestion)
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
            rule: spec.id,
            range: overTimeStart..<lastOffset,
            message: context.profile.message(.overTime, ["seconds": String(seconds), "target": String(target)]),
            suggestion: context.profile.message(.overTimeSuggestion, [
                "over": String(seconds - target), "excess": String(excessUnits), "unit": context.unitName,
            ])
        ))
    }
}
