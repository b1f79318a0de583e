import Foundation
import XCTest

/// The interview in a real terminal: tmux runs the binary, send-keys types,
/// capture-pane reads the screen. Covers Tab completion, a pre-filled edit,
/// Ctrl-C, resuming, and the saved draft.
final class InterviewTerminalTests: XCTestCase {
    private var session = ""
    private var home: URL!
    private var script: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            return XCTFail("tmux is needed for this test: apt-get install -y tmux (.ci/run does this)")
        }
        home = try Pitchcoach.temporaryDirectory()
        // exec, so Ctrl-C reaches pitchcoach itself, as it would from a shell prompt.
        script = try Pitchcoach.file("run.sh", """
            export HOME='\(home.path)' XDG_DATA_HOME='\(home.path)/data' XDG_STATE_HOME='\(home.path)/state'
            export XDG_CONFIG_HOME='\(home.path)/config' LANG=C.UTF-8 TERM=xterm-256color
            unset NO_COLOR
            exec '\(Pitchcoach.binary.path)' interview "$@"
            """, in: home)
    }

    override func tearDown() {
        if home != nil { tmux(["kill-server"]) }
    }

    func testTypingTabCompletionEditingCtrlCAndResume() throws {
        start(["--lang", "en"])
        waitFor("What is your name?")
        type("Ann Lee")
        waitFor("What is your business called?")
        type(":he", enter: false)
        keys("Tab")
        waitFor("> :help")
        keys("Enter")
        waitFor("go back to the previous question")
        type("Lee Bookkeeping")
        waitFor("who is your ideal client?")
        keys("Enter")
        waitFor("Who were they?")
        type("A bakery owner")
        waitFor("what problem or situation")
        keys("C-c")
        waitFor("Line cancelled")
        keys("C-c")
        waitFor("pitchcoach interview --resume intro")
        waitFor("[exited]")

        start(["--resume", "intro"])
        waitFor("Welcome back")
        type("was drowning in receipts")
        waitFor("What did you do for them?")
        type("set up simple monthly books")
        waitFor("What changed for them afterwards?")
        type("she got 10 hours a week back")
        waitFor("Pick the statement")
        type("1")
        waitFor("Make it yours")
        waitFor("> I help bakery owners")
        keys("C-a")
        type("Honestly, ")
        waitFor("Add another client story?")
        type("no")
        waitFor("Who is a good referral for you?")
        type("A cafe owner who does the books at night.")
        waitFor("a short line people will remember you by")
        keys("Enter")
        waitFor("the phone number a fellow member can call you on")
        type("+66 81 234 5678")
        waitFor("the email address you use for work")
        type("ann@leebookkeeping.com")
        waitFor("your website")
        keys("Enter")
        waitFor("Save this intro as a new draft?")
        type("yes")
        waitFor("Saved as intro version 1.")
        waitFor("[exited]")

        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home)
        XCTAssertTrue(shown.stdout.contains("Honestly, I help bakery owners who are drowning in receipts get 10 hours a week back."), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("name: Ann Lee\nbusiness: Lee Bookkeeping\nlang: en\nseconds: 60\nphone: +66 81 234 5678\nemail: ann@leebookkeeping.com\n---\n"), shown.stdout)

        let history = home.appendingPathComponent("state/pitchcoach/history")
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(try String(contentsOf: history, encoding: .utf8).contains("Ann Lee"))
    }

    /// Issue 13 at a terminal: a second interview's own name, the lead question's
    /// list and range, the trimming step's pre-filled line, and commands at the last
    /// question that show only their own output.
    func testANewcomersSecondInterviewLeadTrimmingAndLastCommands() throws {
        let first = ["Ann Lee", "Lee Bookkeeping", "", "A bakery owner", "was drowning in receipts", "set up monthly books",
                     "she got 10 hours a week back", "1", "", "no", "A cafe owner who does the books at night.", "", "", "", "", "yes"]
        XCTAssertEqual(try Pitchcoach.run(["interview", "--lang", "en"], input: first.joined(separator: "\n") + "\n", home: home).status, 0)

        start(["--lang", "en", "--seconds", "33"])
        waitFor("You already have a draft called intro, with 1 saved version.")
        keys("Enter")
        waitFor("What is your name?")
        for answer in ["Bo Chan", "Chan Tax", "", "A bakery owner", "was drowning in receipts", "set up monthly books", "she got 10 hours a week back", "1"] {
            type(answer)
        }
        waitFor("> I help bakery owners")
        keys("Enter")
        waitFor("Add another client story?")
        for answer in ["yes", "A florist", "was late with VAT every quarter", "filed everything for her", "no more fines in 2 years", "1"] {
            type(answer)
        }
        waitFor("> I help florists")
        keys("Enter")
        waitFor("(yes/no)")
        type("no")
        waitFor("Which client's statement should lead your intro?")
        XCTAssertTrue(screen().contains("  2. I help florists who are late with VAT."), screen())
        type("5")
        waitFor("Please type a number from 1 to 2.")
        type("1")
        waitFor("Who is a good referral for you?")
        type("A cafe owner who does the books at night.")
        waitFor("a short line people will remember you by")
        keys("Enter")
        for question in ["the phone number a fellow member can call you on", "the email address you use for work", "your website"] {
            waitFor(question)
            keys("Enter")
        }
        waitFor("Before you save it, shorten the sentences that take the most time:")
        waitFor("> I help bakery owners who are drowning in receipts get 10 hours a week back.")
        keys("C-a")
        keys("C-k")
        keys("Enter")
        waitFor("seconds: within your target of 33.")
        type(":history")
        waitFor("Nothing saved yet for intro-2")
        type(":save")
        waitFor("Saved as intro-2 version 1.")
        type(":diff")
        waitFor("The intro so far is the same as version 1; nothing has changed.")
        type("yes")
        waitFor("[exited]")
        XCTAssertEqual(screen().components(separatedBy: "Here is your intro:").count, 2, "the intro is shown once:\n\(screen())")

        let shown = try Pitchcoach.run(["drafts", "show", "intro-2"], home: home).stdout
        XCTAssertTrue(shown.contains("name: Bo Chan") && !shown.contains("I help a bakery owner"), shown)
        XCTAssertTrue(try Pitchcoach.run(["drafts", "log", "intro"], home: home).stdout.hasPrefix("intro: 1 version, English"))
    }

    // MARK: tmux

    private func start(_ arguments: [String]) {
        if !session.isEmpty { tmux(["kill-session", "-t", session]) }
        session = "pitchcoach-\(UUID().uuidString.prefix(8))"
        let command = (["bash", script.path] + arguments).map { "'\($0)'" }.joined(separator: " ") + "; echo '[exited]'; sleep 600"
        tmux(["new-session", "-d", "-s", session, "-x", "200", "-y", "50", command])
    }

    private func type(_ text: String, enter: Bool = true) {
        tmux(["send-keys", "-t", session, "-l", text])
        if enter { keys("Enter") }
    }

    private func keys(_ key: String) {
        tmux(["send-keys", "-t", session, key])
    }

    private func screen() -> String {
        tmux(["capture-pane", "-p", "-J", "-t", session, "-S", "-500"])
    }

    private func waitFor(_ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen().contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("“\(text)” never appeared. Screen:\n\(screen())", file: file, line: line)
    }

    /// Runs tmux on a server of this test's own (its socket lives in `home`),
    /// so a user's tmux is never touched and tearDown can end everything.
    /// Spawned by hand, keeping every descriptor of ours from the child:
    /// Foundation's Process waits until no process holds a socket it hands its
    /// child, and the tmux server, forked by the first command, holds what it inherits.
    @discardableResult
    private func tmux(_ arguments: [String]) -> String {
        let inherited = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in inherited.compactMap(Int32.init) where descriptor > 2 {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        let output = home.appendingPathComponent("tmux-output").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux", "-S", home.appendingPathComponent("tmux.socket").path] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv + [nil], environ) == 0 else { return "" }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}
