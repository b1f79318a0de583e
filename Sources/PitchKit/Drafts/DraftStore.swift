import Foundation
import GRDB

/// What saving a text did.
public enum SaveOutcome: Equatable, Sendable {
    /// A new version was written.
    case saved(DraftVersion)
    /// The text is byte for byte the latest version's: nothing was written.
    case unchanged(DraftVersion)

    public var version: DraftVersion {
        switch self {
        case .saved(let version), .unchanged(let version): version
        }
    }
}

/// Every version of every pitch, in one SQLite file (WAL mode, mode 0600).
///
/// Every write is one IMMEDIATE transaction, so version numbers are assigned
/// while holding the write lock: two processes saving at once both succeed
/// (the second waits, up to the busy timeout) and numbers never repeat or skip.
/// A process killed mid-save leaves either the whole version or nothing.
public final class DraftStore: Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// How long a save waits for another pitchcoach holding the store.
    public static let defaultBusyTimeout: TimeInterval = 5

    /// Opens the store at `location`, creating it (and its default folder) if
    /// needed, and brings its schema up to date. A store written by a newer
    /// pitchcoach is refused before anything in it changes.
    public convenience init(location: StoreLocation, busyTimeout: TimeInterval = DraftStore.defaultBusyTimeout) throws(PitchError) {
        try self.init(path: location.path, createFolder: location.createsFolder, busyTimeout: busyTimeout)
    }

    /// Opens an existing store only to read it: listing or showing drafts
    /// needs no write access, so it works in a read-only folder too. A store
    /// that an older pitchcoach wrote is opened for writing instead, to bring
    /// its schema up to date first.
    public static func reading(_ path: String) throws(PitchError) -> DraftStore {
        var configuration = Self.configuration(busyTimeout: Self.defaultBusyTimeout)
        configuration.readonly = true
        // SQLite reads a WAL store through its shared-memory file, and creates it
        // when missing, which a read-only folder forbids. There no one of ours
        // can be writing, so the file is read as it stands.
        let canCreateSharedMemory = access(folder(of: path), W_OK) == 0 || FileManager.default.fileExists(atPath: path + "-shm")
        let location = canCreateSharedMemory ? path : "file:\(uriEscaped(path))?immutable=1"
        let store: DraftStore
        do {
            store = DraftStore(path: path, queue: try DatabaseQueue(path: location, configuration: configuration))
        } catch {
            throw mapped(error, path: path)
        }
        let (applied, _) = try store.schemaState()
        return applied.count < DraftSchema.migrator.migrations.count ? try DraftStore(path: path) : store
    }

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    public init(path: String, createFolder: Bool = false, busyTimeout: TimeInterval = DraftStore.defaultBusyTimeout) throws(PitchError) {
        self.path = path
        let folder = Self.folder(of: path)
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw PitchError("\(path) is a folder; the store is a file, such as \(path)/\(StoreLocation.fileName).")
            }
        } else {
            if !files.fileExists(atPath: folder, isDirectory: &isDirectory) {
                guard createFolder else {
                    throw PitchError("the folder \(folder) does not exist; create it first or choose another store file.")
                }
                do {
                    try files.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                } catch {
                    throw PitchError("cannot create the folder \(folder) for the drafts store: it is read-only or its parent does not exist.")
                }
            } else if !isDirectory.boolValue {
                throw PitchError("cannot create the store \(path): \(folder) is a file, not a folder.")
            }
            // Created here, not by SQLite, so that it is private from the start.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if descriptor < 0 {
                let code = errno
                if code != EEXIST { throw Self.fileError(code, path: path, folder: folder) }
            } else {
                close(descriptor)
            }
        }

        // WAL is switched on in migrate(), after the schema check: GRDB's own
        // WAL set-up writes to the file, and a refused store must stay untouched.
        // synchronous stays FULL (SQLite's default), so a saved version survives a power cut.
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.configuration(busyTimeout: busyTimeout))
        } catch {
            throw Self.mapped(error, path: path)
        }
        try migrate()
    }

    private static func configuration(busyTimeout: TimeInterval) -> GRDB.Configuration {
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "pitchcoach.drafts"
        return configuration
    }

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// A path as the file part of an SQLite URI.
    private static func uriEscaped(_ path: String) -> String {
        let absolute = (path as NSString).isAbsolutePath ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
    }

    // MARK: Schema

    /// The migrations this binary knows.
    public static var knownMigrations: [String] { DraftSchema.migrator.migrations }

    private func migrate() throws(PitchError) {
        let migrator = DraftSchema.migrator
        // Two processes may find a new store at once. GRDB checks which
        // migrations are applied before it takes the write lock, so the slower
        // one can fail ("table already exists") after the faster one has done
        // the work: look again, and retry while the store is not yet up to date.
        var attempt = 0
        while true {
            let (applied, journal) = try schemaState()
            if journal == "wal" && applied.count == migrator.migrations.count { return }
            do {
                if journal != "wal" {
                    let mode = try queue.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode = WAL") }
                    if mode != "wal" {
                        throw PitchError("cannot switch the store at \(path) to write-ahead logging (SQLite says '\(mode ?? "")'); is it on a network drive?")
                    }
                }
                try migrator.migrate(queue)
                return
            } catch {
                attempt += 1
                guard attempt < 5 else { throw Self.mapped(error, path: path) }
                usleep(UInt32.random(in: 20_000...80_000))
            }
        }
    }

    /// The migrations applied and the journal mode, once the store is known to
    /// be a pitchcoach store that this binary understands.
    private func schemaState() throws(PitchError) -> (applied: Set<String>, journal: String?) {
        let migrator = DraftSchema.migrator
        let (applied, journal) = try perform {
            try queue.read { db in
                // Another process may have just changed the schema: read it afresh.
                db.clearSchemaCache()
                // Tables but no migration record: some other program's database.
                if try !db.tableExists("grdb_migrations"),
                   try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")! > 0 {
                    throw PitchError("\(path) is an SQLite database of another program, not a pitchcoach store; choose another store file.")
                }
                return (try migrator.appliedIdentifiers(db), try String.fetchOne(db, sql: "PRAGMA journal_mode"))
            }
        }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty {
            throw PitchError("the store at \(path) was written by a newer pitchcoach (schema \(unknown.joined(separator: ", "))); update pitchcoach to use it. Nothing was changed.")
        }
        return (applied, journal)
    }

    /// The identifiers of the migrations applied to this store, even unknown ones.
    public func appliedMigrations() throws(PitchError) -> [String] {
        try perform { try queue.read { try DraftSchema.migrator.appliedIdentifiers($0).sorted() } }
    }

    // MARK: Reading

    /// Every pitch with its latest version, by name.
    public func overview() throws(PitchError) -> [DraftOverview] {
        try perform {
            try queue.read { db in
                let columns = VersionListing.CodingKeys.allCases.map { "v.\($0.rawValue)" }.joined(separator: ", ")
                return try Row.fetchAll(db, sql: """
                    SELECT p.name, counts.versions, \(columns)
                    FROM pitches p
                    JOIN (SELECT pitch_id, COUNT(*) AS versions, MAX(number) AS latest FROM versions GROUP BY pitch_id) counts
                        ON counts.pitch_id = p.id
                    JOIN versions v ON v.pitch_id = p.id AND v.number = counts.latest
                    ORDER BY p.name
                    """).map { row in
                    // The joined row holds a version's listing columns: the record decodes them.
                    DraftOverview(name: row["name"], versions: row["versions"], latest: try VersionListing(row: row).info)
                }
            }
        }
    }

    /// The pitch called `name`, if there is one.
    public func pitch(named name: String) throws(PitchError) -> DraftPitch? {
        try perform { try queue.read { try DraftPitch.filter(Column("name") == name).fetchOne($0) } }
    }

    /// Every version of a pitch without its text, oldest first; nil when there is no such pitch.
    public func versions(of name: String) throws(PitchError) -> [DraftVersionInfo]? {
        try perform {
            try queue.read { db in
                guard let pitch = try DraftPitch.filter(Column("name") == name).fetchOne(db), let id = pitch.id else { return nil }
                return try VersionListing.filter(Column("pitch_id") == id).order(Column("number")).fetchAll(db).map(\.info)
            }
        }
    }

    /// Version `number` of a pitch, or its latest when `number` is nil.
    public func version(of name: String, number: Int? = nil) throws(PitchError) -> DraftVersion? {
        try perform { try queue.read { try Self.version(of: name, number: number, in: $0) } }
    }

    private static func version(of name: String, number: Int?, in db: Database) throws -> DraftVersion? {
        let sql = number == nil
            ? "SELECT v.* FROM versions v JOIN pitches p ON p.id = v.pitch_id WHERE p.name = ? ORDER BY v.number DESC LIMIT 1"
            : "SELECT v.* FROM versions v JOIN pitches p ON p.id = v.pitch_id WHERE p.name = ? AND v.number = ?"
        let arguments: StatementArguments = number == nil ? [name] : [name, number]
        return try VersionRecord.fetchOne(db, sql: sql, arguments: arguments)?.version(named: name)
    }

    // MARK: Writing

    /// Saves `text` as the next version of `name`, creating the pitch if it is
    /// new. Text identical to the latest version (byte for byte) saves nothing.
    public func save(
        name: String, text: String, source: DraftSource, note: String? = nil,
        summary: LintSummary, date: Date = Date()
    ) throws(PitchError) -> SaveOutcome {
        let name = try DraftName.validated(name)
        return try perform {
            // write: one IMMEDIATE transaction (GRDB 7), so the number below is
            // read and used under the write lock.
            try queue.write { db in
                var pitch = try DraftPitch.filter(Column("name") == name).fetchOne(db)
                    ?? DraftPitch(id: nil, name: name, language: summary.language, created: date)
                if pitch.id == nil { try pitch.insert(db) }
                let latest = try VersionRecord.fetchOne(db, sql: "SELECT * FROM versions WHERE pitch_id = ? ORDER BY number DESC LIMIT 1", arguments: [pitch.id])
                if let latest, latest.text.utf8.elementsEqual(text.utf8) {
                    return .unchanged(latest.version(named: name))
                }
                let record = VersionRecord(pitchId: pitch.id!, text: text, listing: VersionListing(
                    number: (latest?.listing.number ?? 0) + 1, source: source,
                    note: note.flatMap { $0.isEmpty ? nil : $0 }, created: date, summary: summary
                ))
                try record.insert(db)
                Self.injectedSaveDelay()
                if pitch.language != summary.language {
                    pitch.language = summary.language
                    try pitch.update(db)
                }
                return .saved(record.version(named: name))
            }
        }
    }

    /// What is stored under a draft's name, counted: what deleting it removes.
    public struct Contents: Equatable, Sendable {
        /// nil when no draft has the name (an interview may still be stored under it).
        public var versions: Int?
        public var unfinishedInterviews: Int
        /// Features added beyond the draft's own text (`interview --story`).
        public var stories: Int
        public var weeksGiven: Int
    }

    /// What is stored under `name`, counted in one query.
    public func contents(of name: String) throws(PitchError) -> Contents {
        try perform { try queue.read { try Self.contents(of: name, in: $0) } }
    }

    private static func contents(of name: String, in db: Database) throws -> Contents {
        let row = try Row.fetchOne(db, sql: """
            SELECT p.id AS pitch,
                (SELECT COUNT(*) FROM versions WHERE pitch_id = p.id) AS versions,
                (SELECT COUNT(*) FROM interview_sessions WHERE pitch_name = :name AND finished IS NULL) AS unfinished,
                (SELECT COUNT(*) FROM features WHERE pitch_id = p.id) AS stories,
                (SELECT COUNT(*) FROM given_intros WHERE pitch_id = p.id) AS weeks
            FROM (SELECT 1) LEFT JOIN pitches p ON p.name = :name
            """, arguments: ["name": name])!
        let pitch: Int64? = row["pitch"]
        return Contents(versions: pitch == nil ? nil : row["versions"], unfinishedInterviews: row["unfinished"], stories: row["stories"], weeksGiven: row["weeks"])
    }

    /// Deletes a pitch and every interview under its name, in one transaction; its
    /// versions, rehearsals, features, weeks given and answers go with them (ON
    /// DELETE CASCADE). Returns what it deleted, or nil when there was neither a
    /// pitch nor an interview by that name.
    @discardableResult
    public func delete(name: String) throws(PitchError) -> Contents? {
        try perform {
            try queue.write { db in
                let contents = try Self.contents(of: name, in: db)
                let interviews = try InterviewSession.filter(Column("pitch_name") == name).deleteAll(db)
                let pitches = try DraftPitch.filter(Column("name") == name).deleteAll(db)
                return interviews + pitches > 0 ? contents : nil
            }
        }
    }

    // MARK: Interview sessions

    /// Starts a new interview session.
    public func startSession(_ session: InterviewSession) throws(PitchError) -> InterviewSession {
        try perform {
            try queue.write { db in
                var session = session
                try session.insert(db)
                return session
            }
        }
    }

    /// Records an answer and marks the session updated, in one transaction.
    public func record(answer: String, step: String, in sessionID: Int64, date: Date = Date()) throws(PitchError) -> InterviewAnswer {
        try perform {
            try queue.write { db in
                let ordinal = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(ordinal), 0) + 1 FROM interview_answers WHERE session_id = ?", arguments: [sessionID]) ?? 1
                var row = InterviewAnswer(id: nil, sessionId: sessionID, step: step, ordinal: ordinal, answer: answer, created: date)
                try row.insert(db)
                try db.execute(sql: "UPDATE interview_sessions SET updated = ? WHERE id = ?", arguments: [date, sessionID])
                return row
            }
        }
    }

    /// Saves a session's finish time.
    public func update(_ session: InterviewSession) throws(PitchError) {
        try perform { try queue.write { db in try session.update(db) } }
    }

    /// The sessions for a pitch name, newest first.
    public func sessions(for pitchName: String) throws(PitchError) -> [InterviewSession] {
        try perform {
            try queue.read { db in
                try InterviewSession.filter(Column("pitch_name") == pitchName).order(Column("updated").desc, Column("id").desc).fetchAll(db)
            }
        }
    }

    /// Every unfinished interview, newest first for each name, with how many answers it has.
    public func unfinishedSessions() throws(PitchError) -> [(session: InterviewSession, answers: Int)] {
        try perform {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT s.*, COUNT(a.id) AS answers
                    FROM interview_sessions s LEFT JOIN interview_answers a ON a.session_id = s.id
                    WHERE s.finished IS NULL
                    GROUP BY s.id
                    ORDER BY s.pitch_name, s.updated DESC, s.id DESC
                    """).map { row in (try InterviewSession(row: row), row["answers"]) }
            }
        }
    }

    /// A session's answers in the order they were given.
    public func answers(in sessionID: Int64) throws(PitchError) -> [InterviewAnswer] {
        try perform {
            try queue.read { db in
                try InterviewAnswer.filter(Column("session_id") == sessionID).order(Column("ordinal")).fetchAll(db)
            }
        }
    }

    // MARK: Rehearsals

    /// Stores a complete rehearsal of version `version` of a draft: how many
    /// words or syllables were said in how many seconds.
    public func recordRehearsal(name: String, version: Int, language: Language, units: Int, seconds: Double, date: Date = Date()) throws(PitchError) {
        try perform {
            try queue.write { db in
                guard let pitch = try DraftPitch.filter(Column("name") == name).fetchOne(db), let id = pitch.id else { return }
                try db.execute(
                    sql: "INSERT INTO rehearsals (pitch_id, version, language, units, seconds, created) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [id, version, language.rawValue, units, seconds, date]
                )
            }
        }
    }

    /// A draft's rehearsals, oldest first.
    public func rehearsals(of name: String) throws(PitchError) -> [DraftRehearsal] {
        try perform {
            try queue.read { db in
                guard let pitch = try DraftPitch.filter(Column("name") == name).fetchOne(db) else { return [] }
                return try DraftRehearsal.filter(Column("pitch_id") == pitch.id).order(Column("created"), Column("id")).fetchAll(db)
            }
        }
    }

    // MARK: Checks

    /// SQLite's own check of the file: "ok" when it is sound.
    public func integrityCheck() throws(PitchError) -> String {
        try perform {
            try queue.read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            }
        }
    }

    /// Pitches whose version numbers are not exactly 1...n, described; empty when all are.
    public func numberingProblems() throws(PitchError) -> [String] {
        try perform {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT p.name, COUNT(v.number) AS count, COALESCE(MIN(v.number), 0) AS first, COALESCE(MAX(v.number), 0) AS last
                    FROM pitches p LEFT JOIN versions v ON v.pitch_id = p.id GROUP BY p.id
                    """).compactMap { row -> String? in
                    let count: Int = row["count"], first: Int = row["first"], last: Int = row["last"]
                    guard count == 0 || first != 1 || last != count else { return nil }
                    return "\(row["name"] as String): \(count) versions numbered \(first)...\(last)"
                }
            }
        }
    }

    /// Fault injection for the crash test: with PITCHCOACH_FAULT_SAVE_DELAY_MS
    /// set, a save sleeps inside its transaction, after writing the version and
    /// before committing, so a SIGKILL can land in the middle of a save.
    private static func injectedSaveDelay() {
        guard let value = ProcessInfo.processInfo.environment["PITCHCOACH_FAULT_SAVE_DELAY_MS"],
              let milliseconds = UInt32(value), milliseconds > 0 else { return }
        usleep(min(milliseconds, 10_000) * 1000)
    }

    // MARK: Errors

    /// Runs `body`, turning SQLite's errors into one plain sentence.
    func perform<T>(_ body: () throws -> T) throws(PitchError) -> T {
        do {
            return try body()
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    /// One plain sentence for an SQLite (or other) error about the store at `path`.
    public static func mapped(_ error: any Error, path: String) -> PitchError {
        if let error = error as? PitchError { return error }
        let folder = folder(of: path)
        guard let error = error as? DatabaseError else {
            return PitchError("the drafts store at \(path) failed: \(error.localizedDescription)")
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return PitchError("the store at \(path) is busy: another program is using it (another pitchcoach, or a tool that opened the file); try again in a moment, or close that program.")
        case .SQLITE_NOTADB:
            return PitchError("\(path) is not a pitchcoach store (not an SQLite database); choose another store file.")
        case .SQLITE_CORRUPT:
            return PitchError("the store at \(path) is damaged (SQLite reports corruption); move it away and restore a backup.")
        case .SQLITE_FULL:
            return PitchError("cannot write to \(path): the disk is full; free some space and try again.")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return PitchError("cannot write to \(path): the file or the folder \(folder) is read-only.")
        case .SQLITE_CANTOPEN:
            return PitchError("cannot open \(path): the folder \(folder) does not exist or is read-only.")
        case .SQLITE_IOERR:
            return PitchError("cannot read or write \(path): the disk reported an error (\(error.message ?? "I/O error")).")
        default:
            return PitchError("the drafts store at \(path) failed: \(error.message ?? "\(error.resultCode)").")
        }
    }

    static func fileError(_ code: Int32, path: String, folder: String) -> PitchError {
        switch code {
        case EACCES, EPERM, EROFS:
            PitchError("cannot create the store \(path): the folder \(folder) is read-only.")
        case ENOSPC, EDQUOT:
            PitchError("cannot write to \(path): the disk is full; free some space and try again.")
        case ENOENT, ENOTDIR:
            PitchError("cannot create the store \(path): the folder \(folder) does not exist.")
        default:
            PitchError("cannot create the store \(path): \(String(cString: strerror(code))).")
        }
    }
}
