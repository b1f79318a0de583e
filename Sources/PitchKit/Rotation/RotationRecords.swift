import Foundation
import GRDB

/// A week's intro as given at a chapter meeting: which feature, and how long it took.
public struct GivenIntro: Equatable, Sendable, Codable, FetchableRecord, TableRecord {
    public static let databaseTableName = "given_intros"
    public static var databaseSelection: [any SQLSelectable] { CodingKeys.allCases.map { Column($0) } }

    /// The Monday of the meeting's week: one intro a week.
    public var week: MeetingDate
    /// The day it was given.
    public var date: MeetingDate
    public var feature: Int
    /// Its speaking time: measured when a rehearsal recorded it, else estimated.
    public var seconds: Double
    public var created: Date

    public init(date: MeetingDate, feature: Int, seconds: Double, created: Date = Date()) {
        week = date.weekStart
        self.date = date
        self.feature = feature
        self.seconds = seconds
        self.created = created
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case week, date, feature, seconds, created
    }
}

extension MeetingDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> MeetingDate? {
        String.fromDatabaseValue(value).flatMap(MeetingDate.init)
    }
}

/// The row of the features table: a feature added to a pitch beyond its own text.
struct FeatureRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "features"

    var pitchId: Int64
    var number: Int
    var topic: String?
    var benefit: String
    var story: String
    var ask: String
    var created: Date

    enum CodingKeys: String, CodingKey {
        case pitchId = "pitch_id", number, topic, benefit, story, ask, created
    }

    var feature: Feature { Feature(number: number, topic: topic, benefit: benefit, story: story, ask: ask) }
}

/// An interview that adds one feature to a pitch (`interview NAME --story`).
public struct StorySession: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "story_sessions"

    public var sessionId: Int64
    /// The label the new feature gets, such as "tax season".
    public var topic: String?

    enum CodingKeys: String, CodingKey {
        case sessionId = "session_id", topic
    }
}
