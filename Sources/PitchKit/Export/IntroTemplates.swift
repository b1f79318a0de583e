import Foundation

/// The words pitchcoach adds to an exported intro, per language, from
/// `[templates.*]` in its language file: the generated name lines, the part
/// labels, the cue card's own words, the advice for a missing part and what
/// the rehearsal screen says.
public struct IntroTemplates: Sendable {
    /// Keys of `[generated]`: `{name}` and `{business}` are filled from the front matter.
    enum Generated: String, CaseIterable {
        case nameAndBusiness = "name_and_business"
        case nameOnly = "name_only"
        case nameAgain = "name_again"
        case nameAgainOnly = "name_again_only"
    }

    /// Keys of `[card]`: what the script and the cue card say besides the intro.
    public enum CardText: String, CaseIterable, Sendable {
        case total
        case totalOver = "total_over"
        case title
        case time
        case part
        case seconds
        case totalRow = "total_row"
    }

    /// Keys of `[rehearse]`: what `pitchcoach rehearse` says around the intro.
    public enum RehearsalText: String, CaseIterable, Sendable {
        case introduction, instructions, start
        case stoppedBeforeStart = "stopped_before_start"
        case partEstimate = "part_estimate"
        case partProgress = "part_progress"
        case lightGreen = "light_green"
        case lightYellow = "light_yellow"
        case lightRed = "light_red"
        case columnPart = "column_part"
        case columnEstimate = "column_estimate"
        case columnActual = "column_actual"
        case columnDifference = "column_difference"
        case nothingToCompare = "nothing_to_compare"
        case stoppedAfter = "stopped_after"
        case finalLight = "final_light"
        case pace
        case savedRehearsal = "saved_rehearsal"
        case calibrateHint = "calibrate_hint"
        case paceIncomplete = "pace_incomplete"
        case paceImplausible = "pace_implausible"
        case tooFast = "too_fast"
        case paceSaved = "pace_saved"
    }

    /// Keys of `[export]`: what `pitchcoach export` says on the terminal.
    public enum ExportText: String, CaseIterable, Sendable {
        case over, refused
        case cutFirst = "cut_first"
        case cutSentence = "cut_sentence"
        case then, forced, saved
    }

    private let generatedTexts: MessageTable
    public let labels: [IntroPart: String]
    private let cardTexts: MessageTable
    /// Keys are the parts; `{heading}` is the heading to add.
    private let missingTexts: MessageTable
    private let rehearsalTexts: MessageTable
    private let exportTexts: MessageTable

    init(reader: TOMLReader) throws(PitchError) {
        try reader.requireOnly(["generated", "labels", "card", "missing", "rehearse", "export"], in: reader.table)
        let partKeys = IntroPart.allCases.map(\.templateKey)
        generatedTexts = try MessageTable("generated", keys: Generated.allCases.map(\.rawValue), of: reader)
        let labelTable = try MessageTable("labels", keys: partKeys, of: reader)
        labels = Dictionary(uniqueKeysWithValues: IntroPart.allCases.map { ($0, labelTable.text($0.templateKey)) })
        cardTexts = try MessageTable("card", keys: CardText.allCases.map(\.rawValue), of: reader)
        missingTexts = try MessageTable("missing", keys: partKeys, of: reader)
        rehearsalTexts = try MessageTable("rehearse", keys: RehearsalText.allCases.map(\.rawValue), of: reader)
        exportTexts = try MessageTable("export", keys: ExportText.allCases.map(\.rawValue), of: reader)
    }

    /// The cue card's words for `key`, placeholders filled.
    public func card(_ key: CardText, _ values: [String: String] = [:]) -> String {
        cardTexts.text(key.rawValue, values)
    }

    /// What the rehearsal screen says for `key`, placeholders filled.
    public func rehearsal(_ key: RehearsalText, _ values: [String: String] = [:]) -> String {
        rehearsalTexts.text(key.rawValue, values)
    }

    /// What `export` says for `key`, placeholders filled; `count` picks the singular where the language has one.
    public func export(_ key: ExportText, count: Int = 0, _ values: [String: String] = [:]) -> String {
        exportTexts.text(key.rawValue, count: count, values)
    }

    /// What a missing part is for and where to write it, under `heading`.
    func advice(forMissing part: IntroPart, heading: String) -> String {
        missingTexts.text(part.templateKey, filling: "heading", with: heading)
    }

    /// The line for a part pitchcoach can write itself, or nil when the front matter lacks a name.
    func line(for part: IntroPart, name: String?, business: String?) -> String? {
        guard let name else { return nil }
        let key: Generated
        switch part {
        case .nameAndBusiness: key = business == nil ? .nameOnly : .nameAndBusiness
        case .nameAgain: key = business == nil ? .nameAgainOnly : .nameAgain
        default: return nil
        }
        return generatedTexts.text(key.rawValue, ["name": name, "business": business ?? ""])
    }
}
