import Foundation
import GRDB

/// Where a version's text came from.
public enum DraftSource: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case interview, `import`, edit, restore
}

/// A pitch the user keeps versions of.
public struct DraftPitch: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "pitches"

    public var id: Int64?
    public var name: String
    /// The language of its latest version.
    public var language: Language
    public var created: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One saved version of a pitch: immutable once written.
public struct DraftVersion: Equatable, Sendable {
    public var pitchName: String
    public var number: Int
    public var text: String
    public var source: DraftSource
    public var note: String?
    public var created: Date
    /// What lint found when the version was saved.
    public var summary: LintSummary
}

/// A version without its text, for listings: `drafts log` of 10,000 versions
/// should not read 10,000 texts.
public struct DraftVersionInfo: Equatable, Sendable {
    public var number: Int
    public var source: DraftSource
    public var note: String?
    public var created: Date
    /// What lint found when the version was saved.
    public var summary: LintSummary
}

/// A pitch with its latest version, for `drafts list`.
public struct DraftOverview: Equatable, Sendable {
    public var name: String
    public var versions: Int
    public var latest: DraftVersionInfo
}

/// A row of the versions table: its text, and what a listing shows.
struct VersionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "versions"

    var pitchId: Int64
    var text: String
    var listing: VersionListing

    enum CodingKeys: String, CodingKey {
        case pitchId = "pitch_id", text
    }

    init(pitchId: Int64, text: String, listing: VersionListing) {
        self.pitchId = pitchId
        self.text = text
        self.listing = listing
    }

    // The listing's columns sit in the same row, beside these two.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pitchId = try container.decode(Int64.self, forKey: .pitchId)
        text = try container.decode(String.self, forKey: .text)
        listing = try VersionListing(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pitchId, forKey: .pitchId)
        try container.encode(text, forKey: .text)
        try listing.encode(to: encoder)
    }

    func version(named name: String) -> DraftVersion {
        DraftVersion(pitchName: name, number: listing.number, text: text, source: listing.source, note: listing.note,
                     created: listing.created, summary: listing.summary)
    }
}

/// The versions table without its text, for listings: `drafts log` of 10,000
/// versions should not read 10,000 texts.
struct VersionListing: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = VersionRecord.databaseTableName
    static var databaseSelection: [any SQLSelectable] { CodingKeys.allCases.map { Column($0) } }

    var number: Int
    var source: DraftSource
    var note: String?
    var created: Date
    var language: Language
    var words: Int
    var units: Int
    var seconds: Double
    var targetSeconds: Double
    var errors: Int
    var warnings: Int
    /// Findings per rule, a JSON object with sorted keys.
    var findings: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case number, source, note, created, language, words, units, seconds
        case targetSeconds = "target_seconds", errors, warnings, findings
    }

    init(number: Int, source: DraftSource, note: String?, created: Date, summary: LintSummary) {
        self.number = number
        self.source = source
        self.note = note
        self.created = created
        language = summary.language
        words = summary.words
        units = summary.units
        seconds = summary.seconds
        targetSeconds = summary.targetSeconds
        errors = summary.errors
        warnings = summary.warnings
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        findings = (try? encoder.encode(summary.counts)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    var summary: LintSummary {
        LintSummary(
            language: language, words: words, units: units, seconds: seconds, targetSeconds: targetSeconds,
            errors: errors, warnings: warnings,
            counts: (try? JSONDecoder().decode([String: Int].self, from: Data(findings.utf8))) ?? [:]
        )
    }

    var info: DraftVersionInfo {
        DraftVersionInfo(number: number, source: source, note: note, created: created, summary: summary)
    }
}

/// A guided interview in progress or finished; where it stands is its answers.
public struct InterviewSession: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "interview_sessions"

    public var id: Int64?
    public var pitchName: String
    public var language: Language
    public var created: Date
    public var updated: Date
    public var finished: Date?

    enum CodingKeys: String, CodingKey {
        case id, pitchName = "pitch_name", language, created, updated, finished
    }

    public init(pitchName: String, language: Language, created: Date = Date()) {
        self.pitchName = pitchName
        self.language = language
        self.created = created
        self.updated = created
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One answer given in an interview, stored the moment it is entered.
public struct InterviewAnswer: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "interview_answers"

    public var id: Int64?
    public var sessionId: Int64
    /// The question it answers, such as "client.1.before".
    public var step: String
    /// 1, 2, 3... in the order answers were given in the session.
    public var ordinal: Int
    public var answer: String
    public var created: Date

    enum CodingKeys: String, CodingKey {
        case id, sessionId = "session_id", step, ordinal, answer, created
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Language: DatabaseValueConvertible {}

/// One complete rehearsal of a saved version, as `pitchcoach rehearse` timed it.
public struct DraftRehearsal: Equatable, Sendable, Decodable, FetchableRecord, TableRecord {
    public static let databaseTableName = "rehearsals"
    /// Only what a rehearsal says, not which pitch it belongs to.
    public static var databaseSelection: [any SQLSelectable] { CodingKeys.allCases.map { Column($0) } }

    public var version: Int
    public var language: Language
    /// Words (English) or syllables (Thai, Vietnamese) said.
    public var units: Int
    public var seconds: Double
    public var created: Date

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, language, units, seconds, created
    }

    /// Words or syllables a second.
    public var pace: Double { Double(units) / seconds }
}
