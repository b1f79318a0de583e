import Foundation

/// Reads pitch text from a file or standard input, refusing what is not a
/// pitch (a folder, a binary file, invalid UTF-8, an empty file) with a message
/// that says what to do.
public enum SourceFile {
    /// How standard input is named in messages.
    public static let standardInputName = "<stdin>"

    public static func read(path: String) throws(PitchError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PitchError("\(path): no such file. Check the name, or run 'pitchcoach drafts list' to see saved drafts.")
        }
        guard !isDirectory.boolValue else {
            throw PitchError("\(path): this is a folder; name the pitch files in it instead, such as \(path)/pitch.md.")
        }
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
            throw PitchError("\(path): cannot be read; check that you have permission to open it.")
        }
        return try validate(Array(data), name: path)
    }

    public static func readStandardInput() throws(PitchError) -> [UInt8] {
        let data = (try? FileHandle.standardInput.readToEnd()) ?? Data()
        return try validate(Array(data), name: standardInputName)
    }

    /// The bytes if they are UTF-8 text worth linting.
    public static func validate(_ bytes: [UInt8], name: String) throws(PitchError) -> [UInt8] {
        var bytes = bytes
        // A byte order mark is an editor's habit, not text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw PitchError("\(name): the file is empty; write your pitch in it first.")
        }
        if bytes.prefix(8192).contains(0) {
            throw PitchError("\(name): this looks like a binary file, not text; give pitchcoach a plain text or Markdown file.")
        }
        if let offset = firstInvalidUTF8(bytes) {
            let line = bytes[..<offset].count(where: { $0 == 0x0A }) + 1
            throw PitchError("\(name): the text is not valid UTF-8 at byte \(offset) (line \(line)); save the file as UTF-8 in your editor.")
        }
        return bytes
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
