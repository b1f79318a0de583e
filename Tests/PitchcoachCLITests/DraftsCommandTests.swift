import Foundation
import GRDB
import PitchKit
import XCTest

/// `pitchcoach drafts`, `edit` and `lint NAME` end to end through the built
/// binary, each test with its own store in a temporary folder.
final class DraftsCommandTests: XCTestCase {
    var home: URL!
    var storeFolder: URL { home.appendingPathComponent("pitchcoach-home") }
    var storePath: String { storeFolder.appendingPathComponent("pitchcoach.sqlite").path }

    override func setUpWithError() throws {
        home = try Pitchcoach.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    @discardableResult
    func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Pitchcoach.Result {
        var environment = environment
        environment["PITCHCOACH_HOME"] = environment["PITCHCOACH_HOME"] ?? storeFolder.path
        environment["TZ"] = "UTC"
        return try Pitchcoach.run(arguments, input: input, home: home, environment: environment)
    }

    let first = "Hi, I'm Ana. We provide quality service and a one-stop shop for accounting.\n"
    let second = "Hi, I'm Ana. I help café owners cut their tax bill by a fifth, so they keep more of what they earn.\n"

    func testSaveListLogShowRestoreAndRemove() throws {
        var result = try run(["drafts", "list"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "No drafts saved yet. Save one with: pitchcoach drafts save NAME pitch.md\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: storePath), "listing must not create a store")

        let file = try Pitchcoach.file("pitch.md", first, in: home)
        result = try run(["drafts", "save", "ana", file.path, "--note", "first try"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Saved ana v1 (import): "), result.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: storePath))

        result = try run(["drafts", "save", "ana", file.path])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "ana v1 already has this text; nothing new to save.\n")

        result = try run(["drafts", "save", "ana", "-"], input: second)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Saved ana v2 (import): "), result.stdout)

        result = try run(["drafts", "list"])
        XCTAssertEqual(result.status, 0)
        let listed = result.stdout.split(separator: "\n")
        XCTAssertEqual(listed.count, 2, result.stdout)
        XCTAssertTrue(listed[0].hasPrefix("NAME"), result.stdout)
        XCTAssertTrue(listed[1].hasPrefix("ana   v2      "), result.stdout)

        result = try run(["drafts", "show", "ana@1"])
        XCTAssertEqual(result.stdout, first)
        result = try run(["drafts", "show", "ana"])
        XCTAssertEqual(result.stdout, second)

        result = try run(["drafts", "show", "ana@v2", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["name"] as? String, "ana")
        XCTAssertEqual(json["version"] as? Int, 2)
        XCTAssertEqual(json["source"] as? String, "import")
        XCTAssertEqual(json["language"] as? String, "en")
        XCTAssertEqual(json["text"] as? String, second)
        XCTAssertTrue(json["note"] is NSNull)
        for key in ["created", "words", "seconds", "errors", "warnings"] { XCTAssertNotNil(json[key], key) }

        result = try run(["drafts", "restore", "ana", "1"])
        XCTAssertEqual(result.stdout, "Restored ana v1 as v3.\n")
        result = try run(["drafts", "restore", "ana", "v3"])
        XCTAssertEqual(result.stdout, "ana v3 already has the text of v3; nothing new to save.\n")
        XCTAssertEqual(try run(["drafts", "show", "ana"]).stdout, first)

        result = try run(["drafts", "log", "ana"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "ana: 3 versions, English")
        XCTAssertTrue(lines[1].hasPrefix("VERSION  SAVED             SOURCE"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("v1       "), lines[2])
        XCTAssertTrue(lines[2].hasSuffix("first try"), lines[2])
        XCTAssertTrue(lines[3].contains(" import "), lines[3])
        XCTAssertTrue(lines[4].contains(" restore ") && lines[4].hasSuffix("restored from v1"), lines[4])
        XCTAssertTrue(lines.contains { $0.hasPrefix("time      ") && $0.contains("▁") || $0.contains("█") }, result.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("since v1: ") }, result.stdout)

        result = try run(["drafts", "rm", "ana"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "pitchcoach: deleting ana and its 3 versions cannot be undone; add --yes to confirm when not at a terminal.\n")
        result = try run(["drafts", "rm", "ana", "--yes"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Deleted ana and its 3 versions.\n")
        XCTAssertEqual(try run(["drafts"]).stdout, "No drafts saved yet. Save one with: pitchcoach drafts save NAME pitch.md\n")
    }

    func testDiffMarksRemovedAndAddedWords() throws {
        try run(["drafts", "save", "ana", "-"], input: "I help owners of shops.\n")
        try run(["drafts", "save", "ana", "-"], input: "I help busy owners of cafés.\n")
        var result = try run(["drafts", "diff", "ana", "1", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("--- ana v1  "), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("+++ ana v2  "), lines[1])
        XCTAssertEqual(lines[2], "I help {+busy +}owners of [-shops-]{+cafés+}.")
        XCTAssertEqual(lines[3], "1 word removed, 2 added.")
        XCTAssertEqual(try run(["drafts", "diff", "ana"]).stdout, result.stdout, "no versions: the last two")

        try run(["drafts", "save", "thai", "-"], input: "ผมช่วยร้านอาหารลดต้นทุน\n")
        try run(["drafts", "save", "thai", "-"], input: "ผมช่วยร้านกาแฟลดต้นทุน\n")
        result = try run(["drafts", "diff", "thai", "v1"])
        XCTAssertEqual(result.stdout.split(separator: "\n")[2], "ผมช่วยร้าน[-อาหาร-]{+กาแฟ+}ลดต้นทุน")

        result = try run(["drafts", "diff", "ana", "1", "9"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "pitchcoach: ana has no version 9; its versions are v1 to v2.\n")
    }

    func testThaiAndVietnameseRoundTripByteForByte() throws {
        let texts = [
            "สวัสดีครับ ผมชื่อสมชาย ผมช่วยร้านอาหารลดต้นทุนวัตถุดิบลง 20% ภายในสามเดือน\n",
            "Xin chào, tôi là Lan. Tôi giúp các quán cà phê tăng doanh thu 30% trong ba tháng.",
            "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t, decomposed on purpose.\r\n",
        ]
        for (index, text) in texts.enumerated() {
            let name = ["ร้านอาหาร", "quán cà phê", "decomposed"][index]
            let file = try Pitchcoach.file("pitch\(index).md", text, in: home)
            let saved = try run(["drafts", "save", name, file.path])
            XCTAssertEqual(saved.status, 0, saved.stderr)
            let shown = try run(["drafts", "show", name])
            XCTAssertEqual(Array(shown.stdout.utf8), Array(text.utf8))
            let json = try run(["drafts", "show", name, "--json"])
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            XCTAssertEqual((object["text"] as? String).map { Array($0.utf8) }, Array(text.utf8))
        }
        XCTAssertEqual(try run(["drafts", "show", "ร้านอาหาร", "--json"]).stdout.contains("\"language\":\"th\""), true)
        XCTAssertTrue(try run(["drafts", "list"]).stdout.contains("quán cà phê"))
    }

    func testEditSavesOnlyWhenTheTextChanged() throws {
        let appender = try Pitchcoach.file("append.sh", "printf 'Call me.\\n' >> \"$1\"\n", in: home)
        try run(["drafts", "save", "ana", "-"], input: first)

        var result = try run(["edit", "ana"], environment: ["EDITOR": "true"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "No changes to ana v1; nothing saved.\n")

        // $VISUAL wins over $EDITOR, and an editor command may carry arguments.
        result = try run(["edit", "ana"], environment: ["VISUAL": "sh \(appender.path)", "EDITOR": "false"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Saved ana v2 (edit): "), result.stdout)
        XCTAssertEqual(try run(["drafts", "show", "ana"]).stdout, first + "Call me.\n")

        result = try run(["edit", "ana"], environment: ["EDITOR": "false"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("pitchcoach: the editor 'false' exited with status 1; nothing saved"), result.stderr)

        result = try run(["edit", "fresh"], environment: ["EDITOR": "sh \(appender.path)"])
        XCTAssertTrue(result.stdout.hasPrefix("Saved fresh v1 (edit): "), result.stdout)
        XCTAssertTrue(try run(["drafts", "log", "fresh"]).stdout.contains(" edit "))
    }

    func testLintANameLintsItsLatestVersion() throws {
        try run(["drafts", "save", "ana", "-"], input: first)
        try run(["drafts", "save", "ana", "-"], input: second)
        var result = try run(["lint", "ana"])
        XCTAssertTrue(result.stdout.contains("ana@2: "), result.stdout)
        XCTAssertFalse(result.stdout.contains("ana@1"), result.stdout)
        result = try run(["lint", "ana@1", "--fail-on", "warning"])
        XCTAssertTrue(result.stdout.contains("ana@1:1:"), result.stdout)
        XCTAssertEqual(result.status, 1)
        result = try run(["lint", "nobody"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("nobody: no such file"), result.stderr)
        // A file of that name wins over the draft.
        let file = try Pitchcoach.file("ana", "I help bakers sell twice as much bread, so they can hire.\n", in: home)
        result = try Pitchcoach.run(["lint", "ana"], home: home, environment: ["PITCHCOACH_HOME": storeFolder.path], directory: file.deletingLastPathComponent())
        XCTAssertTrue(result.stdout.contains("ana: "), result.stdout)
        XCTAssertFalse(result.stdout.contains("ana@"), result.stdout)
    }

    func testUsageErrors() throws {
        for (arguments, message) in [
            (["drafts", "save", "a@b", "-"], "a draft name cannot contain '@'"),
            (["drafts", "save", "a/b", "-"], "a draft name cannot contain '/'"),
            (["drafts", "save", String(repeating: "n", count: 81), "-"], "at most 80 characters"),
            (["drafts", "show", "ana@latest"], "'latest' is not a version number"),
            (["drafts", "restore", "ana", "x"], "'x' is not a version number"),
        ] {
            let result = try run(arguments, input: "text")
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains(message), result.stderr)
        }
        var result = try run(["drafts", "log", "nobody"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "pitchcoach: there is no draft named 'nobody'; run 'pitchcoach drafts list' to see your drafts, or save one with 'pitchcoach drafts save nobody pitch.md'.\n")
        result = try run(["drafts", "save", "ana", "-"], input: "  \n")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "pitchcoach: <stdin>: the file is empty; write your pitch in it first.\n")
    }

    // MARK: Faults

    func testBrokenStoresGetOneLineAndExit2() throws {
        let notAStore = try Pitchcoach.file("notes.sqlite", "just some notes\n", in: home)
        var result = try run(["drafts", "save", "ana", "-", "--store", notAStore.path], input: first)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "pitchcoach: \(notAStore.path) is not a pitchcoach store (not an SQLite database); choose another store file.\n")
        result = try run(["drafts", "list", "--store", notAStore.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(try String(contentsOf: notAStore, encoding: .utf8), "just some notes\n")

        let missing = home.appendingPathComponent("no/such/folder/s.sqlite").path
        result = try run(["drafts", "save", "ana", "-", "--store", missing], input: first)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "pitchcoach: the folder \(home.appendingPathComponent("no/such/folder").path) does not exist; create it first or choose another store file.\n")

        // A store from a newer pitchcoach: refused, untouched.
        XCTAssertEqual(try run(["drafts", "save", "ana", "-"], input: first).status, 0)
        let queue = try DatabaseQueue(path: storePath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2-from-the-future')") }
        // Everything into the main file, so comparing its bytes shows any change.
        try queue.writeWithoutTransaction { _ = try Row.fetchAll($0, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: storePath))
        result = try run(["drafts", "save", "ana", "-"], input: second)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1)
        XCTAssertTrue(result.stderr.contains("was written by a newer pitchcoach"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: storePath)), before)
    }

    func testTwoWriterProcessesNumberWithoutGaps() throws {
        // No store yet: both processes create and migrate it at the same moment, too.
        let group = DispatchGroup()
        let failures = Failures()
        let home: URL = home
        let environment = ["PITCHCOACH_HOME": storeFolder.path]
        for writer in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                for index in 0..<6 {
                    let result = try? Pitchcoach.run(
                        ["drafts", "save", "shared", "-", "--note", "writer \(writer)"],
                        input: "writer \(writer) text \(index)\n", home: home, environment: environment
                    )
                    if result?.status != 0 { failures.add("writer \(writer) save \(index): \(result?.stderr ?? "did not run")") }
                }
            }
        }
        group.wait()
        XCTAssertEqual(failures.all, [])
        let store = try DraftStore(path: storePath)
        XCTAssertEqual(try store.versions(of: "shared")?.map(\.number), Array(1...12))
        XCTAssertEqual(try store.integrityCheck(), "ok")
    }

    /// SIGKILL at random moments of real saves, many of them inside the write
    /// transaction (a fault hook makes each save wait there before committing):
    /// the store stays sound, with every version whole and numbered 1...n.
    func testKilledMidSaveLeavesTheStoreConsistent() throws {
        XCTAssertEqual(try run(["drafts", "save", "crash", "-"], input: "version zero\n").status, 0)
        let delay = 150
        var completed = 0
        var attempts = 0
        var previousCount = 1
        for round in 0..<14 {
            let process = Process()
            process.executableURL = Pitchcoach.binary
            process.arguments = ["drafts", "save", "crash", "-", "--note", "round \(round)"]
            process.environment = [
                "HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                "PITCHCOACH_HOME": storeFolder.path, "PITCHCOACH_FAULT_SAVE_DELAY_MS": "\(delay)",
            ]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            attempts += 1
            input.fileHandleForWriting.write(Data("round \(round): \(String(repeating: "words ", count: 200 + round))\n".utf8))
            try input.fileHandleForWriting.close()
            // Kill somewhere between start-up and well past the commit.
            usleep(UInt32.random(in: 20_000...400_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit && process.terminationStatus == 0 { completed += 1 }

            let store = try DraftStore(path: storePath)
            XCTAssertEqual(try store.integrityCheck(), "ok")
            let numbers = try XCTUnwrap(store.versions(of: "crash")).map(\.number)
            XCTAssertEqual(numbers, Array(1...numbers.count), "round \(round)")
            XCTAssertTrue(numbers.count == previousCount || numbers.count == previousCount + 1, "round \(round)")
            if numbers.count > previousCount {
                let latest = try XCTUnwrap(store.version(of: "crash"))
                XCTAssertEqual(latest.text, "round \(round): \(String(repeating: "words ", count: 200 + round))\n")
                XCTAssertEqual(latest.note, "round \(round)")
            }
            previousCount = numbers.count
        }
        let versions = previousCount - 1
        XCTAssertGreaterThanOrEqual(versions, completed)
        XCTAssertLessThanOrEqual(versions, attempts)
        // The store still takes new versions, numbered on.
        XCTAssertEqual(try run(["drafts", "save", "crash", "-"], input: "after the crashes\n").stdout.hasPrefix("Saved crash v\(previousCount + 1) "), true)
    }

    func testUnfinishedInterviewsAreListedAndCanBeRemoved() throws {
        let home = try Pitchcoach.temporaryDirectory()
        try Pitchcoach.run(["interview", "ann", "--lang", "en"], input: "Ann Lee\nLee Bookkeeping\n", home: home)
        let list = try Pitchcoach.run(["drafts", "list"], home: home)
        XCTAssertTrue(list.stdout.contains("Unfinished interviews (continue one with: pitchcoach interview --resume NAME)\nann  unfinished, 2 answers, last answered "), list.stdout)

        let removed = try Pitchcoach.run(["drafts", "rm", "ann", "--yes"], home: home)
        XCTAssertEqual(removed.status, 0, removed.stderr)
        XCTAssertEqual(removed.stdout, "Deleted the unfinished interview ann.\n")
        XCTAssertTrue(try Pitchcoach.run(["drafts", "list"], home: home).stdout.hasPrefix("No drafts saved yet."))
        let again = try Pitchcoach.run(["interview", "ann", "--lang", "en"], input: "", home: home)
        XCTAssertFalse(again.stdout.contains("unfinished interview"), again.stdout)
        XCTAssertEqual(try Pitchcoach.run(["drafts", "rm", "nobody", "--yes"], home: home).status, 2)
    }
}

/// Failures collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ failure: String) { lock.lock(); list.append(failure); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return list }

}
