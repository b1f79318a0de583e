/// METHOD.md 1 and 2: talk benefit, not description. A statement can have no
/// wrong word and still say nothing a client gains ("I do bookkeeping and take
/// care of taxes"), so this looks for a result: a change for the client, what
/// they gain or stop suffering. It reads the parts its `sections` name (all
/// but the ask: a story's "she moved in on the Saturday as planned" is a
/// result too), one sentence at a time. A sentence has a result when
/// it has, from the rule's list:
/// - a purpose ("so that", "ทำให้", "giúp … được") or a result ("on time");
/// - a change ("save", "back", "ลดลง") whose subject is the client: the nearest
///   person word before it, with no "and" or other clause-starting word
///   between, is one of the client's ("your hot
///   water is back") or there is none ("we came on Monday and the kitchen was
///   back by Friday"; "พนักงานนอนหลับดีขึ้น": Thai leaves the subject out),
///   not the speaker's ("I fix leaks"). A promise counts too ("your roof will
///   never leak again, guaranteed": a gain, overpromised, which `overpromise`
///   flags), and whoever makes it is not the change's subject ("em cam kết
///   doanh số tăng x3": the member promises, the client's sales rise);
/// - a measure ("hours", "%", "บาท") after a number, in digits or spelled
///   ("three weeks", "สองเดือน", "tám tháng"), or a number word that is a
///   result alone ("half"), outside a promise ("100% satisfaction guaranteed"
///   measures nothing) and outside a credential ("20 years of experience",
///   "50 staff" measure the speaker, not a client's gain).
public struct NoBenefitRule: Rule {
    public static let kinds: Set<String>? = [purposeKind, resultKind, changeKind, unitKind, numberKind, countKind, credentialKind]
    static let purposeKind = "purpose"
    static let resultKind = "result"
    static let changeKind = "change"
    static let unitKind = "unit"
    /// Number words ("half", "ครึ่ง"), which the interview also looks for in a result.
    public static let numberKind = "number"
    /// Spelled numbers ("three", "สอง", "tám"), which say something only before a measure ("three weeks").
    static let countKind = "count"
    /// Words that make a sentence's numbers the speaker's record ("experience", "founded", "kinh nghiệm").
    static let credentialKind = "credential"
    /// How far from a number a credential word takes it: "20 years of experience",
    /// "ประสบการณ์ทำเว็บกว่า 8 ปี", "ดูแลพอร์ตลูกค้ารวมกว่า 300 ล้านบาท".
    static let credentialReach = 6
    /// The word class that joins two clauses ("and", "but"): a change after one has its own subject.
    static let conjunctionClass = "conjunction"
    /// How close a promise makes a result or a purpose its own: "always run on time", "ทำให้ฟันสวยที่สุด";
    /// and, from the next Thai phrase, the number it tags: "ขายได้ภายใน 30 วัน รับประกันค่ะ".
    static let promiseReach = 3
    /// How far from a promise its numbers are its own: "guarantee you'll see results in 30 days",
    /// but not "เอกสารผ่านครบ 100% ตั้งแต่รอบแรก ทั้งห้าคนได้วีซ่าในหกสัปดาห์", where the
    /// weeks are a result ten words on.
    static let promiseNumberReach = 8
    /// How far after a number its measure may come: "10 hours", "4,000 dollars a year".
    static let measureReach = 3

    let spec: RuleSpec
    private let list: WordListID
    /// The `self` and `audience` person words, and the promises that make a number say nothing.
    private let people: WordListID?
    private let promises: WordListID?
    /// The list whose `clause-end` words end a clause ("and the kitchen was back"), for a change's subject.
    private let clauses: WordListID?

    private var foundResult = false
    private var firstSentence: Range<Int>?

    public init(spec: RuleSpec) {
        self.spec = spec
        list = spec.list!
        people = spec.reads["people"]
        promises = spec.reads["promises"]
        clauses = spec.reads["clauses"]
    }

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        guard !foundResult, spec.sections?.contains(block.block.section) ?? true, let sentence = block.sentences.first else { return }
        if firstSentence == nil { firstSentence = block.byteRange(sentence) }
        foundResult = block.statements(in: context).contains { hasResult($0, in: block, text: context.document.original) }
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

    private func hasResult(_ sentence: Range<Int>, in block: AnalyzedBlock, text: [UInt8]) -> Bool {
        func inSentence(_ list: WordListID?) -> [Lexicon.Match] {
            list.map { block.matches(in: $0).filter { sentence.contains($0.tokens.lowerBound) } } ?? []
        }
        let markers = inSentence(list)
        let promiseSpans = inSentence(promises).map(\.tokens)
        let credentials = markers.filter { $0.entry.kind == Self.credentialKind }.map(\.tokens.lowerBound)
        // A number in a promise ("guarantee you'll see results in 30 days"), or next to the
        // speaker's record, measures no change for a client. Past the end of its Thai phrase, a
        // promise owns only the number it tags right after ("ขายได้ภายใน 30 วัน รับประกันค่ะ"):
        // "ตอบกลับภายใน 4 ชั่วโมง ระบบของลูกค้าเราไม่เคยล่ม" keeps its hours.
        func measuresNothing(_ marker: Lexicon.Match) -> Bool {
            let phrase = block.tokens[marker.tokens.lowerBound].sentence
            return promiseSpans.contains { promise in
                let distance = Self.distance(promise, marker.tokens)
                return block.tokens[promise.lowerBound].sentence == phrase
                    ? distance <= Self.promiseNumberReach
                    : promise.lowerBound >= marker.tokens.upperBound && distance <= Self.promiseReach
            }
                || credentials.contains { abs($0 - marker.tokens.lowerBound) <= Self.credentialReach }
        }
        let persons = inSentence(people)
        lazy var clauseBreaks = block.starts(of: clauses, kinds: [Clause.endClass, Self.conjunctionClass])
        // Words inside a promise are the promise ("สวยแน่นอน ไม่ต้องแก้"), and so are a
        // result right after one ("we always run on time") and a purpose or result that leads
        // straight into one ("ทำให้ฟันสวยที่สุด"): none of them is a result, but for a change
        // that is not the speaker's ("your roof will never leak again").
        func isPromised(_ marker: Lexicon.Match) -> Bool {
            promiseSpans.contains { promise in
                promise.overlaps(marker.tokens)
                    || (0...Self.promiseReach).contains(marker.tokens.lowerBound - promise.upperBound)
                    || ([Self.purposeKind, Self.resultKind].contains(marker.entry.kind) && (0...Self.promiseReach).contains(promise.lowerBound - marker.tokens.upperBound))
            }
        }
        for marker in markers {
            if marker.entry.kind != Self.changeKind, isPromised(marker) { continue }
            switch marker.entry.kind {
            case Self.purposeKind, Self.resultKind:
                return true
            case Self.changeKind:
                // In its sentence (a Thai phrase), and not across a word that starts a new
                // clause; a comma may be inside a list ("an accredited, cutting-edge provider").
                // A change straight after "and" shares the subject before it ("we came and
                // fixed it", "ratios and cut-downs"); a new subject needs words of its own
                // ("and the kitchen was back").
                let phrase = block.tokens[marker.tokens.lowerBound].sentence
                let subject = persons.last { person in
                    person.tokens.upperBound <= marker.tokens.lowerBound && block.tokens[person.tokens.lowerBound].sentence == phrase
                        && !clauseBreaks.contains { $0 >= person.tokens.upperBound && $0 < marker.tokens.lowerBound - 1 }
                        && !promiseSpans.contains { $0.lowerBound >= person.tokens.upperBound && $0.upperBound <= marker.tokens.lowerBound }
                }
                if subject == nil || subject?.entry.kind == SelfFocusRule.audienceKind { return true }
            case Self.numberKind:
                if !measuresNothing(marker) { return true }
            case Self.unitKind:
                // Hyphened to its number, a measure sizes the offer: "a twelve-week program", "60-minute session".
                let first = marker.tokens.lowerBound
                let reach = max(sentence.lowerBound, first - Self.measureReach)..<first
                func isNumber(_ index: Int) -> Bool {
                    block.tokens[index].kind == .number
                        || markers.contains { [Self.numberKind, Self.countKind].contains($0.entry.kind) && $0.tokens.contains(index) }
                }
                if first > sentence.lowerBound, isNumber(first - 1),
                   text[block.tokens[first - 1].range.upperBound..<block.tokens[first].range.lowerBound].elementsEqual([UInt8(ascii: "-")]) { continue }
                let counted = reach.contains(where: isNumber)
                if counted && !measuresNothing(marker) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Tokens between two spans; 0 when they touch or overlap.
    static func distance(_ first: Range<Int>, _ second: Range<Int>) -> Int {
        max(0, max(second.lowerBound - first.upperBound, first.lowerBound - second.upperBound))
    }
}
