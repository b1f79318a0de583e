/// Text with `{key}` placeholders, as the data files in Resources write it.
public enum TemplateText {
    /// Fills `{key}` with a value, and `{Key}` (capitalised) with the value
    /// starting with a capital, for the start of a sentence.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = template
        for (key, value) in values {
            result = result.replacingOccurrences(of: "{\(key)}", with: value)
            let capitalisedKey = key.prefix(1).uppercased() + key.dropFirst()
            result = result.replacingOccurrences(of: "{\(capitalisedKey)}", with: value.prefix(1).uppercased() + value.dropFirst())
        }
        return result
    }
}
