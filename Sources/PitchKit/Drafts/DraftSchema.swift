import GRDB

/// The store's migrations. A migration that has shipped is never edited: a
/// change to the schema is a new migration appended at the end.
enum DraftSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-pitches-versions-sessions") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-rehearsals") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-sessions-without-step-state") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4-features-given-intros") { db in
            try db.execute(sql: v4)
        }
        return migrator
    }

    static let v1 = """
        CREATE TABLE pitches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            language TEXT NOT NULL,
            created TEXT NOT NULL
        );

        CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            pitch_id INTEGER NOT NULL REFERENCES pitches(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            text TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('interview', 'import', 'edit', 'restore')),
            note TEXT,
            created TEXT NOT NULL,
            language TEXT NOT NULL,
            words INTEGER NOT NULL,
            units INTEGER NOT NULL,
            seconds REAL NOT NULL,
            target_seconds REAL NOT NULL,
            errors INTEGER NOT NULL,
            warnings INTEGER NOT NULL,
            findings TEXT NOT NULL DEFAULT '{}',
            UNIQUE (pitch_id, number)
        );

        -- Versions are history: once written they never change.
        CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
        BEGIN
            SELECT RAISE(ABORT, 'versions are immutable');
        END;

        CREATE TABLE interview_sessions (
            id INTEGER PRIMARY KEY,
            pitch_name TEXT NOT NULL,
            language TEXT NOT NULL,
            step TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT '{}',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            finished TEXT
        );
        CREATE INDEX interview_sessions_by_pitch ON interview_sessions(pitch_name, updated);

        CREATE TABLE interview_answers (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES interview_sessions(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            ordinal INTEGER NOT NULL CHECK (ordinal >= 1),
            answer TEXT NOT NULL,
            created TEXT NOT NULL,
            UNIQUE (session_id, ordinal)
        );
        """

    /// Each complete rehearsal of a saved draft, with the pace it measured.
    static let v2 = """
        CREATE TABLE rehearsals (
            id INTEGER PRIMARY KEY,
            pitch_id INTEGER NOT NULL REFERENCES pitches(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            language TEXT NOT NULL,
            units INTEGER NOT NULL,
            seconds REAL NOT NULL CHECK (seconds > 0),
            created TEXT NOT NULL
        );
        CREATE INDEX rehearsals_by_pitch ON rehearsals(pitch_id, created);
        """

    /// An interview resumes from its answers: the session's step and state
    /// were written on every answer and never read.
    static let v3 = """
        ALTER TABLE interview_sessions DROP COLUMN step;
        ALTER TABLE interview_sessions DROP COLUMN state;
        """

    /// The weekly rotation (METHOD.md 7): the features a pitch holds beyond its
    /// own text, the weeks its intro was given (one a week), and which
    /// interviews add a feature rather than write a pitch.
    static let v4 = """
        CREATE TABLE features (
            id INTEGER PRIMARY KEY,
            pitch_id INTEGER NOT NULL REFERENCES pitches(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 2),
            topic TEXT,
            benefit TEXT NOT NULL,
            story TEXT NOT NULL,
            ask TEXT NOT NULL,
            created TEXT NOT NULL,
            UNIQUE (pitch_id, number)
        );

        CREATE TABLE given_intros (
            id INTEGER PRIMARY KEY,
            pitch_id INTEGER NOT NULL REFERENCES pitches(id) ON DELETE CASCADE,
            week TEXT NOT NULL,
            date TEXT NOT NULL,
            feature INTEGER NOT NULL CHECK (feature >= 1),
            seconds REAL NOT NULL CHECK (seconds > 0),
            created TEXT NOT NULL,
            UNIQUE (pitch_id, week)
        );

        CREATE TABLE story_sessions (
            session_id INTEGER PRIMARY KEY REFERENCES interview_sessions(id) ON DELETE CASCADE,
            topic TEXT
        );
        """
}
