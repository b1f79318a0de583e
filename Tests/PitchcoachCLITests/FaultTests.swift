import Foundation
import XCTest

/// Faults and hostile input through the real binary: each ends with one clear
/// line on standard error and exit 2, never a signal or a backtrace.
final class FaultTests: XCTestCase {
    private var goldenLint: URL {
        Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("lint")
    }

    private var samplePitch: String { goldenLint.appendingPathComponent("pitch-en.md").path }

    /// One line of error, exit 2, no crash.
    private func assertOneLineError(_ result: Pitchcoach.Result, containing text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(result.exited, "killed by a signal: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("pitchcoach: "), result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(text), result.stderr, file: file, line: line)
    }

    // MARK: Numbers

    func testTargetFlagsOutsideFiveSecondsToAnHourAreUsageErrors() throws {
        for value in ["inf", "1e308", "1e20", "nan", "0", "-5", "4"] {
            for command in ["lint", "export"] {
                let result = try Pitchcoach.run([command, "--seconds=\(value)", samplePitch])
                XCTAssertTrue(result.exited, "\(command) --seconds \(value) crashed: \(result.stderr)")
                XCTAssertEqual(result.status, 2, "\(command) --seconds \(value)")
                XCTAssertEqual(result.stderr, """
                    pitchcoach: The value '\(value)' is invalid for '--seconds <seconds>': the target time should be a number of seconds from 5 to 3600 (one hour), such as 60.
                    See 'pitchcoach \(command) --help'.

                    """)
            }
        }
        XCTAssertEqual(try Pitchcoach.run(["lint", "--seconds", "3600", "--fail-on", "never", samplePitch]).status, 0)
    }

    func testTargetsInFrontMatterAreChecked() throws {
        for value in ["1e400", "99999999999999999999", "inf", "0"] {
            let pitch = try Pitchcoach.file("pitch.md", "---\nname: Ann\nseconds: \(value)\n---\nYou pay less tax.\n")
            for arguments in [["lint"], ["export", "--force", "--format", "json"]] {
                let result = try Pitchcoach.run(arguments + [pitch.path])
                assertOneLineError(result, containing: "pitch.md:3: 'seconds' should be a number of seconds from 5 to 3600")
            }
        }
    }

    func testTargetsAndPacesInSettingsAreChecked() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        let pitch = try Pitchcoach.file("pitch.md", "You pay less tax.\n", in: folder)
        try Pitchcoach.file("pitchcoach.toml", "# ours\nseconds = inf\n", in: folder)
        for arguments in [["lint"], ["export", "--force", "--format", "json"]] {
            assertOneLineError(try Pitchcoach.run(arguments + [pitch.path]), containing: "pitchcoach.toml:2: 'seconds' should be a number of seconds from 5 to 3600")
        }
        try Pitchcoach.file("pitchcoach.toml", "version = inf\n", in: folder)
        assertOneLineError(try Pitchcoach.run(["lint", pitch.path]), containing: "pitchcoach.toml:1: 'version' should be 1, the only config format so far.")

        let home = try Pitchcoach.temporaryDirectory()
        try Pitchcoach.file("data/pitchcoach/pace.toml", "en = inf\n", in: home)
        let paced = try Pitchcoach.file("pitch.md", "You pay less tax.\n")
        assertOneLineError(try Pitchcoach.run(["lint", paced.path], home: home), containing: "pace.toml:1: a pace of inf per second is not one people speak at")
    }

    // MARK: Output that cannot be written

    func testAFullDiskEndsTheCommandWithOneLine() throws {
        let store = try Pitchcoach.temporaryDirectory().appendingPathComponent("s.sqlite").path
        XCTAssertEqual(try Pitchcoach.run(["drafts", "save", "ann", samplePitch, "--store", store]).status, 0)
        for arguments in [["lint", samplePitch], ["export", samplePitch], ["rules"], ["drafts", "list", "--store", store]] {
            let result = try Pitchcoach.shell(#""$PITCHCOACH" "$@" > /dev/full"#, arguments)
            XCTAssertTrue(result.exited, "\(arguments) crashed")
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, "pitchcoach: cannot write output: no space left on device.\n", "\(arguments)")
        }
    }

    func testAClosedPipeEndsTheCommandQuietly() throws {
        // More output than a pipe holds, so a write must meet the closed end.
        let pitch = try Pitchcoach.file("long.md", String(repeating: "We leverage synergy to deliver end-to-end solutions.\n", count: 3000))
        for ignoresSignal in [true, false] {
            let trap = ignoresSignal ? "trap '' PIPE; " : ""
            let result = try Pitchcoach.shell(trap + #""$PITCHCOACH" "$@" | head -c 0; echo "status ${PIPESTATUS[0]}""#, ["lint", "--fail-on", "never", pitch.path])
            XCTAssertEqual(result.stdout, "status 2\n", "SIGPIPE ignored: \(ignoresSignal)")
            XCTAssertEqual(result.stderr, "", "SIGPIPE ignored: \(ignoresSignal)")
        }
    }

    // MARK: Files export writes

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func testExportKeepsAPrivateFilePrivate() throws {
        let target = try Pitchcoach.file("intro.txt", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        let result = try Pitchcoach.run(["export", samplePitch, "--output", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try mode(target.path), 0o600)
        XCTAssertNotEqual(try String(contentsOf: target, encoding: .utf8), "old\n")
    }

    func testExportRefusesToReplaceAReadOnlyFile() throws {
        let target = try Pitchcoach.file("intro.txt", "keep me\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: target.path)
        assertOneLineError(try Pitchcoach.run(["export", samplePitch, "--output", target.path]), containing: "intro.txt: this file is read-only")
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "keep me\n")
        XCTAssertEqual(try mode(target.path), 0o444)
    }

    func testExportHonoursTheUmaskForANewFile() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        for (umask, expected) in [("002", 0o664), ("077", 0o600)] {
            let target = folder.appendingPathComponent("new-\(umask).txt").path
            let result = try Pitchcoach.shell("umask \(umask); " + #"exec "$PITCHCOACH" "$@""#, ["export", samplePitch, "--output", target])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try mode(target), expected, "umask \(umask)")
        }
    }

    func testExportRemovesTemporaryFilesThatAKilledExportLeft() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        // A process number above the kernel's largest is one no process has.
        let dead = [".intro.txt.4194305.tmp", ".intro.txt.4194306.123456.tmp"]
        let live = ".intro.txt.\(getpid()).tmp"
        let others = [".intro.txt.abc.tmp", ".other.txt.4194305.tmp", "notes.tmp"]
        for name in dead + [live] + others { try Pitchcoach.file(name, "partial", in: folder) }
        let result = try Pitchcoach.run(["export", samplePitch, "--output", folder.appendingPathComponent("intro.txt").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        XCTAssertEqual(left, Set([live, "intro.txt"] + others))
    }

    // MARK: What is read

    func testUTF16WithAByteOrderMarkIsRead() throws {
        let text = try String(contentsOfFile: samplePitch, encoding: .utf8)
        let expected = try Pitchcoach.run(["lint", "--fail-on", "never", "-"], input: text)
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let result = try Pitchcoach.run(["lint", "--fail-on", "never", "-"], bytes: bom + Array(try XCTUnwrap(text.data(using: encoding))))
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, expected.stdout)
        }
        assertOneLineError(try Pitchcoach.run(["lint", "-"], bytes: [0xFF, 0xFE, 0x41]), containing: "this file is in UTF-16 but is damaged")
        assertOneLineError(try Pitchcoach.run(["lint", "-"], bytes: [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), containing: "this file is in UTF-16 but is damaged")
    }

    func testAFileOfUnicodeSpacesIsEmpty() throws {
        for blank in ["\u{00A0}", "\u{3000}", "\u{2028}", "\u{2003}\n\u{FEFF}", " \n\t"] {
            let result = try Pitchcoach.run(["lint", "-"], input: blank)
            assertOneLineError(result, containing: "<stdin>: the file is empty; write your pitch in it first.")
        }
    }

    func testInvisibleCharactersDoNotHideAWord() throws {
        let insideAWord = ["\u{FEFF}", "\u{2060}", "\u{200D}", "\u{00AD}", "\u{034F}"]
        // A zero-width space separates words (Thai uses it so), so it may only follow one.
        for (invisible, pitch) in insideAWord.map({ ($0, "You get our syn\($0)ergy\($0) today.\n") })
            + (insideAWord + ["\u{200B}"]).map({ ($0, "You get our synergy\($0) today.\n") }) {
            let result = try Pitchcoach.run(["lint", "--fail-on", "never", "-"], input: pitch)
            let name = "U+" + String(invisible.unicodeScalars.first!.value, radix: 16, uppercase: true)
            XCTAssertTrue(result.stdout.contains("<stdin>:1:13: warning:"), "\(name): \(result.stdout)")
            XCTAssertTrue(result.stdout.contains("[jargon]"), "\(name): \(result.stdout)")
        }
    }

    func testLinksThatLeadNowhereAreNamed() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a.md").path, withDestinationPath: "b.md")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.md").path, withDestinationPath: "missing.md")
        assertOneLineError(try Pitchcoach.run(["lint", "a.md"], directory: folder), containing: "a.md: this link leads round in a loop")
        assertOneLineError(try Pitchcoach.run(["lint", "gone.md"], directory: folder), containing: "gone.md: this is a link to missing.md, which does not exist")
    }

    func testAClosedStandardInputIsNotAnEmptyPitch() throws {
        assertOneLineError(try Pitchcoach.shell(#"exec "$PITCHCOACH" lint - <&-"#), containing: "<stdin>: standard input is closed")
    }

    func testAnAnswerThatIsNotUTF8IsAskedAgain() throws {
        let answers = Array("Ann Lee\nLee ".utf8) + [0xFF, 0xFE] + Array(" Books\nLee Books\n".utf8)
        let result = try Pitchcoach.run(["interview", "--lang", "en"], bytes: answers)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("""
            What is your business called?
            > \nSome characters in that answer could not be read (it was not UTF-8 text), so it was not saved. Please type it again.
            What is your business called?
            > Lee Books
            """), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{FFFD}"), result.stdout)
    }

    // MARK: The store

    func testAStoreHeldByAnotherProgramIsNotBlamedOnPitchcoach() throws {
        let store = try Pitchcoach.temporaryDirectory().appendingPathComponent("s.sqlite").path
        XCTAssertEqual(try Pitchcoach.run(["drafts", "save", "ann", samplePitch, "--store", store]).status, 0)
        // Another program takes the write lock and keeps it well past pitchcoach's busy timeout,
        // however long the lint before the write takes; it is killed once pitchcoach gives up.
        let result = try Pitchcoach.shell("""
            python3 -c 'import sqlite3, sys, time
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute("BEGIN EXCLUSIVE"); print("locked", flush=True); time.sleep(60)' "$1" > "$1.lock" &
            until [ -s "$1.lock" ]; do sleep 0.05; done
            "$PITCHCOACH" drafts save ann "$2" --store "$1"
            status=$?; kill %1; exit $status
            """, [store, goldenLint.appendingPathComponent("pitch-th.md").path])
        assertOneLineError(result, containing: "is busy: another program is using it (another pitchcoach, or a tool that opened the file)")
    }

    func testReadingAStoreNeedsNoWriteAccess() throws {
        guard getuid() == 0 else { return try assertReadOnlyStoreReads(runAs: []) }
        // Root writes anywhere, so the commands run as nobody, as a user without write access would.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("needs setpriv to run as another user") }
        try assertReadOnlyStoreReads(runAs: ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"])
    }

    private func assertReadOnlyStoreReads(runAs prefix: [String]) throws {
        let folder = try Pitchcoach.temporaryDirectory()
        let pitch = try Pitchcoach.file("pitch.md", try String(contentsOfFile: samplePitch, encoding: .utf8), in: folder)
        let store = folder.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        if !prefix.isEmpty {
            for path in [folder.path, store.path, pitch.path] {
                try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: path)
            }
        }
        var binary = Pitchcoach.binary
        if !prefix.isEmpty {
            // The build folder may be one that nobody cannot enter: run a copy, with the resources it reads.
            let copies = folder.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
            for name in [binary.lastPathComponent, "pitchcoach_PitchResources.resources"] {
                try FileManager.default.copyItem(at: binary.deletingLastPathComponent().appendingPathComponent(name), to: copies.appendingPathComponent(name))
            }
            binary = copies.appendingPathComponent(binary.lastPathComponent)
        }
        func pitchcoach(_ arguments: [String]) throws -> Pitchcoach.Result {
            try Pitchcoach.shell(#"exec "$@""#, prefix + [binary.path] + arguments + ["--store", store.appendingPathComponent("s.sqlite").path])
        }
        XCTAssertEqual(try pitchcoach(["drafts", "save", "ann", pitch.path]).status, 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: store.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: store.path) }
        for arguments in [["drafts", "list"], ["drafts", "log", "ann"], ["drafts", "show", "ann"], ["lint", "--fail-on", "never", "ann"]] {
            let result = try pitchcoach(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stdout.isEmpty, "\(arguments)")
        }
        try Pitchcoach.file("new.md", "You pay less tax, so your evenings are yours again.\n", in: folder)
        assertOneLineError(try pitchcoach(["drafts", "save", "ann", folder.appendingPathComponent("new.md").path]), containing: "read-only")
    }

    // MARK: Usage errors

    func testUsageErrorsAreOneLineAndAHint() throws {
        let cases: [([String], String)] = [
            (["lint", "--lang", "xx", samplePitch], "lint"),
            (["lint", "--format", "yaml", samplePitch], "lint"),
            (["lint", "--fail-on", "sometimes", samplePitch], "lint"),
            (["drafts", "save", "", samplePitch], "drafts save"),
            (["drafts", "log"], "drafts log"),
            (["interview", "--seconds", "inf"], "interview"),
        ]
        for (arguments, command) in cases {
            let result = try Pitchcoach.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            let lines = result.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(lines.first?.hasPrefix("pitchcoach: ") == true, result.stderr)
            XCTAssertEqual(lines.last, "See 'pitchcoach \(command) --help'.", "\(arguments)")
        }
    }
}
