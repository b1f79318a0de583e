import ArgumentParser
import Foundation
import PitchKit

/// `--store FILE`, shared by the commands that read or write saved drafts.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            // One paragraph: ArgumentParser indents an option's discussion apart from its help column.
            "The drafts store, an SQLite file. Default: $PITCHCOACH_HOME/pitchcoach.sqlite, else $XDG_DATA_HOME/pitchcoach/pitchcoach.sqlite, else ~/.local/share/pitchcoach/pitchcoach.sqlite.",
            valueName: "file"
        )
    )
    var store: String?

    var location: StoreLocation { StoreLocation.current(option: store) }

    /// Opens the store, creating it if needed (for commands that write).
    func open() throws(PitchError) -> DraftStore {
        try DraftStore(location: location)
    }

    /// Opens the store only if its file exists, to change what is in it
    /// (deleting needs no store to be created).
    func openExisting() throws(PitchError) -> DraftStore? {
        try existingPath().map { path throws(PitchError) in try DraftStore(path: path) }
    }

    /// Opens the store only if its file exists, and only to read it: a store
    /// that was never written should not be created, and reading it needs no
    /// write access.
    func openForReading() throws(PitchError) -> DraftStore? {
        try existingPath().map { path throws(PitchError) in try DraftStore.reading(path) }
    }

    private func existingPath() throws(PitchError) -> String? {
        let path = location.path
        guard FileManager.default.fileExists(atPath: path) else {
            if store != nil { throw PitchError("\(path): no such store. Check the path, or save a draft there first with 'pitchcoach drafts save NAME FILE --store \(path)'.") }
            return nil
        }
        return path
    }
}

/// The store as one command uses it: opened the first time the command needs
/// it, then the same connection to the end, so a command that reads a draft
/// (and records a rehearsal of it) opens the file once. A command given only
/// files never opens it.
final class CommandStore {
    private let options: StoreOptions
    private let changes: Bool
    /// nil until the store is first asked for; then the store, or nil inside when it has no file.
    private var opened: DraftStore??

    /// `changes`: the command may write to the store it reads (a rehearsal, a week given).
    init(_ options: StoreOptions, changes: Bool = false) {
        self.options = options
        self.changes = changes
    }

    /// The store, or nil when no store was ever written at its path.
    func existing() throws(PitchError) -> DraftStore? {
        if let opened { return opened }
        let store = try changes ? options.openExisting() : options.openForReading()
        opened = .some(store)
        return store
    }
}

/// Helpers the drafts commands share.
enum Drafts {
    /// "2026-11-22 14:05" in the user's time zone.
    static func date(_ date: Date) -> String {
        dateFormatter.string(from: date)
    }

    /// One formatter for the process: making one per line would dominate `drafts log` of 10,000 versions.
    private static let dateFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    static func seconds(_ value: Double) -> String { "\(value.wholeSeconds) s" }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    /// "3 findings (1 error)", "no findings".
    static func findings(_ summary: LintSummary) -> String {
        guard summary.findings > 0 else { return "no findings" }
        let total = plural(summary.findings, "finding")
        return summary.errors > 0 ? "\(total) (\(plural(summary.errors, "error")))" : total
    }

    /// The message when a name has no saved draft.
    static func noDraft(_ name: String) -> PitchError {
        PitchError("there is no draft named '\(name)'; run 'pitchcoach drafts list' to see your drafts, or save one with 'pitchcoach drafts save \(name) pitch.md'.")
    }

    /// Reads and validates a name argument for `validate()`.
    static func checkName(_ name: String) throws {
        do { _ = try DraftName.validated(name) } catch { throw ValidationError(error.description) }
    }

    /// Lints text for the summary stored with a version, with the config found from the current folder.
    static func summary(of text: String, name: String, configurationFolder: String = FileManager.default.currentDirectoryPath) throws(PitchError) -> LintSummary {
        let configuration = try Configuration.load(forFileIn: configurationFolder)
        return try Linter(configuration: configuration).summary(ofDraft: text, name: name)
    }

    /// What a save did, in one line.
    static func report(_ outcome: SaveOutcome, name: String) -> String {
        let version = outcome.version
        switch outcome {
        case .saved:
            let summary = version.summary
            return "Saved \(name) v\(version.number) (\(version.source.rawValue)): \(plural(summary.words, "word")), about \(seconds(summary.seconds)), \(findings(summary)).\n"
        case .unchanged:
            return "\(name) v\(version.number) already has this text; nothing new to save.\n"
        }
    }
}
