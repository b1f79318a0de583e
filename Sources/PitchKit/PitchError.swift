/// A problem with what the user gave us: a file, a word list, a config, a flag.
/// Each reads as one plain sentence that says what to do.
public struct PitchError: Error, Equatable, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    /// A problem at a line of a file the user wrote (config, word list, pitch).
    public static func at(_ path: String, line: Int, _ message: String) -> PitchError {
        PitchError("\(path):\(line): \(message)")
    }
}
