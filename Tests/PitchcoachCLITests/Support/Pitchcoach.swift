import Foundation
import XCTest

/// Runs the real `pitchcoach` binary, built next to this test bundle by
/// `swift build --build-tests`, the way a user's shell would.
enum Pitchcoach {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the process exited rather than being killed by a signal.
        var exited = true
    }

    static var binary: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("pitchcoach")
    }

    /// Runs `pitchcoach arguments...` with `input` on standard input, in a
    /// clean environment: HOME and the data folders point into `home`, so no
    /// test reads or writes the real user's files, and NO_COLOR is unset.
    @discardableResult
    static func run(
        _ arguments: [String], input: String? = nil, home: URL? = nil,
        environment extra: [String: String] = [:], directory: URL? = nil
    ) throws -> Result {
        try launch(binary, arguments, input: input.map { Data($0.utf8) }, home: home, environment: extra, directory: directory)
    }

    /// Runs `pitchcoach arguments...` with bytes that need not be UTF-8 on
    /// standard input; past `timeout` seconds the process is killed, which the
    /// result shows as not `exited`.
    static func run(_ arguments: [String], bytes: [UInt8], home: URL? = nil, directory: URL? = nil, timeout: Double? = nil) throws -> Result {
        try launch(binary, arguments, input: Data(bytes), home: home, directory: directory, timeout: timeout)
    }

    /// Runs a bash `script` in which "$PITCHCOACH" is the binary and "$@" the
    /// arguments: for what only a shell sets up (a closed pipe or standard
    /// input, a full disk, a umask, another user).
    static func shell(_ script: String, _ arguments: [String] = [], home: URL? = nil, directory: URL? = nil) throws -> Result {
        try launch(URL(fileURLWithPath: "/bin/bash"), ["-c", script, "bash"] + arguments, input: nil, home: home, environment: ["PITCHCOACH": binary.path], directory: directory)
    }

    private static func launch(
        _ executable: URL, _ arguments: [String], input: Data?, home: URL?,
        environment extra: [String: String] = [:], directory: URL? = nil, timeout: Double? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let home = try home ?? temporaryDirectory()
        var environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment.merge(extra) { $1 }
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        // Output goes to files, not pipes, so a large output can never block the process.
        let outputs = try temporaryDirectory()
        let stdoutURL = outputs.appendingPathComponent("stdout")
        let stderrURL = outputs.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let timeout {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let output = try Data(contentsOf: stdoutURL)
        let errors = try Data(contentsOf: stderrURL)
        try? FileManager.default.removeItem(at: outputs)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self),
            exited: process.terminationReason == .exit
        )
    }

    /// A new empty folder, removed when the process ends.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pitchcoach-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` in a new temporary folder and returns its URL.
    @discardableResult
    static func file(_ name: String, _ text: String, in directory: URL? = nil) throws -> URL {
        let url = try (directory ?? temporaryDirectory()).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Compares `actual` with the golden file `Golden/<name>`; with
    /// PITCHCOACH_UPDATE_GOLDEN=1 it rewrites the file in the source tree instead.
    static func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let source = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        let golden = findGoldenFolder(from: source).appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PITCHCOACH_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent(name), encoding: .utf8)
        XCTAssertEqual(actual, expected, "output differs from Golden/\(name); run with PITCHCOACH_UPDATE_GOLDEN=1 to accept a deliberate change", file: file, line: line)
    }

    private static func findGoldenFolder(from directory: URL) -> URL {
        var current = directory
        while current.path != "/" {
            let candidate = current.appendingPathComponent("Golden")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            current = current.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("Golden")
    }
}
