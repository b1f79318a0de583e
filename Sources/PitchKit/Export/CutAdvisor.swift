/// When an intro runs over its target: which sentences to cut or shorten
/// first. The cost of a sentence is its speaking time; its benefit is lower
/// when the linter found jargon, blandness or other trouble in it (METHOD.md 2).
public struct CutAdvisor {
    public struct Suggestion: Equatable, Sendable {
        public var part: IntroPart
        public var label: String
        public var sentence: IntroSentence
        /// 1-based line of the sentence in the pitch file.
        public var line: Int
        public var seconds: Double
        /// Ids of the rules that found something in the sentence.
        public var rules: [String]
    }

    /// Sentences to cut first, best candidates first, until they add up to
    /// the time over (at most `limit`).
    public static func suggestions(for intro: Intro, document: PitchDocument, diagnostics: [Diagnostic], limit: Int = 5) -> [Suggestion] {
        var chosen: [Suggestion] = []
        var saved = 0.0
        for suggestion in ranked(for: intro, document: document, diagnostics: diagnostics) where chosen.count < limit && saved < Double(intro.secondsOver) {
            chosen.append(suggestion)
            saved += suggestion.seconds
        }
        return chosen
    }

    /// Every sentence that could be cut, best candidates first. Your name is
    /// never suggested: it is the one thing the room must keep.
    public static func ranked(for intro: Intro, document: PitchDocument, diagnostics: [Diagnostic]) -> [Suggestion] {
        let lines = document.original.withUnsafeBufferPointer { LineIndex($0) }
        var candidates: [(suggestion: Suggestion, score: Double)] = []
        document.original.withUnsafeBufferPointer { original in
            for part in intro.parts where part.kind != .nameAndBusiness && part.kind != .nameAgain {
                for sentence in part.sentences {
                    guard let range = sentence.range else { continue }
                    let start = lines.position(of: range.lowerBound, in: original)
                    let end = lines.position(of: max(range.upperBound - 1, range.lowerBound), in: original)
                    // Only findings inside the sentence: the whole-pitch "too long" finding is not about it.
                    let rules = diagnostics.filter {
                        SourcePosition(line: $0.line, column: $0.column) >= start
                            && SourcePosition(line: $0.endLine, column: $0.endColumn) <= end
                    }.map(\.rule)
                    let seconds = intro.timing.seconds(forUnits: sentence.units)
                    let suggestion = Suggestion(
                        part: part.kind, label: part.label, sentence: sentence, line: start.line,
                        seconds: seconds, rules: Array(Set(rules)).sorted()
                    )
                    candidates.append((suggestion, seconds * Double(1 + rules.count)))
                }
            }
        }
        candidates.sort { $0.score > $1.score || ($0.score == $1.score && $0.suggestion.line < $1.suggestion.line) }
        return candidates.map(\.suggestion)
    }
}
