import Foundation
import GRDB

/// The weekly rotation's rows: features beyond a pitch's own text, the weeks
/// given, and the interviews that add a feature. Each write is one transaction.
extension DraftStore {
    /// The features stored for a pitch, by number (from 2: feature 1 is the pitch's text).
    public func storedFeatures(of name: String) throws(PitchError) -> [Feature] {
        try perform {
            try queue.read { db in
                guard let id = try Self.pitchID(name, db) else { return [] }
                return try FeatureRecord.filter(Column("pitch_id") == id).order(Column("number")).fetchAll(db).map(\.feature)
            }
        }
    }

    /// Adds `feature` to a pitch under the next number. A pitch with no stored
    /// features first stores `derived` (those its interview gave), so that the
    /// numbers the rotation has shown keep naming the same stories.
    public func addFeature(_ feature: Feature, to name: String, derived: [Feature], date: Date = Date()) throws(PitchError) -> Feature {
        try perform {
            try queue.write { db in
                guard let id = try Self.pitchID(name, db) else { throw PitchError("there is no draft named '\(name)' to add a story to.") }
                try Self.storeDerived(derived, pitch: id, date: date, db)
                // A session resumed after a crash between adding and recording its "yes" adds nothing twice.
                let same = Column("benefit") == feature.benefit && Column("story") == feature.story && Column("ask") == feature.ask
                if let existing = try FeatureRecord.filter(Column("pitch_id") == id && same).fetchOne(db) { return existing.feature }
                let next = max(2, (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM features WHERE pitch_id = ?", arguments: [id]) ?? 1) + 1)
                var added = feature
                added.number = next
                try FeatureRecord(pitchId: id, number: next, topic: added.topic, benefit: added.benefit, story: added.story, ask: added.ask, created: date).insert(db)
                return added
            }
        }
    }

    /// Records the intro given in a week, replacing one recorded for the same
    /// week; returns the one replaced. Stores `derived` features first, as `addFeature` does.
    @discardableResult
    public func recordGiven(_ given: GivenIntro, for name: String, derived: [Feature]) throws(PitchError) -> GivenIntro? {
        try perform {
            try queue.write { db in
                guard let id = try Self.pitchID(name, db) else { throw PitchError("there is no draft named '\(name)'.") }
                try Self.storeDerived(derived, pitch: id, date: given.created, db)
                let weekOnly = GivenIntro.filter(Column("pitch_id") == id && Column("week") == given.week)
                let replaced = try weekOnly.fetchOne(db)
                try weekOnly.deleteAll(db)
                try db.execute(
                    sql: "INSERT INTO given_intros (pitch_id, week, date, feature, seconds, created) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [id, given.week, given.date, given.feature, given.seconds, given.created]
                )
                return replaced
            }
        }
    }

    /// The weeks a pitch's intro was given, oldest first.
    public func givenIntros(of name: String) throws(PitchError) -> [GivenIntro] {
        try perform {
            try queue.read { db in
                guard let id = try Self.pitchID(name, db) else { return [] }
                return try GivenIntro.filter(Column("pitch_id") == id).order(Column("week")).fetchAll(db)
            }
        }
    }

    /// Starts an interview that adds a feature labelled `topic` to a pitch.
    public func startStorySession(_ session: InterviewSession, topic: String?) throws(PitchError) -> InterviewSession {
        try perform {
            try queue.write { db in
                var session = session
                try session.insert(db)
                try StorySession(sessionId: session.id!, topic: topic).insert(db)
                return session
            }
        }
    }

    /// The story a session adds, if it is an `interview --story` session.
    public func storySession(_ sessionID: Int64) throws(PitchError) -> StorySession? {
        try perform { try queue.read { try StorySession.fetchOne($0, key: sessionID) } }
    }

    private static func pitchID(_ name: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM pitches WHERE name = ?", arguments: [name])
    }

    private static func storeDerived(_ derived: [Feature], pitch id: Int64, date: Date, _ db: Database) throws {
        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM features WHERE pitch_id = ?", arguments: [id]) == 0 else { return }
        for feature in derived where feature.number >= 2 {
            try FeatureRecord(pitchId: id, number: feature.number, topic: feature.topic, benefit: feature.benefit, story: feature.story, ask: feature.ask, created: date).insert(db)
        }
    }
}
