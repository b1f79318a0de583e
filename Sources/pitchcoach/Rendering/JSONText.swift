import Foundation

/// Compact JSON from `Encodable` values, in the order each type encodes its
/// keys and with numbers as Swift prints them (60.0): JSONEncoder's key order
/// is unspecified, and the documented outputs keep theirs. Large outputs
/// stream: callers encode one value at a time.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        var text = ""
        tree(value).write(to: &text)
        return text
    }

    /// The members of the object `value` encodes as, without its braces: the
    /// rest of an object whose first members were streamed before it.
    static func members(_ value: some Encodable) -> String {
        let text = encode(value)
        return String(text.dropFirst().dropLast())
    }

    private static func tree(_ value: some Encodable) -> Node {
        let node = Node()
        // The values encoded here (strings, numbers, their structs) cannot fail to encode.
        try! node.encode(value)
        return node
    }

    /// What has been encoded so far at one place in the tree.
    fileprivate final class Node {
        enum Value {
            case literal(String)
            case array([Node])
            case object([(key: String, node: Node)])
        }

        var value = Value.literal("null")

        func write(to text: inout String) {
            switch value {
            case .literal(let literal):
                text += literal
            case .array(let nodes):
                text += "["
                for (index, node) in nodes.enumerated() {
                    if index > 0 { text += "," }
                    node.write(to: &text)
                }
                text += "]"
            case .object(let members):
                text += "{"
                for (index, member) in members.enumerated() {
                    if index > 0 { text += "," }
                    text += quoted(member.key) + ":"
                    member.node.write(to: &text)
                }
                text += "}"
            }
        }

        /// A new node under this object, at `key`.
        func member(_ key: String) -> Node {
            let node = Node()
            if case .object(var members) = value {
                // Let go of the stored array first, so the append does not copy it.
                value = .literal("null")
                members.append((key, node))
                value = .object(members)
            } else {
                value = .object([(key, node)])
            }
            return node
        }

        /// A new node at the end of this array.
        func element() -> Node {
            let node = Node()
            if case .array(var nodes) = value {
                value = .literal("null")
                nodes.append(node)
                value = .array(nodes)
            } else {
                value = .array([node])
            }
            return node
        }

        /// Encodes a value here: scalars as literals, anything else through its own `encode(to:)`.
        func encode(_ value: some Encodable) throws {
            switch value {
            case let string as String: self.value = .literal(quoted(string))
            case let bool as Bool: self.value = .literal(bool ? "true" : "false")
            case let double as Double: self.value = .literal("\(double)")
            case let float as Float: self.value = .literal("\(float)")
            case let integer as any BinaryInteger: self.value = .literal("\(integer)")
            default: try value.encode(to: TreeEncoder(node: self))
            }
        }
    }

    /// A JSON string literal.
    static func quoted(_ string: String) -> String {
        // Most strings need no escaping: then the string is all there is to copy.
        var native = string
        if !native.withUTF8({ $0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } }) {
            return "\"" + string + "\""
        }
        var result = "\""
        // The text between the characters that need escaping is copied whole;
        // those characters are ASCII, so every cut falls between characters.
        var copied = string.startIndex
        for index in string.utf8.indices {
            let escaped: String
            switch string.utf8[index] {
            case UInt8(ascii: "\""): escaped = "\\\""
            case UInt8(ascii: "\\"): escaped = "\\\\"
            case UInt8(ascii: "\n"): escaped = "\\n"
            case UInt8(ascii: "\r"): escaped = "\\r"
            case UInt8(ascii: "\t"): escaped = "\\t"
            case let byte where byte < 0x20: escaped = String(format: "\\u%04x", UInt32(byte))
            default: continue
            }
            result += string[copied..<index]
            result += escaped
            copied = string.utf8.index(after: index)
        }
        result += string[copied...]
        return result + "\""
    }

    private struct TreeEncoder: Encoder {
        let node: Node
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object = node.value {} else { node.value = .object([]) }
            return KeyedEncodingContainer(Keyed(node: node))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array = node.value {} else { node.value = .array([]) }
            return Unkeyed(node: node)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node) }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey] = []

        mutating func encodeNil(forKey key: Key) throws { _ = node.member(key.stringValue) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try node.member(key.stringValue).encode(value) }
        // The common scalars skip the generic path and its dynamic casts: every finding has several.
        mutating func encode(_ value: String, forKey key: Key) throws { node.member(key.stringValue).value = .literal(quoted(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { node.member(key.stringValue).value = .literal(String(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { node.member(key.stringValue).value = .literal("\(value)") }
        mutating func encode(_ value: Bool, forKey key: Key) throws { node.member(key.stringValue).value = .literal(value ? "true" : "false") }

        // An absent value is written as null, not left out, so readers need not test for the key.
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encode(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encode(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encode(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encode(value, forKey: key) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encode(value, forKey: key) }

        mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type, forKey key: Key) -> KeyedEncodingContainer<Nested> {
            TreeEncoder(node: node.member(key.stringValue)).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(node: node.member(key.stringValue)).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.member("super")) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(node: node.member(key.stringValue)) }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] = []
        var count: Int {
            if case .array(let nodes) = node.value { return nodes.count }
            return 0
        }

        mutating func encodeNil() throws { _ = node.element() }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.element().encode(value) }

        mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type) -> KeyedEncodingContainer<Nested> {
            TreeEncoder(node: node.element()).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { TreeEncoder(node: node.element()).unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.element()) }
    }

    private struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] = []

        mutating func encodeNil() throws { node.value = .literal("null") }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.encode(value) }
    }
}
