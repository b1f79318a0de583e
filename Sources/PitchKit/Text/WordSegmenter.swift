import CSegmenter

/// A piece of text as ICU's word break iterator sees it, by byte offsets.
public struct Segment: Equatable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// Spaces, punctuation and symbols.
        case other
        case number
        /// Letters: Latin words, Thai words (found by ICU's dictionary), and so on.
        case letters
    }

    public var start: Int
    public var end: Int
    public var kind: Kind

    public var range: Range<Int> { start..<end }
    public var isWord: Bool { kind != .other }
}

/// Splits text into words with ICU, which finds Thai word boundaries by
/// dictionary; splitting on spaces would be wrong for Thai.
///
/// Not thread-safe: keep one per thread. Reusing one is much cheaper than
/// opening a new ICU iterator per paragraph.
public final class WordSegmenter {
    private let handle: OpaquePointer
    private var buffer = [CSegment](repeating: CSegment(), count: 256)

    public init() {
        // "th" carries the Thai dictionary; ICU's word rules are otherwise the
        // same for English and Vietnamese, so one iterator serves all three.
        guard let handle = csegmenter_open("th") else {
            fatalError("ICU could not open a word break iterator; is libicu installed?")
        }
        self.handle = handle
    }

    deinit { csegmenter_close(handle) }

    /// Calls `body` with every segment of `text[range]`, in order, with offsets
    /// relative to the start of `text`.
    public func segments(
        of text: UnsafeBufferPointer<UInt8>, in range: Range<Int>, _ body: (Segment) -> Void
    ) {
        guard !range.isEmpty, let base = text.baseAddress else { return }
        let start = base.advanced(by: range.lowerBound)
        let status = start.withMemoryRebound(to: CChar.self, capacity: range.count) {
            csegmenter_set_text(handle, $0, Int64(range.count))
        }
        guard status == 0 else { return }
        let offset = range.lowerBound
        while true {
            let count = buffer.withUnsafeMutableBufferPointer {
                Int(csegmenter_next(handle, $0.baseAddress, Int32($0.count)))
            }
            guard count > 0 else { return }
            for index in 0..<count {
                let segment = buffer[index]
                body(Segment(
                    start: offset + Int(segment.start),
                    end: offset + Int(segment.end),
                    kind: Segment.Kind(rawValue: UInt8(segment.kind)) ?? .other
                ))
            }
        }
    }

    /// The segments of a whole string, for tests and small texts.
    public func segments(of text: String) -> [Segment] {
        var copy = text
        return copy.withUTF8 { utf8 in
            var result: [Segment] = []
            segments(of: utf8, in: 0..<utf8.count) { result.append($0) }
            return result
        }
    }

    /// The word strings of a text, for tests and word-list checks.
    public func words(of text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return segments(of: text).filter(\.isWord).map {
            String(decoding: utf8[$0.range], as: UTF8.self)
        }
    }
}
