import Foundation

/// Where the drafts store lives: `--store FILE`, else `$PITCHCOACH_HOME/pitchcoach.sqlite`,
/// else `$XDG_DATA_HOME/pitchcoach/pitchcoach.sqlite`, else
/// `~/.local/share/pitchcoach/pitchcoach.sqlite`.
public struct StoreLocation: Equatable, Sendable {
    public static let fileName = "pitchcoach.sqlite"

    /// The SQLite file.
    public var path: String
    /// Whether pitchcoach may create the folder holding the file. It does for
    /// its own default folders; a folder named with `--store` must exist.
    public var createsFolder: Bool

    public init(path: String, createsFolder: Bool) {
        self.path = path
        self.createsFolder = createsFolder
    }

    public var folder: String { (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent }

    /// Resolves the store from `--store` and the environment. Empty variables
    /// count as unset, as the XDG specification says.
    public static func resolve(
        option: String?, environment: [String: String], home: String
    ) -> StoreLocation {
        func value(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        if let option, !option.isEmpty {
            return StoreLocation(path: expandingTilde(option, home: home), createsFolder: false)
        }
        if let pitchcoachHome = value("PITCHCOACH_HOME") {
            return StoreLocation(path: join(expandingTilde(pitchcoachHome, home: home), fileName), createsFolder: true)
        }
        // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
        if let data = value("XDG_DATA_HOME"), data.hasPrefix("/") {
            return StoreLocation(path: join(join(data, "pitchcoach"), fileName), createsFolder: true)
        }
        return StoreLocation(path: join(join(join(home, ".local/share"), "pitchcoach"), fileName), createsFolder: true)
    }

    /// The location for this process: its environment and home folder.
    public static func current(option: String?) -> StoreLocation {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return resolve(option: option, environment: environment, home: home)
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func expandingTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return join(home, String(path.dropFirst(2))) }
        return path
    }
}
