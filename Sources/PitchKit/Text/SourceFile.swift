import Foundation

/// Reads pitch text from a file or standard input, refusing what is not a
/// pitch (a folder, a binary file, invalid UTF-8, an empty file) with a message
/// that says what to do.
public enum SourceFile {
    /// How standard input is named in messages.
    public static let standardInputName = "<stdin>"

    public static func read(path: String) throws(PitchError) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw cannotOpen(path, errno: errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            throw PitchError("\(path): this is a folder; name the pitch files in it instead, such as \(path)/pitch.md.")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw cannotOpen(path, errno: errno) }
        defer { close(descriptor) }
        guard let bytes = readAll(descriptor) else {
            throw PitchError("\(path): cannot be read (\(describe(errno))).")
        }
        return try validate(bytes, name: path)
    }

    /// Why `path` cannot be opened, in the user's terms.
    private static func cannotOpen(_ path: String, errno code: Int32) -> PitchError {
        switch code {
        case ENOENT, ENOTDIR:
            var link = stat()
            if lstat(path, &link) == 0 {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "a file"
                return PitchError("\(path): this is a link to \(target), which does not exist; point the link at your pitch, or name the pitch file itself.")
            }
            return PitchError("\(path): no such file. Check the name, or run 'pitchcoach drafts list' to see saved drafts.")
        case ELOOP:
            return PitchError("\(path): this link leads round in a loop (it points, at some step, back to itself); name the pitch file itself.")
        case EACCES:
            return PitchError("\(path): cannot be read; check that you have permission to open it.")
        default:
            return PitchError("\(path): cannot be opened (\(describe(code))).")
        }
    }

    /// Everything from `descriptor`, read straight into one array (a 100 MB
    /// pitch should not pass through a second buffer on the way); nil on a
    /// failed read, with `errno` saying why.
    private static func readAll(_ descriptor: Int32) -> [UInt8]? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // The size fstat gives, then whatever more there is (a file still growing, a pipe).
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0))
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBufferPointer { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0, errno == EINTR { continue }
            if read < 0 { return nil }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let read = chunk.withUnsafeMutableBufferPointer { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if read < 0, errno == EINTR { continue }
            if read < 0 { return nil }
            if read == 0 { return bytes }
            bytes += chunk[..<read]
        }
    }

    public static func readStandardInput() throws(PitchError) -> [UInt8] {
        // Started with `<&-`, a command has no standard input at all, which is not an empty pitch.
        guard fcntl(STDIN_FILENO, F_GETFD) != -1 else {
            throw PitchError("\(standardInputName): standard input is closed; pipe a pitch in (pitchcoach lint - < pitch.md), or name the file.")
        }
        guard let bytes = readAll(STDIN_FILENO) else {
            let advice = errno == EISDIR ? "it is a folder" : describe(errno)
            throw PitchError("\(standardInputName): cannot read standard input (\(advice)); pipe a pitch in, or name the file.")
        }
        return try validate(bytes, name: standardInputName)
    }

    /// The bytes if they are text worth linting, as UTF-8. UTF-16 with a byte
    /// order mark is unambiguous, so it is read too.
    public static func validate(_ bytes: [UInt8], name: String) throws(PitchError) -> [UInt8] {
        var bytes = bytes
        // A byte order mark is an editor's habit, not text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            throw PitchError("\(name): this file is in UTF-32; save it as UTF-8 in your editor (or run: iconv -f UTF-32 -t UTF-8 \(name)).")
        }
        if let bigEndian = bytes.starts(with: [0xFE, 0xFF]) ? true : bytes.starts(with: [0xFF, 0xFE]) ? false : nil {
            bytes = try utf8(fromUTF16: bytes.dropFirst(2), bigEndian: bigEndian, name: name)
        }
        if bytes.prefix(8192).contains(0) {
            throw PitchError("\(name): this looks like a binary file, not text; give pitchcoach a plain text or Markdown file.")
        }
        if let offset = firstInvalidUTF8(bytes) {
            let line = bytes[..<offset].count(where: { $0 == 0x0A }) + 1
            throw PitchError("\(name): the text is not valid UTF-8 at byte \(offset) (line \(line)); save the file as UTF-8 in your editor.")
        }
        if isBlank(bytes) {
            throw PitchError("\(name): the file is empty; write your pitch in it first.")
        }
        return bytes
    }

    /// UTF-16 code units, after the byte order mark, as UTF-8.
    private static func utf8(fromUTF16 bytes: ArraySlice<UInt8>, bigEndian: Bool, name: String) throws(PitchError) -> [UInt8] {
        let broken = PitchError("\(name): this file is in UTF-16 but is damaged (a cut-off or unpaired character); save it as UTF-8 in your editor.")
        guard bytes.count.isMultiple(of: 2) else { throw broken }
        let units = stride(from: bytes.startIndex, to: bytes.endIndex, by: 2).lazy.map { index in
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { utf8.append($0) }
        guard !failed else { throw broken }
        return utf8
    }

    /// Whether valid UTF-8 holds nothing but white space and invisible code
    /// points: a file of no-break or ideographic spaces is as empty as one of
    /// ASCII blanks. Stops at the first visible ASCII byte, so a real pitch
    /// costs next to nothing.
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        var hasOther = false
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            case 0x80...: hasOther = true
            default: return false
            }
        }
        guard hasOther else { return true }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy {
            $0.properties.isWhitespace || $0.properties.isDefaultIgnorableCodePoint
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
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
