/// A rehearsal of an intro, one part at a time: the speaker says a part aloud
/// and signals when done. A pure state machine; time comes from the injected
/// clock, so it runs the same in a terminal, a pipe or a test.
public struct Rehearsal {
    /// Seconds on some steady clock; only differences are used.
    public typealias Clock = () -> Double

    /// A speaking-club timing light. Toastmasters shows green at the minimum
    /// time, yellow halfway to the maximum and red at the maximum; for 1-2
    /// minute Table Topics that is 50%, 75% and 100% of the maximum. A weekly
    /// intro has no minimum worth enforcing (short is fine), so green is on
    /// from the start, yellow at 75% of the target ("wrap up: your ask and
    /// your name"), and red at the target.
    public enum Light: String, Sendable {
        case green, yellow, red

        public static let yellowAt = 0.75

        public init(elapsed: Double, target: Double) {
            switch elapsed / target {
            case ..<Self.yellowAt: self = .green
            case ..<1: self = .yellow
            default: self = .red
            }
        }
    }

    /// Where the speaker is, for the live display.
    public struct Status: Sendable {
        public var partIndex: Int
        public var part: Intro.Part
        public var partElapsed: Double
        public var partEstimate: Double
        public var totalElapsed: Double
        public var target: Double
        public var light: Light
    }

    public struct Row: Sendable {
        public var part: Intro.Part
        public var estimated: Double
        public var actual: Double
    }

    public struct Summary: Sendable {
        public var rows: [Row]
        /// Whether every part was said; a pace is only measured over the whole intro.
        public var isComplete: Bool
        public var estimated: Double { rows.reduce(0) { $0 + $1.estimated } }
        public var actual: Double { rows.reduce(0) { $0 + $1.actual } }
        /// Words or syllables said per second, over the parts said.
        public var pace: Double? {
            let units = rows.reduce(0) { $0 + $1.part.units }
            return actual > 0 && units > 0 ? Double(units) / actual : nil
        }
    }

    public let intro: Intro
    private let clock: Clock
    private var startedAt: Double?
    private var partStartedAt = 0.0
    /// Seconds each finished part took, in order.
    public private(set) var actuals: [Double] = []

    public init(intro: Intro, clock: @escaping Clock) {
        self.intro = intro
        self.clock = clock
    }

    public var hasStarted: Bool { startedAt != nil }
    public var isFinished: Bool { actuals.count == intro.parts.count }
    /// The part being said, or nil before the start and after the end.
    public var currentPart: Intro.Part? {
        hasStarted && !isFinished ? intro.parts[actuals.count] : nil
    }

    /// Starts the clock on the first part.
    public mutating func start() {
        guard !hasStarted else { return }
        let now = clock()
        startedAt = now
        partStartedAt = now
    }

    /// Ends the current part and starts the next.
    public mutating func finishPart() {
        guard currentPart != nil else { return }
        let now = clock()
        actuals.append(now - partStartedAt)
        partStartedAt = now
    }

    public func status() -> Status? {
        guard let part = currentPart, let startedAt else { return nil }
        let now = clock()
        return Status(
            partIndex: actuals.count, part: part, partElapsed: now - partStartedAt,
            partEstimate: intro.timing.seconds(forUnits: part.units), totalElapsed: now - startedAt,
            target: intro.targetSeconds, light: Light(elapsed: now - startedAt, target: intro.targetSeconds)
        )
    }

    /// The difference of two times as the table shows them, each to a tenth:
    /// 21.04 s against 21.25 s reads 21.0 and 21.3, so −0.3, never a figure the columns do not add up to.
    public static func shownDifference(_ actual: Double, _ estimated: Double) -> Double {
        (actual.rounded(toPlaces: 1) - estimated.rounded(toPlaces: 1)).rounded(toPlaces: 1)
    }

    public func summary() -> Summary {
        let rows = zip(intro.parts, actuals).map { part, actual in
            Row(part: part, estimated: intro.timing.seconds(forUnits: part.units), actual: actual)
        }
        return Summary(rows: rows, isComplete: isFinished)
    }
}
