/// METHOD.md 1: say what the listener's clients gain, not what you do. A pitch
/// full of "I" and "we" and short of "you" is about the speaker. The ask is
/// left out of the count: its "you" and "anh chị" are the room, asked for a
/// referral ("if you know anyone", "anh chị giới thiệu giúp em"), and its
/// "send them to me" says nothing about how the member talks of clients. Nor
/// is the member's own name ("my name is", "em là Lan", "ผมชื่อ"): every
/// intro must give it. Where a language says a name for "I" (its
/// `name_is_self`), the name said again is the speaker: Thai speakers often
/// say their nickname so ("ผมบอยครับ … บอยดูแลให้เองครับ").
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
    /// The bytes of the name an introduction gave, where its entry ends in a
    /// placeholder for it ("ผม @word", "em là @capitalised").
    private var speakerName: ArraySlice<UInt8>?

    public init(spec: RuleSpec) {
        self.spec = spec
        list = spec.list!
        asks = spec.reads["asks"]
    }

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        guard block.block.section != .ask else { return }
        let askSentences = block.sentences(with: asks)
        let text = context.document.original
        var introductions: [Range<Int>] = []
        for match in block.matches(in: list) where !askSentences.contains(block.tokens[match.tokens.lowerBound].sentence) {
            switch match.entry.kind {
            case Self.selfKind:
                countSelfWord(block.byteRange(match.tokens))
            case Self.audienceKind:
                audienceWords += 1
            case Self.introductionKind:
                introductions.append(match.tokens)
                if speakerName == nil, context.profile.nameIsSelf, match.entry.phrase.split(separator: " ").last?.hasPrefix("@") == true {
                    speakerName = text[block.tokens[match.tokens.upperBound - 1].range]
                }
            default:
                continue
            }
        }
        guard let speakerName else { return }
        // As a subject, the name starts its phrase ("ฝ้ายถ่ายรูปงานแต่งมา 10 ปี"); inside
        // one it is usually the business named after the speaker ("จากชัยทรานสปอร์ต").
        for (index, token) in block.tokens.enumerated() where text[token.range].elementsEqual(speakerName)
            && (index == 0 || block.tokens[index - 1].sentence != token.sentence)
            && !introductions.contains(where: { $0.contains(index) }) && !askSentences.contains(token.sentence) {
            countSelfWord(token.range)
        }
    }

    private mutating func countSelfWord(_ range: Range<Int>) {
        selfWords += 1
        if firstSelfWord.map({ range.lowerBound < $0.lowerBound }) ?? true { firstSelfWord = range }
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
