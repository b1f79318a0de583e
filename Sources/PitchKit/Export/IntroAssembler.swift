/// Turns a pitch into an `Intro`: its sections put in speaking order, split in
/// sentences and timed with the linter's model, so `export` and `lint` agree on
/// every second. Pure: reads nothing but what it is given.
public struct IntroAssembler {
    private let profile: LanguageProfile
    private let templates: IntroTemplates
    private let tokenizer: Tokenizer

    public init(profile: LanguageProfile, templates: IntroTemplates, tokenizer: Tokenizer = Tokenizer()) {
        self.profile = profile
        self.templates = templates
        self.tokenizer = tokenizer
    }

    public func assemble(_ job: LintJob) throws(PitchError) -> Intro {
        let document = job.document
        let timing = SpeakingTime(profile: profile)
        var sentencesByPart: [IntroPart: [IntroSentence]] = [:]
        // Text under a heading pitchcoach does not know stays with the part
        // before it: it is still said, and `lint` times it too.
        var current = IntroPart.nameAndBusiness
        document.spoken.withUnsafeBufferPointer { spoken in
            for block in document.blocks {
                if let part = IntroPart(section: block.section) { current = part }
                sentencesByPart[current, default: []] += sentences(in: block.range, of: spoken, timing: timing, generated: false)
            }
        }
        guard sentencesByPart.values.contains(where: { !$0.isEmpty }) else {
            throw PitchError("\(job.path): there is nothing to say in this pitch, only headings, comments or front matter; write your intro under the headings.")
        }
        guard document.blocks.contains(where: { ![.opening, .other].contains($0.section) }) else {
            throw PitchError("\(job.path): export needs the parts of your intro under headings such as \(exampleHeadings); add them and try again.")
        }

        let name = document.frontMatter["name"].flatMap { $0.isEmpty ? nil : $0 }
        let business = document.frontMatter["business"].flatMap { $0.isEmpty ? nil : $0 }
        var parts: [Intro.Part] = []
        var missing: [IntroPart] = []
        var unitsBefore = 0
        for kind in IntroPart.allCases {
            var sentences = sentencesByPart[kind] ?? []
            var isGenerated = false
            if sentences.isEmpty, let line = templates.line(for: kind, name: name, business: business) {
                sentences = line.withUTF8Copy { self.sentences(in: 0..<$0.count, of: $0, timing: timing, generated: true) }
                isGenerated = true
            }
            guard !sentences.isEmpty else {
                if !kind.isOptional { missing.append(kind) }
                continue
            }
            let part = Intro.Part(kind: kind, label: templates.labels[kind]!, sentences: sentences, isGenerated: isGenerated, unitsBefore: unitsBefore)
            unitsBefore += part.units
            parts.append(part)
        }
        return Intro(
            language: job.language, name: name, business: business, timing: timing,
            targetSeconds: job.targetSeconds, parts: parts, missing: missing, templates: templates,
            unitName: profile.unitName
        )
    }

    /// A plain sentence saying what a missing part is for and where to write it, in the pitch's language.
    public func advice(forMissing part: IntroPart) -> String {
        templates.advice(forMissing: part, heading: "'## \(profile.sectionNames[part.section]?.first ?? part.rawValue)'")
    }

    private var exampleHeadings: String {
        [Section.benefit, .story, .ask]
            .map { "'## \(profile.sectionNames[$0]?.first ?? $0.rawValue)'" }
            .joined(separator: ", ")
    }

    /// The sentences of `text[range]`. Each runs from its first word to the next
    /// sentence's first word, so punctuation and quotes stay with it. In a
    /// language that writes no full stop (Thai), a sentence is a statement: its
    /// phrases up to one that ends with a polite particle, or to the paragraph's
    /// end, so that captions and cut advice never take a phrase for a sentence.
    private func sentences(in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>, timing: SpeakingTime, generated: Bool) -> [IntroSentence] {
        let tokens = tokenizer.tokens(of: text, in: range)
        let groups = Linter.sentences(tokens)
        let phrases = phraseSentences(groups, of: tokens, in: range, of: text, timing: timing, generated: generated)
        guard !profile.statementEnds.isEmpty else { return phrases }
        var statements: [IntroSentence] = []
        var pending: [IntroSentence] = []
        for (index, group) in groups.enumerated() {
            pending.append(phrases[index])
            let last = String(decoding: text[tokens[group.upperBound - 1].range], as: UTF8.self)
            guard index == groups.count - 1 || profile.endsStatement(last) else { continue }
            statements.append(IntroSentence(
                text: pending.map(\.text).joined(separator: " "),
                units: pending.reduce(0) { $0 + $1.units },
                range: pending.first?.range.flatMap { first in pending.last?.range.map { first.lowerBound..<$0.upperBound } },
                phrases: pending.flatMap(\.phrases)
            ))
            pending = []
        }
        return statements
    }

    /// A sentence per run of tokens between sentence ends, cut at its commas into phrases.
    private func phraseSentences(_ groups: [Range<Int>], of tokens: [Token], in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>, timing: SpeakingTime, generated: Bool) -> [IntroSentence] {
        groups.indices.map { index in
            let group = groups[index]
            let start = index == 0 ? range.lowerBound : tokens[group.lowerBound].range.lowerBound
            let end = index == groups.count - 1 ? range.upperBound : tokens[groups[index + 1].lowerBound].range.lowerBound
            var phrases: [IntroSentence.Phrase] = []
            var phraseStart = start
            var phraseUnits = 0
            for tokenIndex in group {
                if tokenIndex > group.lowerBound, Self.breaksPhrase(text, tokens[tokenIndex - 1].range.upperBound..<tokens[tokenIndex].range.lowerBound) {
                    let phraseEnd = tokens[tokenIndex].range.lowerBound
                    phrases.append(.init(text: Self.clean(text, phraseStart..<phraseEnd), units: phraseUnits))
                    phraseStart = phraseEnd
                    phraseUnits = 0
                }
                phraseUnits += timing.units(of: tokens[tokenIndex], in: text)
            }
            phrases.append(.init(text: Self.clean(text, phraseStart..<end), units: phraseUnits))
            return IntroSentence(
                text: Self.clean(text, start..<end),
                units: phrases.reduce(0) { $0 + $1.units },
                range: generated ? nil : start..<end,
                phrases: phrases
            )
        }
    }

    /// Commas and semicolons are where a speaker breathes and a caption can break.
    private static func breaksPhrase(_ text: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        String(decoding: text[gap], as: UTF8.self).contains { ",;—，、".contains($0) }
    }

    /// Spoken text for reading aloud: Markdown emphasis marks dropped, runs of
    /// spaces and line breaks made one space.
    private static func clean(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .map { $0.filter { $0 != "*" } }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes.
    fileprivate func withUTF8Copy<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var copy = self
        return copy.withUTF8(body)
    }
}
