import PitchKit

/// A word-level diff as text: coloured on a terminal, else marked
/// `[-removed-]{+added+}` as `git diff --word-diff` does.
enum DiffRendering {
    static func render(_ changes: [DiffChange], terminal: Terminal) -> (text: String, removedWords: Int, addedWords: Int) {
        let segmenter = WordSegmenter()
        var text = ""
        var removedWords = 0
        var addedWords = 0
        for change in changes {
            switch change {
            case .same(let same):
                text += same
            case .changed(let removed, let added):
                removedWords += segmenter.words(of: removed).count
                addedWords += segmenter.words(of: added).count
                text += mark(removed, "[-", "-]", .red, terminal) + mark(added, "{+", "+}", .green, terminal)
            }
        }
        return (text, removedWords, addedWords)
    }

    /// Each line is marked on its own, so a change across lines stays readable.
    private static func mark(_ text: String, _ open: String, _ close: String, _ style: Terminal.Style, _ terminal: Terminal) -> String {
        guard !text.isEmpty else { return "" }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : terminal.colours ? terminal.styled(String(line), style) : open + line + close
        }.joined(separator: "\n")
    }
}
