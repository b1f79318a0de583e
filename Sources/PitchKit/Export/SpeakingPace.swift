import Foundation

/// The user's own speaking pace per language, measured by
/// `pitchcoach rehearse --calibrate` and kept in `pace.toml` in pitchcoach's
/// data folder. When present it replaces the built-in rate, so estimates fit
/// the person who will speak.
///
/// ```toml
/// en = 2.45   # words per second
/// th = 3.8    # syllables per second
/// ```
public enum SpeakingPace {
    public static let fileName = "pace.toml"

    /// `pace.toml` in the drafts store's folder: `$PITCHCOACH_HOME`, else
    /// `$XDG_DATA_HOME/pitchcoach`, else `~/.local/share/pitchcoach`.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment, home: String = NSHomeDirectory()) -> String {
        let folder = StoreLocation.resolve(option: nil, environment: environment, home: home).folder
        return (folder as NSString).appendingPathComponent(fileName)
    }

    /// Paces from the file at `path`; none when the file does not exist. Each
    /// must be one people speak at in its language's unit; a language no pack
    /// provides now is kept unchecked, for when its pack comes back.
    public static func load(from path: String, for catalog: PackCatalog) throws(PitchError) -> [Language: Double] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        let reader = try TOMLReader(text: String(decoding: data, as: UTF8.self), path: path)
        var paces: [Language: Double] = [:]
        for code in reader.table.keys.sorted() {
            let language = Language(rawValue: code)
            guard let pace = try reader.number(code) else { continue }
            if let profile = catalog.profiles[language], !isPlausible(pace, unit: profile.unit) {
                throw .at(path, line: reader.line(of: code), "a pace of \(pace) per second is not one people speak at; measure it again, or delete this line.")
            }
            paces[language] = pace
        }
        return paces
    }

    /// Saves `pace` for `language`, keeping the other languages' paces.
    public static func save(_ pace: Double, for language: Language, to path: String, catalog: PackCatalog) throws(PitchError) {
        var paces = try load(from: path, for: catalog)
        paces[language] = (pace * 100).rounded() / 100
        var text = """
            # Your speaking pace, measured by 'pitchcoach rehearse --calibrate'.
            # Words or syllables per second, as each language counts its speaking time.
            # pitchcoach times your pitches with these instead of its built-in rates.

            """
        for (language, pace) in paces.sorted(by: { $0.key < $1.key }) {
            text += "\(language) = \(pace)   # \(catalog.profiles[language]?.name ?? language.rawValue)\n"
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PitchError("\(folder): cannot create this folder to save your pace; check its permissions or set PITCHCOACH_HOME.")
        }
        try AtomicFile.write(text, to: path)
    }

    /// Whether a measured pace is one a person speaks at: 60 to 270 words a
    /// minute, 2 to 9 syllables a second. Faster means Enter was pressed
    /// without saying the part; slower, that the speaker stopped.
    public static func isPlausible(_ pace: Double, unit: LanguageProfile.SpeakingUnit) -> Bool {
        switch unit {
        case .word: (1.0...4.5).contains(pace)
        case .syllable: (2.0...9.0).contains(pace)
        }
    }
}
