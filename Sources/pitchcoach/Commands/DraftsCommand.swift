import ArgumentParser
import Foundation
import PitchKit

/// `pitchcoach drafts ...`: every saved version of every pitch.
struct DraftsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drafts",
        abstract: "Keep every version of your pitches and see your progress.",
        discussion: """
            Each save makes a new version (v1, v2, ...) that never changes, with the time, \
            where it came from (import, edit, restore, interview) and what lint found then.

            Start with: pitchcoach drafts save NAME pitch.md
            """,
        subcommands: [
            DraftsSaveCommand.self, DraftsListCommand.self, DraftsLogCommand.self, DraftsShowCommand.self,
            DraftsDiffCommand.self, DraftsRestoreCommand.self, DraftsRemoveCommand.self,
        ],
        defaultSubcommand: DraftsListCommand.self
    )
}

struct DraftsSaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Save a pitch file as the next version of a draft.",
        discussion: "Saving text identical to the latest version saves nothing and says so."
    )

    @Argument(help: "The draft's name: up to 80 characters, no '@' or '/'.")
    var name: String

    @Argument(help: "The pitch file, or - for standard input (the default when input is piped).")
    var file: String?

    @Option(name: .long, help: "A note to keep with this version, such as what you changed.")
    var note: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try Drafts.checkName(name)
    }

    func run() throws {
        let name = try DraftName.validated(name)
        let bytes: [UInt8]
        let folder: String
        switch file {
        case nil, "-"?:
            if file == nil, isatty(FileHandle.standardInput.fileDescriptor) == 1 {
                throw PitchError("name the pitch file to save, for example: pitchcoach drafts save \(name) pitch.md (or pipe the text in).")
            }
            bytes = try SourceFile.readStandardInput()
            folder = FileManager.default.currentDirectoryPath
        case let path?:
            bytes = try SourceFile.read(path: path)
            let directory = (path as NSString).deletingLastPathComponent
            folder = directory.isEmpty ? "." : directory
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let summary = try Drafts.summary(of: text, name: file ?? SourceFile.standardInputName, configurationFolder: folder)
        let store = try storeOptions.open()
        let outcome = try store.save(name: name, text: text, source: .import, note: note, summary: summary)
        Terminal.standardOutput.write(Drafts.report(outcome, name: name))
    }
}

struct DraftsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List saved drafts with their latest version, and unfinished interviews."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.openForReading()
        let drafts = try store?.overview() ?? []
        let unfinished = try store?.unfinishedSessions() ?? []
        let terminal = Terminal.standardOutput
        guard !drafts.isEmpty || !unfinished.isEmpty else {
            terminal.write("No drafts saved yet. Save one with: pitchcoach drafts save NAME pitch.md\n")
            return
        }
        let output = OutputBuffer(terminal)
        if !drafts.isEmpty { list(drafts, to: output, terminal: terminal) }
        if !unfinished.isEmpty { list(unfinished, to: output, terminal: terminal, after: !drafts.isEmpty) }
        output.flush()
    }

    private func list(_ drafts: [DraftOverview], to output: OutputBuffer, terminal: Terminal) {
        let rows = drafts.map { draft in
            [draft.name, "v\(draft.latest.number)", Drafts.date(draft.latest.created),
             Drafts.seconds(draft.latest.summary.seconds), Drafts.findings(draft.latest.summary)]
        }
        output.write(terminal.rendered(TextTable(header: ["NAME", "LATEST", "SAVED", "TIME", "FINDINGS"], rows: rows)))
    }

    /// Interviews not finished yet, one line per name (its newest): they are drafts too, only not saved yet.
    private func list(_ unfinished: [(session: InterviewSession, answers: Int)], to output: OutputBuffer, terminal: Terminal, after drafts: Bool) {
        var seen: Set<String> = []
        let newest = unfinished.filter { seen.insert($0.session.pitchName).inserted }
        output.write((drafts ? "\n" : "") + terminal.styled("Unfinished interviews", .bold) + " (continue one with: pitchcoach interview --resume NAME)\n")
        let width = newest.map(\.session.pitchName.displayWidth).max() ?? 0
        for (session, answers) in newest {
            output.write("\(session.pitchName.padded(toWidth: width))  unfinished, \(Drafts.plural(answers, "answer")), last answered \(Drafts.date(session.updated))\n")
        }
    }
}

struct DraftsLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show every version of a draft and how it changed."
    )

    @Argument(help: "The draft's name.")
    var name: String

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws { try Drafts.checkName(name) }

    func run() throws {
        let name = try DraftName.validated(name)
        guard let store = try storeOptions.openForReading(), let versions = try store.versions(of: name) else {
            throw Drafts.noDraft(name)
        }
        let terminal = Terminal.standardOutput
        let output = OutputBuffer(terminal)
        // Languages and their units are data (packs); a pack no longer configured leaves the code and "units".
        let packs = try Configuration.load(forFileIn: FileManager.default.currentDirectoryPath).packs
        let profiles = try PackCatalog.builtIn().adding(packsAt: packs).profiles
        let language = versions.last.map { profiles[$0.summary.language]?.name ?? $0.summary.language.rawValue } ?? ""
        output.write(terminal.styled("\(name)", .bold) + ": \(Drafts.plural(versions.count, "version")), \(language)\n")
        let rows = versions.map { version in
            ["v\(version.number)", Drafts.date(version.created), version.source.rawValue, "\(version.summary.words)",
             Drafts.seconds(version.summary.seconds), Drafts.findings(version.summary), version.note ?? ""]
        }
        let header = ["VERSION", "SAVED", "SOURCE", "WORDS", "TIME", "FINDINGS", "NOTE"]
        output.write(terminal.rendered(TextTable(header: header, rows: rows, rightAligned: [3, 4])))
        if versions.count >= 2, let first = versions.first, let last = versions.last {
            let seconds = versions.map(\.summary.seconds)
            let findings = versions.map { Double($0.summary.findings) }
            let averaged = versions.count > 40 ? "  (\(versions.count) versions, averaged)" : ""
            output.write("\n")
            output.write("time      \(terminal.styled(Sparkline.render(seconds), .cyan))  \(Drafts.seconds(first.summary.seconds)) → \(Drafts.seconds(last.summary.seconds))\(averaged)\n")
            output.write("findings  \(terminal.styled(Sparkline.render(findings), .cyan))  \(first.summary.findings) → \(last.summary.findings)\(averaged)\n")
            output.write("since v\(first.number): \(Drafts.seconds(first.summary.seconds)) → \(Drafts.seconds(last.summary.seconds)), findings \(first.summary.findings) → \(last.summary.findings), words \(first.summary.words) → \(last.summary.words)\n")
        }
        let rehearsals = try store.rehearsals(of: name)
        if let latest = rehearsals.last {
            let unit = profiles[latest.language]?.unit.plural ?? "units"
            output.write("rehearsed \(Drafts.plural(rehearsals.count, "time")); latest: v\(latest.version), \(Drafts.seconds(latest.seconds)) at \(String(format: "%.1f", latest.pace)) \(unit) a second\n")
        }
        let given = try store.givenIntros(of: name)
        if !given.isEmpty {
            output.write("given \(Drafts.plural(given.count, "week")): " + given.map { "\($0.week) (feature \($0.feature), \(Drafts.seconds($0.seconds)))" }.joined(separator: ", ") + "\n")
        }
        output.flush()
    }
}

struct DraftsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the text of a version (the latest unless NAME@N)."
    )

    @Argument(help: "The draft's name, or NAME@N for version N.")
    var reference: String

    @Flag(name: .long, help: "Print the version and its lint summary as JSON.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        do { _ = try DraftName.reference(reference) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        let version = try Self.find(reference, in: try storeOptions.openForReading())
        let terminal = Terminal.standardOutput
        if json {
            terminal.write(JSONText.encode(VersionJSON(saved: version)) + "\n")
            return
        }
        // The text exactly as saved; a missing final newline is added only for a terminal's sake.
        var text = version.text
        if terminal.isInteractive, !text.hasSuffix("\n") { text += "\n" }
        terminal.write(text)
    }

    /// The version `NAME` or `NAME@N` names in `store` (nil: there is no store yet), or a clear error.
    static func find(_ reference: String, in store: DraftStore?) throws -> DraftVersion {
        let (name, number) = try DraftName.reference(reference)
        guard let store else { throw Drafts.noDraft(name) }
        if let version = try store.version(of: name, number: number) { return version }
        guard let latest = try store.version(of: name) else { throw Drafts.noDraft(name) }
        throw PitchError("\(name) has no version \(number ?? 0); its versions are v1 to v\(latest.number).")
    }
}

struct DraftsRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Save an old version's text as the newest version.",
        discussion: "Nothing is overwritten: the restored text becomes a new version, noted 'restored from vN'."
    )

    @Argument(help: "The draft's name.")
    var name: String

    @Argument(help: "The version to restore, such as 2 or v2.")
    var version: String

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try Drafts.checkName(name)
        if DraftName.versionNumber(version) == nil {
            throw ValidationError("'\(version)' is not a version number; write a number such as 2 (see 'pitchcoach drafts log \(name)').")
        }
    }

    func run() throws {
        let name = try DraftName.validated(name)
        let number = DraftName.versionNumber(version)!
        guard let store = try storeOptions.openExisting() else { throw Drafts.noDraft(name) }
        let old = try DraftsShowCommand.find("\(name)@\(number)", in: store)
        let summary = try Drafts.summary(of: old.text, name: "\(name)@\(number)")
        let outcome = try store.save(name: name, text: old.text, source: .restore, note: "restored from v\(number)", summary: summary)
        switch outcome {
        case .saved(let saved):
            Terminal.standardOutput.write("Restored \(name) v\(number) as v\(saved.number).\n")
        case .unchanged(let latest):
            Terminal.standardOutput.write("\(name) v\(latest.number) already has the text of v\(number); nothing new to save.\n")
        }
    }
}

struct DraftsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Delete a draft with all its versions, added stories and weeks given, or an unfinished interview.",
        discussion: "Asks first on a terminal; otherwise needs --yes. This cannot be undone."
    )

    @Argument(help: "The draft's name.")
    var name: String

    @Flag(name: .shortAndLong, help: "Delete without asking.")
    var yes = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws { try Drafts.checkName(name) }

    func run() throws {
        let name = try DraftName.validated(name)
        guard let store = try storeOptions.openExisting() else { throw Drafts.noDraft(name) }
        let stored = try store.contents(of: name)
        guard stored.versions != nil || stored.unfinishedInterviews > 0 else { throw Drafts.noDraft(name) }
        let what = Self.describe(name, stored)
        if !yes {
            guard isatty(FileHandle.standardInput.fileDescriptor) == 1 else {
                throw PitchError("deleting \(what) cannot be undone; add --yes to confirm when not at a terminal.")
            }
            Terminal.standardOutput.write("Delete \(what)? [y/N] ")
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard answer == "y" || answer == "yes" else {
                Terminal.standardOutput.write("Kept \(name); nothing deleted.\n")
                return
            }
        }
        guard let deleted = try store.delete(name: name) else { throw Drafts.noDraft(name) }
        Terminal.standardOutput.write("Deleted \(Self.describe(name, deleted)).\n")
    }

    /// "ann and its 2 versions", "ann's unfinished interview", or both, then
    /// what goes with the draft besides its versions: " (1 added story, 2 weeks given)".
    private static func describe(_ name: String, _ stored: DraftStore.Contents) -> String {
        let what = switch (stored.versions.flatMap { $0 > 0 ? $0 : nil }, stored.unfinishedInterviews > 0) {
        case (let count?, true): "\(name), its \(Drafts.plural(count, "version")) and its unfinished interview"
        case (let count?, false): "\(name) and its \(Drafts.plural(count, "version"))"
        case (nil, _): "the unfinished interview \(name)"
        }
        let rotation = [
            stored.stories == 0 ? nil : "\(stored.stories) added \(stored.stories == 1 ? "story" : "stories")",
            stored.weeksGiven == 0 ? nil : "\(stored.weeksGiven) \(stored.weeksGiven == 1 ? "week" : "weeks") given",
        ].compactMap { $0 }
        return what + (rotation.isEmpty ? "" : " (" + rotation.joined(separator: ", ") + ")")
    }
}

/// A saved version as `drafts show --json` prints it: the version, then its lint figures.
private struct VersionJSON: Encodable {
    let saved: DraftVersion

    enum CodingKeys: String, CodingKey {
        case name, version, source, note, created, language, words, seconds, errors, warnings, findings, text
    }

    /// A rule id as a key of `findings`.
    struct RuleID: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        let summary = saved.summary
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(saved.pitchName, forKey: .name)
        try container.encode(saved.number, forKey: .version)
        try container.encode(saved.source.rawValue, forKey: .source)
        try container.encode(saved.note, forKey: .note)
        try container.encode(ISO8601DateFormatter().string(from: saved.created), forKey: .created)
        try container.encode(summary.language, forKey: .language)
        try container.encode(summary.words, forKey: .words)
        try container.encode(summary.figures.seconds, forKey: .seconds)
        try container.encode(summary.errors, forKey: .errors)
        try container.encode(summary.warnings, forKey: .warnings)
        var findings = container.nestedContainer(keyedBy: RuleID.self, forKey: .findings)
        for (id, count) in summary.counts.sorted(by: { $0.key < $1.key }) { try findings.encode(count, forKey: RuleID(stringValue: id)) }
        try container.encode(saved.text, forKey: .text)
    }
}
