// The floor for lint throughput: ICU word segmentation alone over a file,
// paragraph by paragraph as the linter reads it, with no matching, rules or
// output. bench/run compares `pitchcoach lint` against this.
import Foundation
import PitchKit

guard CommandLine.arguments.count == 2, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: segment-floor FILE\n".utf8))
    exit(2)
}
let bytes = [UInt8](data)
let segmenter = WordSegmenter()
var words = 0
bytes.withUnsafeBufferPointer { text in
    var start = 0
    while start < text.count {
        // Paragraphs end at a blank line, as in the linter.
        var end = start
        while end < text.count, !(text[end] == 0x0A && end + 1 < text.count && text[end + 1] == 0x0A) { end += 1 }
        segmenter.segments(of: text, in: start..<end) { segment in
            if segment.isWord { words += 1 }
        }
        start = end + 2
    }
}
print("\(words) words")
