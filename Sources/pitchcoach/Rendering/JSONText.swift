import Foundation

/// JSON written by hand, so keys keep the documented order and large outputs
/// can stream. This is the one place strings are escaped for it.
enum JSONText {
    /// A JSON string literal.
    static func quoted(_ string: String) -> String {
        // Most strings need no escaping; only look at them scalar by scalar if one does.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + string + "\""
        }
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
