import Foundation

/// Writes a file whole or not at all: the text goes to a hidden temporary file
/// in the same folder, which is then renamed over the target. A full disk or a
/// Ctrl-C never leaves half an intro behind.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(PitchError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw PitchError("\(path): this is a folder; give a file name, such as \(path)/intro.txt.")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PitchError("\(path): the folder \(folder) does not exist; create it first or choose another place.")
        }
        let temporary = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw PitchError("\(path): cannot write in \(folder) (\(String(cString: strerror(errno)).lowercased())); choose a folder you can write to.")
        }
        let bytes = Array(text.utf8)
        var written = 0
        var failure: Int32 = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            written += count
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw PitchError("\(path): could not save the file (\(String(cString: strerror(failure)).lowercased())); nothing was written.")
        }
    }
}
