import Foundation

/// Writes a file whole or not at all: the text goes to a hidden temporary file
/// in the same folder, which is then renamed over the target. A full disk or a
/// Ctrl-C never leaves half an intro behind.
///
/// The file keeps what the user chose for it: a file replaced keeps its mode
/// (a private 0600 file stays private), a new one gets the user's umask, and a
/// read-only file is refused rather than replaced.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(PitchError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw PitchError("\(path): this is a folder; give a file name, such as \(path)/intro.txt.")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PitchError("\(path): the folder \(folder) does not exist; create it first or choose another place.")
        }
        let existing = try replaceable(path)
        removeStaleTemporaries(of: name, in: folder)

        let temporary = (folder as NSString).appendingPathComponent(temporaryName(of: name, process: getpid()))
        // A file of this name can only be one this process left unrenamed, or a dead one's with the same number.
        unlink(temporary)
        // 0666 less the umask, as any new file gets; a replaced file's own mode and owner are set below.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else {
            throw PitchError("\(path): cannot write in \(folder) (\(describe(errno))); choose a folder you can write to.")
        }
        var failure: Int32 = 0
        if let existing {
            // Root replacing a user's file gives it back to them; for anyone else this is a no-op that may fail.
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            if fchmod(descriptor, existing.st_mode & 0o7777) != 0 { failure = errno }
        }
        let bytes = Array(text.utf8)
        var written = 0
        while failure == 0, written < bytes.count {
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
            throw PitchError("\(path): could not save the file (\(describe(failure))); nothing was written.")
        }
    }

    /// The file at `path`, if there is one, after checking that it may be
    /// replaced. Root may write anywhere, so the mode's own write bits are what
    /// say the user meant it to stay as it is.
    private static func replaceable(_ path: String) throws(PitchError) -> stat? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        guard status.st_mode & 0o222 != 0, access(path, W_OK) == 0 else {
            throw PitchError("\(path): this file is read-only, so pitchcoach leaves it as it is; choose another file name, or make it writable first (chmod u+w \(path)).")
        }
        return status
    }

    /// ".intro.txt.4242.tmp": hidden, named after the target and the process
    /// writing it, so one left by a killed process can be told apart and removed.
    static func temporaryName(of name: String, process: pid_t) -> String {
        ".\(name).\(process).tmp"
    }

    /// Removes the temporary files of `name` that a killed pitchcoach left:
    /// those whose process is gone. Older versions added a random number
    /// before ".tmp"; those are ours too.
    private static func removeStaleTemporaries(of name: String, in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = ".\(name)."
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let middle = entry.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(middle.count), middle.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let process = pid_t(middle[0])
            else { continue }
            if kill(process, 0) != 0, errno == ESRCH {
                unlink((folder as NSString).appendingPathComponent(entry))
            }
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
