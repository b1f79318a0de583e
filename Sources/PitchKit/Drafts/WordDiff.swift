/// A piece of a word-level diff between two texts.
public enum DiffChange: Equatable, Sendable {
    /// Text both versions share.
    case same(String)
    /// Text of the old version replaced by text of the new one; either may be empty.
    case changed(removed: String, added: String)
}

/// Word-level diffs over ICU word segments, so a Thai sentence (no spaces
/// between words) diffs word by word, not by bytes or whole lines.
public enum WordDiff {
    /// Above this many edits a diff stops looking for the shortest script and
    /// reports the differing middle as one change: a pitch is a few hundred
    /// segments, so only wholly different long texts get there.
    public static let maximumEdits = 4000

    /// The diff from `old` to `new`, as runs of shared and changed text.
    public static func diff(_ old: String, _ new: String, segmenter: WordSegmenter = WordSegmenter()) -> [DiffChange] {
        let oldTokens = tokens(old, segmenter: segmenter)
        let newTokens = tokens(new, segmenter: segmenter)
        // Equal tokens get equal ids: comparing ints is cheaper than strings, and
        // the byte key keeps "é" and "e\u{301}" apart, as the store does.
        var ids: [[UInt8]: Int] = [:]
        func id(_ token: String) -> Int {
            let key = Array(token.utf8)
            if let id = ids[key] { return id }
            ids[key] = ids.count
            return ids.count - 1
        }
        let a = oldTokens.map(id)
        let b = newTokens.map(id)
        return runs(edits(a, b), old: oldTokens, new: newTokens)
    }

    /// Every ICU segment of a text (words, spaces, punctuation), in order.
    public static func tokens(_ text: String, segmenter: WordSegmenter) -> [String] {
        let utf8 = Array(text.utf8)
        var tokens: [String] = []
        var covered = 0
        for segment in segmenter.segments(of: text) {
            if segment.start > covered { tokens.append(String(decoding: utf8[covered..<segment.start], as: UTF8.self)) }
            tokens.append(String(decoding: utf8[segment.range], as: UTF8.self))
            covered = segment.end
        }
        if covered < utf8.count { tokens.append(String(decoding: utf8[covered...], as: UTF8.self)) }
        return tokens
    }

    /// One step of an edit script.
    public enum Edit: Equatable, Sendable {
        /// a[old] == b[new].
        case keep(old: Int, new: Int)
        case delete(old: Int)
        case insert(new: Int)
    }

    /// A shortest edit script from `a` to `b` (Myers' O(ND) algorithm), with
    /// deletions before insertions at each change.
    public static func edits<T: Equatable>(_ a: [T], _ b: [T]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var script: [Edit] = (0..<prefix).map { .keep(old: $0, new: $0) }
        let n = a.count - prefix - suffix, m = b.count - prefix - suffix
        if let middle = myers(n, m, equal: { a[prefix + $0] == b[prefix + $1] }) {
            script += middle.map {
                switch $0 {
                case .keep(let old, let new): .keep(old: prefix + old, new: prefix + new)
                case .delete(let old): .delete(old: prefix + old)
                case .insert(let new): .insert(new: prefix + new)
                }
            }
        } else {
            script += (0..<n).map { .delete(old: prefix + $0) } + (0..<m).map { .insert(new: prefix + $0) }
        }
        script += (0..<suffix).map { .keep(old: a.count - suffix + $0, new: b.count - suffix + $0) }
        return script
    }

    /// Myers' forward search with a trace of each step's frontier, then a walk
    /// back. Nil when more than `maximumEdits` edits are needed.
    private static func myers(_ n: Int, _ m: Int, equal: (Int, Int) -> Bool) -> [Edit]? {
        if n == 0 { return (0..<m).map { .insert(new: $0) } }
        if m == 0 { return (0..<n).map { .delete(old: $0) } }
        let limit = min(n + m, maximumEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d] holds v[-d...d] as it was before step d.
        var trace: [[Int]] = []
        var found: Int?
        search: for d in 0...limit {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, equal(x, y) { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = d; break search }
            }
        }
        guard let depth = found else { return nil }
        var script: [Edit] = []
        var x = n, y = m
        for d in stride(from: depth, through: 0, by: -1) {
            let frontier = trace[d]
            func at(_ k: Int) -> Int { frontier[k + d] }
            let k = x - y
            let previousK = k == -d || (k != d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX, y > previousY {
                script.append(.keep(old: x - 1, new: y - 1))
                x -= 1; y -= 1
            }
            if d > 0 {
                if x == previousX { script.append(.insert(new: y - 1)); y -= 1 } else { script.append(.delete(old: x - 1)); x -= 1 }
            }
        }
        // Walking back puts an insertion before the deletion at the same spot; put deletions first.
        return reorder(script.reversed())
    }

    /// Within each run of changes, deletions first, then insertions.
    private static func reorder(_ script: [Edit]) -> [Edit] {
        var result: [Edit] = []
        var deletes: [Edit] = [], inserts: [Edit] = []
        func flush() { result += deletes + inserts; deletes = []; inserts = [] }
        for edit in script {
            switch edit {
            case .keep: flush(); result.append(edit)
            case .delete: deletes.append(edit)
            case .insert: inserts.append(edit)
            }
        }
        flush()
        return result
    }

    /// Joins an edit script into runs of text. A run of only blanks between
    /// two changes joins them, so "a b c" → "x y z" reads as one change rather than three.
    static func runs(_ script: [Edit], old: [String], new: [String]) -> [DiffChange] {
        var runs: [DiffChange] = []
        for edit in script {
            switch (edit, runs.last) {
            case (.keep(let index, _), .same(let text)?):
                runs[runs.count - 1] = .same(text + old[index])
            case (.keep(let index, _), _):
                runs.append(.same(old[index]))
            case (.delete(let index), .changed(let removed, let added)?):
                runs[runs.count - 1] = .changed(removed: removed + old[index], added: added)
            case (.delete(let index), _):
                runs.append(.changed(removed: old[index], added: ""))
            case (.insert(let index), .changed(let removed, let added)?):
                runs[runs.count - 1] = .changed(removed: removed, added: added + new[index])
            case (.insert(let index), _):
                runs.append(.changed(removed: "", added: new[index]))
            }
        }
        return merge(runs)
    }

    /// Folds `change, blank, change` into one change, so a rewritten phrase
    /// reads as one change, not word by word; then moves white space both
    /// sides of a change share out of it, so brackets hug the words.
    private static func merge(_ runs: [DiffChange]) -> [DiffChange] {
        var result: [DiffChange] = []
        for run in runs {
            if case .changed(let removed, let added) = run,
               result.count >= 2,
               case .same(let gap) = result[result.count - 1],
               case .changed(let lastRemoved, let lastAdded) = result[result.count - 2],
               !gap.isEmpty, gap.allSatisfy(isBlank) {
                // Only when both sides keep some text: folding the gap into a
                // side that is otherwise empty would show a lone blank as changed.
                if !(removed.isEmpty && lastRemoved.isEmpty), !(added.isEmpty && lastAdded.isEmpty) {
                    result.removeLast(2)
                    result.append(.changed(removed: lastRemoved + gap + removed, added: lastAdded + gap + added))
                    continue
                }
            }
            result.append(run)
        }
        return hugWords(result)
    }

    private static func isBlank(_ character: Character) -> Bool { character == " " || character == "\t" }

    /// Moves blanks that start (or end) both sides of a change into the shared text before (or after) it.
    private static func hugWords(_ runs: [DiffChange]) -> [DiffChange] {
        var result: [DiffChange] = []
        func appendSame(_ text: String) {
            guard !text.isEmpty else { return }
            if case .same(let last)? = result.last { result[result.count - 1] = .same(last + text) } else { result.append(.same(text)) }
        }
        for run in runs {
            guard case .changed(var removed, var added) = run, !removed.isEmpty, !added.isEmpty else {
                if case .same(let text) = run { appendSame(text) } else { result.append(run) }
                continue
            }
            var leading = ""
            while let r = removed.first, let a = added.first, r == a, isBlank(r) {
                leading.append(r); removed.removeFirst(); added.removeFirst()
            }
            var trailing = ""
            while let r = removed.last, let a = added.last, r == a, isBlank(r), !removed.isEmpty, !added.isEmpty {
                trailing.insert(r, at: trailing.startIndex); removed.removeLast(); added.removeLast()
            }
            appendSame(leading)
            if !removed.isEmpty || !added.isEmpty { result.append(.changed(removed: removed, added: added)) }
            appendSame(trailing)
        }
        return result
    }

    /// The old text, rebuilt from a diff (for checks).
    public static func oldText(_ changes: [DiffChange]) -> String {
        changes.map { if case .same(let text) = $0 { text } else if case .changed(let removed, _) = $0 { removed } else { "" } }.joined()
    }

    /// The new text, rebuilt from a diff (for checks).
    public static func newText(_ changes: [DiffChange]) -> String {
        changes.map { if case .same(let text) = $0 { text } else if case .changed(_, let added) = $0 { added } else { "" } }.joined()
    }
}
