import Foundation
import GRDB
import Synchronization
import XCTest
@testable import PitchKit

/// The drafts store on real SQLite files in temporary folders.
final class DraftsStoreTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pitchcoach-drafts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
        try? FileManager.default.removeItem(at: folder)
    }

    var storePath: String { folder.appendingPathComponent("pitchcoach.sqlite").path }

    func summary(seconds: Double = 30, errors: Int = 0, warnings: Int = 0, language: Language = .english) -> LintSummary {
        LintSummary(language: language, words: 70, units: 70, seconds: seconds, targetSeconds: 60,
                    errors: errors, warnings: warnings, counts: errors + warnings > 0 ? ["jargon": errors + warnings] : [:])
    }

    // MARK: Location

    func testLocationPrefersOptionThenPitchcoachHomeThenXDG() {
        let home = "/home/ana"
        XCTAssertEqual(StoreLocation.resolve(option: "/tmp/s.sqlite", environment: ["PITCHCOACH_HOME": "/p"], home: home),
                       StoreLocation(path: "/tmp/s.sqlite", createsFolder: false))
        XCTAssertEqual(StoreLocation.resolve(option: nil, environment: ["PITCHCOACH_HOME": "/p", "XDG_DATA_HOME": "/x"], home: home).path,
                       "/p/pitchcoach.sqlite")
        XCTAssertEqual(StoreLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/x/"], home: home).path,
                       "/x/pitchcoach/pitchcoach.sqlite")
        XCTAssertEqual(StoreLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "", "PITCHCOACH_HOME": ""], home: home).path,
                       "/home/ana/.local/share/pitchcoach/pitchcoach.sqlite")
        // A relative XDG_DATA_HOME is invalid (XDG spec) and ignored.
        XCTAssertEqual(StoreLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "data"], home: home).path,
                       "/home/ana/.local/share/pitchcoach/pitchcoach.sqlite")
        XCTAssertEqual(StoreLocation.resolve(option: "~/s.sqlite", environment: [:], home: home).path, "/home/ana/s.sqlite")
        XCTAssertTrue(StoreLocation.resolve(option: nil, environment: [:], home: home).createsFolder)
    }

    // MARK: Schema

    func testMigratesAnEmptyFileWithPrivateModeAndWAL() throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: storePath, contents: nil))
        let store = try DraftStore(path: storePath)
        XCTAssertEqual(try store.appliedMigrations(), DraftStore.knownMigrations)
        XCTAssertEqual(DraftStore.knownMigrations.first, "v1-pitches-versions-sessions")
        XCTAssertEqual(try store.integrityCheck(), "ok")
        let queue = try DatabaseQueue(path: storePath)
        let tables = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
        XCTAssertEqual(tables, ["features", "given_intros", "grdb_migrations", "interview_answers", "interview_sessions", "pitches", "rehearsals", "story_sessions", "versions"])
        XCTAssertEqual(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }, "wal")
    }

    func testAStoreFromTheFirstReleaseMigratesForward() throws {
        let queue = try DatabaseQueue(path: storePath)
        var first = DatabaseMigrator()
        first.registerMigration("v1-pitches-versions-sessions") { try $0.execute(sql: DraftSchema.v1) }
        try first.migrate(queue)
        try queue.close()
        let store = try DraftStore(path: storePath)
        XCTAssertEqual(try store.appliedMigrations(), DraftStore.knownMigrations.sorted())
        XCTAssertTrue(DraftStore.knownMigrations.contains("v2-rehearsals"))
    }

    func testRehearsalsAreKeptWithTheDraftAndGoWithIt() throws {
        let store = try DraftStore(path: storePath)
        _ = try store.save(name: "intro", text: "You pay less tax.", source: .import, summary: summary())
        try store.recordRehearsal(name: "intro", version: 1, language: .english, units: 140, seconds: 56)
        try store.recordRehearsal(name: "intro", version: 1, language: .english, units: 140, seconds: 60)
        let rehearsals = try store.rehearsals(of: "intro")
        XCTAssertEqual(rehearsals.map(\.seconds), [56, 60])
        XCTAssertEqual(rehearsals[0].pace, 2.5, accuracy: 0.001)
        try store.delete(name: "intro")
        XCTAssertEqual(try store.rehearsals(of: "intro"), [])
    }

    func testListingsDecodeTheirRowsAndRefuseAnUnknownSource() throws {
        let store = try DraftStore(path: storePath)
        _ = try store.save(name: "intro", text: "You pay less tax.", source: .interview, summary: summary(seconds: 12, warnings: 1, language: .thai))
        let listed = try XCTUnwrap(try store.versions(of: "intro")?.first)
        XCTAssertEqual(listed.source, .interview)
        XCTAssertEqual(listed.summary, summary(seconds: 12, warnings: 1, language: .thai))
        XCTAssertEqual(try store.overview().map(\.latest), [listed])
        // A value this release does not know is an error, not a silent "import".
        try DatabaseQueue(path: storePath).write { db in
            // The schema guards against this (a trigger, a CHECK); a damaged or hand-edited file may not.
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'versions'") {
                try db.execute(sql: "DROP TRIGGER \(trigger)")
            }
            try db.execute(sql: "UPDATE versions SET source = 'telepathy'")
        }
        XCTAssertThrowsError(try store.versions(of: "intro"))
        XCTAssertThrowsError(try store.overview())
    }

    func testNewStoreIsCreatedWithMode0600InANewFolder() throws {
        let path = folder.appendingPathComponent("deep/er/pitchcoach.sqlite").path
        _ = try DraftStore(path: path, createFolder: true)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testNewerSchemaIsRefusedAndNothingChanges() throws {
        _ = try DraftStore(path: storePath).save(name: "a", text: "Hello", source: .import, summary: summary())
        let queue = try DatabaseQueue(path: storePath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        // Everything into the main file, so comparing its bytes shows any change.
        try queue.writeWithoutTransaction { _ = try Row.fetchAll($0, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: storePath))
        XCTAssertThrowsError(try DraftStore(path: storePath)) { error in
            let message = (error as? PitchError)?.description ?? ""
            XCTAssertTrue(message.contains("newer pitchcoach"), message)
            XCTAssertTrue(message.contains("v9-from-the-future"), message)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: storePath)), before)
    }

    func testNotAnSQLiteFileIsRefused() throws {
        try Data("My pitch, not a database.\n".utf8).write(to: URL(fileURLWithPath: storePath))
        XCTAssertThrowsError(try DraftStore(path: storePath)) { error in
            XCTAssertEqual((error as? PitchError)?.description, "\(storePath) is not a pitchcoach store (not an SQLite database); choose another store file.")
        }
        XCTAssertEqual(try String(contentsOfFile: storePath, encoding: .utf8), "My pitch, not a database.\n")
    }

    func testAnotherProgramsDatabaseIsRefused() throws {
        let queue = try DatabaseQueue(path: storePath)
        try queue.write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY)") }
        try queue.close()
        XCTAssertThrowsError(try DraftStore(path: storePath)) { error in
            XCTAssertTrue("\(error)".contains("another program"), "\(error)")
        }
    }

    func testMissingFolderIsNamed() {
        let path = folder.appendingPathComponent("nowhere/pitchcoach.sqlite").path
        XCTAssertThrowsError(try DraftStore(path: path)) { error in
            XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
        }
    }

    func testReadOnlyFolderIsNamed() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        guard !FileManager.default.isWritableFile(atPath: folder.path) else {
            throw XCTSkip("running as root: permissions do not stop writes")
        }
        XCTAssertThrowsError(try DraftStore(path: storePath)) { error in
            XCTAssertTrue("\(error)".contains("read-only"), "\(error)")
        }
    }

    func testSQLiteErrorsBecomeOneSentence() {
        func message(_ code: ResultCode) -> String { DraftStore.mapped(DatabaseError(resultCode: code), path: "/s/p.sqlite").description }
        XCTAssertEqual(message(.SQLITE_FULL), "cannot write to /s/p.sqlite: the disk is full; free some space and try again.")
        XCTAssertEqual(message(.SQLITE_BUSY), "the store at /s/p.sqlite is busy: another program is using it (another pitchcoach, or a tool that opened the file); try again in a moment, or close that program.")
        XCTAssertTrue(message(.SQLITE_READONLY).contains("read-only"))
        XCTAssertTrue(message(.SQLITE_CANTOPEN).contains("the folder /s does not exist or is read-only"))
        XCTAssertTrue(message(.SQLITE_CORRUPT).contains("damaged"))
        for code in [ResultCode.SQLITE_FULL, .SQLITE_BUSY, .SQLITE_IOERR, .SQLITE_NOTADB, .SQLITE_ERROR] {
            XCTAssertFalse(message(code).contains("\n"))
        }
    }

    func testLockedStoreGivesUpWithAClearMessage() throws {
        let store = try DraftStore(path: storePath, busyTimeout: 0.2)
        var configuration = GRDB.Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: storePath, configuration: configuration)
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        XCTAssertThrowsError(try store.save(name: "a", text: "Hello", source: .import, summary: summary())) { error in
            XCTAssertEqual("\(error)", "the store at \(storePath) is busy: another program is using it (another pitchcoach, or a tool that opened the file); try again in a moment, or close that program.")
        }
        try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        XCTAssertNoThrow(try store.save(name: "a", text: "Hello", source: .import, summary: summary()))
    }

    // MARK: Versions

    func testVersionsAreNumberedWithoutGapsAndIdenticalTextSavesNothing() throws {
        let store = try DraftStore(path: storePath)
        XCTAssertEqual(try store.save(name: "acc", text: "One", source: .import, note: "first", summary: summary(seconds: 80, errors: 3)).version.number, 1)
        XCTAssertEqual(try store.save(name: "acc", text: "Two", source: .edit, summary: summary(seconds: 70)).version.number, 2)
        let same = try store.save(name: "acc", text: "Two", source: .import, summary: summary())
        XCTAssertEqual(same, .unchanged(try XCTUnwrap(store.version(of: "acc"))))
        XCTAssertEqual(try store.save(name: "other", text: "Two", source: .import, summary: summary()).version.number, 1)
        XCTAssertEqual(try store.save(name: "acc", text: "One", source: .restore, note: "restored from v1", summary: summary()).version.number, 3)
        let versions = try XCTUnwrap(store.versions(of: "acc"))
        XCTAssertEqual(versions.map(\.number), [1, 2, 3])
        XCTAssertEqual(versions.map(\.source), [.import, .edit, .restore])
        XCTAssertEqual(versions.map(\.note), ["first", nil, "restored from v1"])
        XCTAssertEqual(versions[0].summary.errors, 3)
        XCTAssertEqual(versions[0].summary.counts, ["jargon": 3])
        XCTAssertEqual(try store.version(of: "acc", number: 2)?.text, "Two")
        XCTAssertNil(try store.version(of: "acc", number: 9))
        XCTAssertNil(try store.versions(of: "nobody"))
        XCTAssertEqual(try store.overview().map(\.name), ["acc", "other"])
        XCTAssertEqual(try store.overview().first?.latest.number, 3)
        XCTAssertEqual(try store.overview().first?.versions, 3)
        XCTAssertEqual(try store.numberingProblems(), [])
    }

    func testVersionsCannotBeChanged() throws {
        let store = try DraftStore(path: storePath)
        _ = try store.save(name: "acc", text: "One", source: .import, summary: summary())
        let queue = try DatabaseQueue(path: storePath)
        XCTAssertThrowsError(try queue.write { try $0.execute(sql: "UPDATE versions SET text = 'Two'") })
        XCTAssertThrowsError(try queue.write { try $0.execute(sql: "INSERT INTO versions (pitch_id, number, text, source, created, language, words, units, seconds, target_seconds, errors, warnings) VALUES (1, 1, 'x', 'import', '', 'en', 0, 0, 0, 60, 0, 0)") })
        XCTAssertThrowsError(try queue.write { try $0.execute(sql: "INSERT INTO versions (pitch_id, number, text, source, created, language, words, units, seconds, target_seconds, errors, warnings) VALUES (1, 2, 'x', 'copied', '', 'en', 0, 0, 0, 60, 0, 0)") })
    }

    func testDeleteRemovesThePitchAndItsVersions() throws {
        let store = try DraftStore(path: storePath)
        _ = try store.save(name: "acc", text: "One", source: .import, summary: summary())
        _ = try store.save(name: "acc", text: "Two", source: .import, summary: summary())
        try store.recordRehearsal(name: "acc", version: 2, language: .english, units: 70, seconds: 30)
        XCTAssertEqual(try store.delete(name: "acc")?.versions, 2)
        XCTAssertNil(try store.pitch(named: "acc"))
        let left = try DatabaseQueue(path: storePath).read { db in
            try ["versions", "rehearsals"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
        XCTAssertEqual(left, [0, 0], "the versions and rehearsals went with the pitch")
        XCTAssertNil(try store.delete(name: "acc"))
        XCTAssertEqual(try store.save(name: "acc", text: "Three", source: .import, summary: summary()).version.number, 1)
    }

    func testThaiAndVietnameseRoundTripByteForByte() throws {
        let texts = [
            "สวัสดีครับ ผมชื่อสมชาย ผมช่วยร้านอาหารลดต้นทุนวัตถุดิบลง 20% ภายในสามเดือน\n",
            "Xin chào, tôi là Lan. Tôi giúp các quán cà phê tăng doanh thu 30% trong ba tháng.\n",
            // Decomposed Vietnamese (e + combining marks) must stay decomposed, not be normalised.
            "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t\r\nno newline at end",
        ]
        let store = try DraftStore(path: storePath)
        for (index, text) in texts.enumerated() {
            let name = ["ร้านอาหาร", "quán cà phê", "mixed"][index]
            _ = try store.save(name: name, text: text, source: .import, summary: summary())
            let back = try XCTUnwrap(store.version(of: name))
            XCTAssertEqual(Array(back.text.utf8), Array(text.utf8))
            XCTAssertEqual(back.pitchName, name)
        }
        // Canonically equal but different bytes is a change worth a version.
        _ = try store.save(name: "mixed", text: texts[2].precomposedStringWithCanonicalMapping, source: .edit, summary: summary())
        XCTAssertEqual(try store.version(of: "mixed")?.number, 2)
    }

    func testTwoStoresSavingAtOnceBothSucceed() throws {
        let first = try DraftStore(path: storePath)
        let second = try DraftStore(path: storePath)
        let lintSummary = summary()
        let failures = LockedCount()
        DispatchQueue.concurrentPerform(iterations: 2) { (worker: Int) -> Void in
            let store = worker == 0 ? first : second
            for index in 0..<25 {
                do {
                    _ = try store.save(name: "shared", text: "worker \(worker) text \(index)", source: .import, summary: lintSummary)
                } catch {
                    failures.increment()
                }
            }
        }
        XCTAssertEqual(failures.value, 0)
        XCTAssertEqual(try first.versions(of: "shared")?.map(\.number), Array(1...50))
        XCTAssertEqual(try first.numberingProblems(), [])
    }

    /// v3 drops the sessions' dead step and state columns from a store that has rows.
    func testMigrationToV3KeepsSessionsAndAnswers() throws {
        let old = try DatabaseQueue(path: storePath)
        try DraftSchema.migrator.migrate(old, upTo: "v2-rehearsals")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO interview_sessions (id, pitch_name, language, step, state, created, updated)
                    VALUES (1, 'acc', 'th', 'client.1.after', '{"x":1}', '2026-01-01 10:00:00.000', '2026-01-01 10:05:00.000');
                INSERT INTO interview_answers (session_id, step, ordinal, answer, created)
                    VALUES (1, 'client.1.who', 1, 'ร้านอาหาร', '2026-01-01 10:01:00.000'), (1, 'client.1.before', 2, 'ต้นทุนสูง', '2026-01-01 10:02:00.000');
                """)
        }
        try old.close()
        let store = try DraftStore(path: storePath)
        let session = try XCTUnwrap(store.sessions(for: "acc").first)
        XCTAssertEqual(session.language, .thai)
        XCTAssertNil(session.finished)
        XCTAssertEqual(try store.answers(in: try XCTUnwrap(session.id)).map(\.answer), ["ร้านอาหาร", "ต้นทุนสูง"])
        let columns = try DatabaseQueue(path: storePath).read { try $0.columns(in: "interview_sessions").map(\.name) }
        XCTAssertEqual(columns, ["id", "pitch_name", "language", "created", "updated", "finished"])
    }

    /// The statements SQLite runs for `body` that read rows.
    private func queries(in store: DraftStore, _ body: () throws -> Void) throws -> [String] {
        let statements = Mutex<[String]>([])
        store.queue.inDatabase { db in
            db.trace { event in
                if case .statement(let statement) = event, statement.sql.hasPrefix("SELECT") {
                    statements.withLock { $0.append(statement.sql) }
                }
            }
        }
        defer { store.queue.inDatabase { $0.trace(nil) } }
        try body()
        return statements.withLock { $0 }
    }

    func testUnfinishedInterviewsAreListedWithTheirAnswersInOneQuery() throws {
        let store = try DraftStore(path: storePath)
        for (name, answers) in [("bao", 2), ("ann", 3), ("cam", 0)] {
            let id = try XCTUnwrap(try store.startSession(InterviewSession(pitchName: name, language: .english)).id)
            for number in 0..<answers { _ = try store.record(answer: "answer \(number)", step: "name", in: id) }
        }
        var finished = try store.startSession(InterviewSession(pitchName: "dan", language: .english))
        finished.finished = Date()
        try store.update(finished)
        var listed: [(session: InterviewSession, answers: Int)] = []
        let sql = try queries(in: store) { listed = try store.unfinishedSessions() }
        XCTAssertEqual(listed.map(\.session.pitchName), ["ann", "bao", "cam"])
        XCTAssertEqual(listed.map(\.answers), [3, 2, 0])
        XCTAssertEqual(sql.count, 1, "one query however many interviews: \(sql)")
    }

    func testWhatANameHoldsIsCountedInOneQueryAndIsWhatDeleteRemoves() throws {
        let store = try DraftStore(path: storePath)
        _ = try store.save(name: "acc", text: "## Benefit\nYou pay less tax.\n", source: .import, summary: summary())
        _ = try store.save(name: "acc", text: "## Benefit\nYou pay much less tax.\n", source: .import, summary: summary())
        _ = try store.addFeature(Feature(number: 0, benefit: "b", story: "s", ask: "a"), to: "acc", derived: [])
        let week = try XCTUnwrap(MeetingDate("2026-03-05"))
        for weeks in 0..<3 { try store.recordGiven(GivenIntro(date: week.adding(weeks: weeks), feature: 1, seconds: 40), for: "acc", derived: []) }
        _ = try store.startSession(InterviewSession(pitchName: "acc", language: .english))
        _ = try store.startSession(InterviewSession(pitchName: "new", language: .english))

        var contents: DraftStore.Contents?
        let sql = try queries(in: store) { contents = try store.contents(of: "acc") }
        XCTAssertEqual(sql.count, 1, "\(sql)")
        XCTAssertEqual(contents, DraftStore.Contents(versions: 2, unfinishedInterviews: 1, stories: 1, weeksGiven: 3))
        XCTAssertEqual(try store.contents(of: "new"), DraftStore.Contents(versions: nil, unfinishedInterviews: 1, stories: 0, weeksGiven: 0),
                       "an interview with no draft yet")
        XCTAssertEqual(try store.contents(of: "nobody"), DraftStore.Contents(versions: nil, unfinishedInterviews: 0, stories: 0, weeksGiven: 0))

        XCTAssertEqual(try store.delete(name: "acc"), contents)
        XCTAssertEqual(try store.contents(of: "acc"), DraftStore.Contents(versions: nil, unfinishedInterviews: 0, stories: 0, weeksGiven: 0))
        XCTAssertEqual(try store.delete(name: "new"), DraftStore.Contents(versions: nil, unfinishedInterviews: 1, stories: 0, weeksGiven: 0),
                       "the interview alone is deleted")
        XCTAssertNil(try store.delete(name: "new"))
    }

    func testInterviewSessionsKeepEveryAnswerInOrder() throws {
        let store = try DraftStore(path: storePath)
        let session = try store.startSession(InterviewSession(pitchName: "acc", language: .thai, created: Date(timeIntervalSince1970: 0)))
        let id = try XCTUnwrap(session.id)
        _ = try store.record(answer: "ร้านอาหาร", step: "client.1.who", in: id)
        _ = try store.record(answer: "ต้นทุนสูง", step: "client.1.before", in: id)
        XCTAssertEqual(try store.answers(in: id).map(\.answer), ["ร้านอาหาร", "ต้นทุนสูง"])
        XCTAssertEqual(try store.answers(in: id).map(\.ordinal), [1, 2])
        XCTAssertEqual(try store.answers(in: id).map(\.step), ["client.1.who", "client.1.before"])
        var resumed = try XCTUnwrap(store.sessions(for: "acc").first)
        XCTAssertGreaterThan(resumed.updated, resumed.created, "an answer marks the session updated")
        resumed.finished = Date()
        try store.update(resumed)
        XCTAssertNotNil(try store.sessions(for: "acc").first?.finished)
    }

    // MARK: Names

    func testDraftNames() throws {
        XCTAssertEqual(try DraftName.validated("accounting"), "accounting")
        XCTAssertEqual(try DraftName.validated("cafe\u{301}"), "café")
        for bad in ["", "  ", "a@b", "a/b", String(repeating: "x", count: 81), "tab\there"] {
            XCTAssertThrowsError(try DraftName.validated(bad), bad)
        }
        XCTAssertNoThrow(try DraftName.validated(String(repeating: "ก", count: 80)))
        XCTAssertTrue(try DraftName.reference("acc@3") == ("acc", 3))
        XCTAssertTrue(try DraftName.reference("acc@v2") == ("acc", 2))
        XCTAssertTrue(try DraftName.reference("acc") == ("acc", nil))
        XCTAssertThrowsError(try DraftName.reference("acc@latest"))
        XCTAssertThrowsError(try DraftName.reference("acc@0"))
    }
}

/// A counter several threads may bump.
final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// Migration v4 (features, weeks given, story sessions) on stores with rows in place.
final class RotationStoreTests: XCTestCase {
    var storePath: String!

    override func setUpWithError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pitchcoach-rotation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        storePath = folder.appendingPathComponent("pitchcoach.sqlite").path
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: (storePath as NSString).deletingLastPathComponent)
    }

    private func count(_ table: String) throws -> Int {
        try DatabaseQueue(path: storePath).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    func testMigrationToV4KeepsEveryRowAndAddsEmptyTables() throws {
        let old = try DatabaseQueue(path: storePath)
        try DraftSchema.migrator.migrate(old, upTo: "v3-sessions-without-step-state")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO pitches (id, name, language, created) VALUES (1, 'acc', 'vi', '2026-01-01 10:00:00.000');
                INSERT INTO versions (pitch_id, number, text, source, created, language, words, units, seconds, target_seconds, errors, warnings)
                    VALUES (1, 1, '## Lợi ích\nTôi giúp chủ quán.', 'import', '2026-01-01 10:00:00.000', 'vi', 5, 5, 2, 60, 0, 0);
                INSERT INTO rehearsals (pitch_id, version, language, units, seconds, created) VALUES (1, 1, 'vi', 5, 2, '2026-01-01 11:00:00.000');
                INSERT INTO interview_sessions (id, pitch_name, language, created, updated) VALUES (1, 'acc', 'vi', '2026-01-01 10:00:00.000', '2026-01-01 10:05:00.000');
                INSERT INTO interview_answers (session_id, step, ordinal, answer, created) VALUES (1, 'name', 1, 'An', '2026-01-01 10:01:00.000');
                """)
        }
        try old.close()
        let store = try DraftStore(path: storePath)
        XCTAssertEqual(try store.appliedMigrations().last, "v4-features-given-intros")
        XCTAssertEqual(try store.version(of: "acc")?.text, "## Lợi ích\nTôi giúp chủ quán.")
        XCTAssertEqual(try store.rehearsals(of: "acc").count, 1)
        XCTAssertEqual(try store.answers(in: 1).map(\.answer), ["An"])
        XCTAssertNil(try store.storySession(1), "an interview from before v4 writes a pitch")
        XCTAssertEqual(try store.storedFeatures(of: "acc"), [])
        XCTAssertEqual(try store.givenIntros(of: "acc"), [])
        XCTAssertEqual(try store.integrityCheck(), "ok")
    }

    func testFeaturesAndWeeksGoWithTheirPitch() throws {
        let store = try DraftStore(path: storePath)
        let summary = LintSummary(language: .english, words: 5, units: 5, seconds: 2, targetSeconds: 60, errors: 0, warnings: 0, counts: [:])
        _ = try store.save(name: "acc", text: "## Benefit\nYou pay less tax.\n", source: .import, summary: summary)
        let derived = [Feature(number: 2, benefit: "b2", story: "s2", ask: "a2")]
        let added = try store.addFeature(Feature(number: 0, topic: " tax season ", benefit: "b", story: "s", ask: "a"), to: "acc", derived: derived)
        XCTAssertEqual(added.number, 3, "the interview's feature 2 is stored first, so the numbers shown stay")
        XCTAssertEqual(added.topic, "tax season")
        XCTAssertEqual(try store.addFeature(Feature(number: 0, benefit: "b", story: "s", ask: "a"), to: "acc", derived: []).number, 3, "the same story is not added twice")
        let week = try XCTUnwrap(MeetingDate("2026-03-05"))
        XCTAssertNil(try store.recordGiven(GivenIntro(date: week, feature: 2, seconds: 40), for: "acc", derived: []))
        let replaced = try store.recordGiven(GivenIntro(date: week.adding(weeks: 0), feature: 3, seconds: 41), for: "acc", derived: [])
        XCTAssertEqual(replaced?.feature, 2, "one intro a week: recording the week again replaces it")
        XCTAssertEqual(try store.givenIntros(of: "acc").map(\.week.description), ["2026-03-02"])
        XCTAssertEqual(try count("features"), 2)
        XCTAssertEqual(try store.delete(name: "acc")?.versions, 1)
        XCTAssertEqual(try count("features"), 0)
        XCTAssertEqual(try count("given_intros"), 0)
    }

    func testMeetingDatesAndWeeks() throws {
        XCTAssertNil(MeetingDate("2026-02-29"))
        XCTAssertNotNil(MeetingDate("2028-02-29"))
        for bad in ["2026-3-05", "26-03-05", "2026-13-01", "2026-00-10", "", "2026-03-05T10:00", "２０２６-03-05"] { XCTAssertNil(MeetingDate(bad), bad) }
        XCTAssertEqual(MeetingDate("2026-03-08")?.weekStart.description, "2026-03-02", "a Sunday is in the week of the Monday before")
        XCTAssertEqual(MeetingDate("2026-03-02")?.weekStart.description, "2026-03-02")
        XCTAssertEqual(MeetingDate("2026-12-31")?.adding(weeks: 1).description, "2027-01-07")
        XCTAssertEqual(MeetingDate("1969-12-31")?.weekStart.description, "1969-12-29")
        XCTAssertEqual(MeetingDate.today(Date(timeIntervalSince1970: 86_400 * 3 - 1), in: TimeZone(secondsFromGMT: 3600)!).description, "1970-01-04")
    }
}
