import Foundation

/// The user's settings, from `pitchcoach.toml` (found by walking up from the
/// linted file) over `~/.config/pitchcoach/config.toml`. Every key:
///
/// ```toml
/// version = 1                   # the config format; only 1 exists so far
/// seconds = 60                  # target speaking time
/// language = "th"               # any loaded language's code; leave out to detect from the text
/// accept = ["cloud kitchen"]    # phrases never flagged, even if a list has them
/// packs = ["packs/indonesian"]  # folders with a pack.toml, relative to this file
///
/// [lists]                       # your own word lists, added to the built-in ones
/// jargon = ["words/our-jargon.tsv"]   # paths relative to this file
///
/// [rules]                       # per rule: "error", "warning" or "off"
/// filler = "off"
/// ```
public struct Configuration: Equatable, Sendable {
    public enum RuleSetting: String, Equatable, Sendable {
        case `default`, error, warning, off
    }

    /// A setting that names a language, list or rule, which only the loaded
    /// packs can check, so it keeps where it was written.
    public struct Located<Value: Equatable & Sendable>: Equatable, Sendable {
        public var value: Value
        public var file: String
        public var line: Int

        func error(_ message: String) -> PitchError { .at(file, line: line, message) }
    }

    public static let formatVersion = 1
    public static let fileName = "pitchcoach.toml"

    public var seconds: Double?
    /// A language code, checked against the loaded packs by the linter.
    public var language: Located<String>?
    public var accepted: [String] = []
    /// Pack folders (absolute paths), user's first.
    public var packs: [String] = []
    /// Extra word-list files (absolute paths) per list name.
    public var lists: [String: Located<[String]>] = [:]
    public var rules: [String: Located<RuleSetting>] = [:]
    /// The file with the user's measured speaking pace per language (`rehearse --calibrate`).
    public var pacePath: String?
    /// The files these settings came from, nearest last.
    public var sources: [String] = []

    public init() {}

    /// Reads one config file's text; `path` is used in messages and to resolve list paths.
    public init(toml text: String, path: String) throws(PitchError) {
        let reader = try TOMLReader(text: text, path: path)
        let table = reader.table
        try reader.requireOnly(["version", "seconds", "language", "accept", "packs", "lists", "rules"], in: table)
        if let version = try reader.number("version"), version != Double(Self.formatVersion) {
            let line = reader.line(of: "version")
            guard let newer = Int(exactly: version), newer > Self.formatVersion else {
                throw .at(path, line: line, "'version' should be \(Self.formatVersion), the only config format so far.")
            }
            throw .at(path, line: line, "config version \(newer) is newer than this pitchcoach understands (\(Self.formatVersion)); update pitchcoach.")
        }
        if let seconds = try reader.number("seconds") {
            guard let target = TargetTime.validated(seconds) else {
                throw .at(path, line: reader.line(of: "seconds"), "'seconds' \(TargetTime.rangeAdvice)")
            }
            self.seconds = target
        }
        if let code = try reader.string("language") {
            language = Located(value: code, file: path, line: reader.line(of: "language"))
        }
        accepted = try reader.strings("accept") ?? []
        let directory = (path as NSString).deletingLastPathComponent
        let resolved = { (relative: String) in
            (relative as NSString).isAbsolutePath ? relative : (directory as NSString).appendingPathComponent(relative)
        }
        packs = try (reader.strings("packs") ?? []).map(resolved)
        if let lists = try reader.table("lists") {
            for key in lists.keys {
                let paths = try reader.strings(key, in: lists, section: "lists") ?? []
                self.lists[key] = Located(value: paths.map(resolved), file: path, line: reader.line(of: key, in: "lists"))
            }
        }
        if let rules = try reader.table("rules") {
            for key in rules.keys {
                let value = try reader.string(key, in: rules, section: "rules") ?? ""
                let line = reader.line(of: key, in: "rules")
                guard let setting = RuleSetting(rawValue: value), setting != .default else {
                    throw .at(path, line: line, "'\(key)' should be \"error\", \"warning\" or \"off\".")
                }
                self.rules[key] = Located(value: setting, file: path, line: line)
            }
        }
        sources = [path]
    }

    /// These settings with `nearer` on top: its values win, lists and accepted phrases add up.
    public func overlaid(with nearer: Configuration) -> Configuration {
        var merged = self
        merged.seconds = nearer.seconds ?? seconds
        merged.language = nearer.language ?? language
        merged.accepted += nearer.accepted
        // A pack both files name is loaded once.
        merged.packs += nearer.packs.filter { !packs.contains($0) }
        merged.lists.merge(nearer.lists) { Located(value: $0.value + $1.value, file: $1.file, line: $1.line) }
        merged.rules.merge(nearer.rules) { $1 }
        merged.sources += nearer.sources
        return merged
    }

    /// The settings for a file: the user's config, then the nearest
    /// `pitchcoach.toml` in the file's folder or above it, and where the user's measured pace is kept.
    public static func load(forFileIn directory: String?, home: String = NSHomeDirectory(), environment: [String: String] = ProcessInfo.processInfo.environment) throws(PitchError) -> Configuration {
        var configuration = Configuration()
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (home as NSString).appendingPathComponent(".config")
        let userFile = (configHome as NSString).appendingPathComponent("pitchcoach/config.toml")
        if let user = try read(userFile) { configuration = configuration.overlaid(with: user) }
        if let directory, let projectFile = nearest(fileName, from: directory), projectFile != userFile,
           let project = try read(projectFile) {
            configuration = configuration.overlaid(with: project)
        }
        configuration.pacePath = SpeakingPace.path(environment: environment, home: home)
        return configuration
    }

    private static func read(_ path: String) throws(PitchError) -> Configuration? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PitchError("\(path): this config is not UTF-8 text.")
        }
        return try Configuration(toml: text, path: path)
    }

    private static func nearest(_ name: String, from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
