import Foundation
import PitchKit

/// What a command was asked to read: a pitch file, standard input (`-`), or a
/// saved draft's NAME or NAME@N when no file has that name.
struct PitchInput {
    /// How the pitch is named in output: the path, `<stdin>`, or NAME@N.
    let name: String
    let bytes: [UInt8]
    /// The saved version, when the input is a draft.
    let draft: DraftVersion?
    /// Where settings are looked up: a file's own folder, else where the user works.
    let configurationFolder: String

    init(_ argument: String, store: CommandStore) throws {
        let isStandardInput = argument == "-"
        let draft = isStandardInput ? nil : try Self.savedDraft(argument, store)
        let name = draft.map { "\($0.pitchName)@\($0.number)" } ?? (isStandardInput ? SourceFile.standardInputName : argument)
        bytes = try draft.map { try SourceFile.validate(Array($0.text.utf8), name: name) }
            ?? (isStandardInput ? SourceFile.readStandardInput() : SourceFile.read(path: argument))
        self.draft = draft
        self.name = name
        let folder = isStandardInput || draft != nil ? FileManager.default.currentDirectoryPath : (argument as NSString).deletingLastPathComponent
        configurationFolder = folder.isEmpty ? "." : folder
    }

    /// The saved version an argument names, if no file has that name.
    private static func savedDraft(_ argument: String, _ commandStore: CommandStore) throws -> DraftVersion? {
        guard !FileManager.default.fileExists(atPath: argument),
              let reference = try? DraftName.reference(argument),
              let store = try commandStore.existing(),
              try store.pitch(named: reference.name) != nil
        else { return nil }
        return try DraftsShowCommand.find(argument, in: store)
    }
}
