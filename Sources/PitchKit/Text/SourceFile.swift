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
        guard let bytes = readAll(path) else {
            throw PitchError("\(path): cannot be read; check that you have permission to open it.")
        }
        return try validate(bytes, name: path)
    }

    /// The whole file, read straight into one array (a 100 MB pitch should
    /// not pass through a second buffer on the way).
    private static func readAll(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // The size fstat gives, then whatever more there is (a file still growing, a pipe).
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0))
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBufferPointer { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 { return nil }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let read = chunk.withUnsafeMutableBufferPointer { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if read < 0 { return nil }
            if read == 0 { return bytes }
            bytes += chunk[..<read]
        }
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
    /// ASCII is skipped eight bytes at a time; other sequences are checked
    /// against the table of well-formed UTF-8 (Unicode 15, table 3-7).
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var second: ClosedRange<UInt8> = 0x80...0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; second = 0xA0...0xBF
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; second = 0x80...0x9F
                case 0xF0: length = 4; second = 0x90...0xBF
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; second = 0x80...0x8F
                default: return index
                }
                guard index + length <= count, second.contains(buffer[index + 1]) else { return index }
                for offset in 2..<length where !(0x80...0xBF).contains(buffer[index + offset]) {
                    return index
                }
                index += length
            }
            return nil
        }
    }
}
