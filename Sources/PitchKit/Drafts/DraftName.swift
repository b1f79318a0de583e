/// Names of saved drafts, and references like `NAME@3` to one version.
public enum DraftName {
    public static let maximumLength = 80

    /// The name as stored (NFC, so the same name typed on two keyboards is
    /// one draft), or an error that says what a name may be.
    public static func validated(_ name: String) throws(PitchError) -> String {
        let normalized = name.precomposedStringWithCanonicalMapping
        if normalized.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw PitchError("a draft needs a name, such as 'accounting' or 'networking-2026'.")
        }
        if normalized.contains("@") {
            throw PitchError("a draft name cannot contain '@' ('\(name)'); '@' picks a version, as in NAME@3.")
        }
        if normalized.contains("/") {
            throw PitchError("a draft name cannot contain '/' ('\(name)'); use '-' instead, such as 'clients-2026'.")
        }
        if normalized.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw PitchError("a draft name cannot contain control characters such as tabs or new lines.")
        }
        if normalized.count > maximumLength {
            throw PitchError("a draft name can have at most \(maximumLength) characters; '\(name.prefix(20))…' has \(normalized.count).")
        }
        return normalized
    }

    /// Splits `NAME`, `NAME@3` or `NAME@v3` into a valid name and an optional version number.
    public static func reference(_ text: String) throws(PitchError) -> (name: String, version: Int?) {
        guard let at = text.lastIndex(of: "@") else { return (try validated(text), nil) }
        let name = String(text[..<at])
        let number = String(text[text.index(after: at)...])
        guard let version = versionNumber(number) else {
            throw PitchError("'\(number)' is not a version number; write NAME@3 for version 3 of NAME.")
        }
        return (try validated(name), version)
    }

    /// `3` or `v3` as a version number of at least 1.
    public static func versionNumber(_ text: String) -> Int? {
        let digits = text.hasPrefix("v") || text.hasPrefix("V") ? String(text.dropFirst()) : text
        guard let number = Int(digits), number >= 1, digits.allSatisfy(\.isASCII) else { return nil }
        return number
    }
}

import Foundation
