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
        let profile = context.profile
        var statement: (start: Int, units: Int, phrases: Int)?
        for (index, sentence) in block.sentences.enumerated() {
            let units = block.units[sentence].reduce(0, +)
            let range = block.byteRange(sentence)
            if units > profile.longestSentence {
                report(tooLong(range, units: units, limit: profile.longestSentence, in: context))
            }
            if let longest = profile.longestStatement {
                var current = statement ?? (range.lowerBound, 0, 0)
                current.units += units
                current.phrases += 1
                statement = current
                let ends = index == block.sentences.count - 1 || profile.endsStatement(context.document.text(block.tokens[sentence.upperBound - 1].range))
                if ends {
                    // One phrase too long is already a long sentence.
                    if current.phrases > 1, current.units > longest {
                        report(tooLong(current.start..<range.upperBound, units: current.units, limit: longest, in: context))
                    }
                    statement = nil
                }
            }
            unitsSoFar += units
            if overTimeStart == nil, unitsSoFar > targetUnits { overTimeStart = range.lowerBound }
            lastOffset = range.upperBound
        }
    }

    /// A sentence or statement too long to follow: a warning, whatever the rule's severity (that is for running over time).
    private func tooLong(_ range: Range<Int>, units: Int, limit: Int, in context: LintContext) -> Finding {
        Finding(
            rule: spec.id,
            range: range,
            message: context.profile.message(.longSentence, ["units": String(units), "unit": context.unitName, "limit": String(limit)]),
            suggestion: context.profile.message(.longSentenceSuggestion),
            severity: .warning
        )
    }

    public mutating func finish(in context: LintContext, report: (Finding) -> Void) {
        let seconds = context.totalSeconds.wholeSeconds
        let target = context.targetSeconds.wholeSeconds
        guard let overTimeStart, seconds > target else { return }
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
