import ArgumentParser
import Foundation
import PitchKit

/// `pitchcoach edit NAME`: the latest text in your editor, saved as a new version if it changed.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit a saved draft in your editor and save the result as a new version.",
        discussion: """
            Opens $VISUAL, else $EDITOR, else vi, on the latest version's text (an empty file for a \
            new name). A new version (source: edit) is saved only if the text changed.
            """
    )

    @Argument(help: "The draft's name.")
    var name: String

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws { try Drafts.checkName(name) }

    func run() throws {
        let name = try DraftName.validated(name)
        let store = try storeOptions.open()
        let latest = try store.version(of: name)
        let original = latest?.text ?? ""

        let folder = try Self.temporaryFolder()
        // The name may hold any character but '/'; the file only needs a readable name and a .md suffix.
        let file = folder + "/" + String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" }) + ".md"
        guard FileManager.default.createFile(atPath: file, contents: Data(original.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw PitchError("cannot write the temporary file \(file) for the editor.")
        }
        func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

        let editor = Self.editor(ProcessInfo.processInfo.environment)
        let status = try Self.run(editor: editor, file: file)
        guard status == 0 else {
            throw PitchError("the editor '\(editor)' exited with status \(status); nothing saved (the text is still in \(file)).")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw PitchError("cannot read \(file) after editing; nothing saved.")
        }
        let text = String(decoding: data, as: UTF8.self)
        if data.elementsEqual(original.utf8) {
            cleanUp()
            Terminal.standardOutput.write(latest.map { "No changes to \(name) v\($0.number); nothing saved.\n" } ?? "Nothing written for \(name); nothing saved.\n")
            return
        }
        let outcome: SaveOutcome
        do {
            _ = try SourceFile.validate(Array(data), name: file)
            let summary = try Drafts.summary(of: text, name: file)
            outcome = try store.save(name: name, text: text, source: .edit, note: nil, summary: summary)
        } catch {
            // The user's words are never thrown away: say where they are.
            throw PitchError("\(error) Nothing saved; your text is still in \(file).")
        }
        cleanUp()
        Terminal.standardOutput.write(Drafts.report(outcome, name: name))
    }

    /// $VISUAL, else $EDITOR, else vi. It may carry arguments ("code --wait").
    static func editor(_ environment: [String: String]) -> String {
        for key in ["VISUAL", "EDITOR"] {
            if let value = environment[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Runs the editor through the shell, so "$EDITOR" may hold arguments; the
    /// file is passed as "$1", so its path needs no quoting.
    static func run(editor: String, file: String) throws(PitchError) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "sh", file]
        // The editor gets the default SIGPIPE that pitchcoach itself ignores.
        let previousPipe = signal(SIGPIPE, SIG_DFL)
        defer { signal(SIGPIPE, previousPipe) }
        do {
            try process.run()
        } catch {
            throw PitchError("cannot start the editor '\(editor)': \(error.localizedDescription)")
        }
        // Ctrl-C belongs to the editor while it runs; pitchcoach must live on to save.
        let previous = signal(SIGINT, SIG_IGN)
        process.waitUntilExit()
        signal(SIGINT, previous)
        return process.terminationStatus
    }

    static func temporaryFolder() throws(PitchError) -> String {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("pitchcoach-edit-XXXXXX").utf8CString)
        guard let result = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw PitchError("cannot create a temporary folder for the editor in \(NSTemporaryDirectory()).")
        }
        return String(cString: result)
    }
}
