import Foundation

/// The ways an intro can be exported. Every format renders the same `Intro`
/// and the same times, so the script, the cue card and the captions agree.
public enum IntroFormat: String, CaseIterable, Sendable {
    /// A clean script to read aloud, with a time mark per part.
    case text
    /// A printable cue card: the parts and their times, then the text in large print.
    case markdown
    /// The parts with their seconds and the totals, for other tools.
    case json
    /// Timed captions for a teleprompter or a video (SubRip).
    case srt

    public static let names = allCases.map(\.rawValue).joined(separator: ", ")

    /// The format a file name asks for (`intro.srt`), if its extension names one.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt": self = .text
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "srt": self = .srt
        default: return nil
        }
    }

    public func render(_ intro: Intro) -> String {
        switch self {
        case .text: Self.text(intro)
        case .markdown: Self.markdown(intro)
        case .json: Self.json(intro)
        case .srt: Self.srt(intro)
        }
    }

    // MARK: Text

    private static func text(_ intro: Intro) -> String {
        var lines: [String] = []
        for part in intro.parts {
            lines.append("[\(timeSpan(intro.span(of: part)))] \(part.label)")
            lines.append(part.text)
            lines.append("")
        }
        lines.append(totalLine(intro))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    private static func markdown(_ intro: Intro) -> String {
        let card = intro.templates
        let title = [intro.name, intro.business].compactMap { $0 }.joined(separator: " · ")
        var lines = ["# \(title.isEmpty ? card.card(.title, ["target": String(intro.targetSeconds.wholeSeconds)]) : title)", ""]
        lines.append(totalLine(intro))
        lines.append("")
        lines.append("| \(card.card(.time)) | \(card.card(.part)) | \(card.card(.seconds)) |")
        lines.append("| --- | --- | ---: |")
        for part in intro.parts {
            let span = intro.span(of: part)
            // From the rounded ends, so each row agrees with its time span and the rows add up to the total.
            let seconds = Int(span.end.rounded()) - Int(span.start.rounded())
            lines.append("| \(timeSpan(span)) | \(part.label) | \(seconds) |")
        }
        lines.append("| | **\(card.card(.totalRow))** | **\(intro.totalSeconds.wholeSeconds)** |")
        for part in intro.parts {
            lines.append("")
            // The part's heading carries its time; its words stay a paragraph, which a
            // renderer wraps, where a heading would make the whole paragraph one title.
            lines.append("## \(timeSpan(intro.span(of: part))) · \(part.label)")
            lines.append("")
            lines.append(part.text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    private struct JSONIntro: Encodable {
        struct Part: Encodable {
            var part: String
            var label: String
            var generated: Bool
            var start: Double
            var end: Double
            var seconds: Double
            var units: Int
            var text: String
            var sentences: [Sentence]
        }

        struct Sentence: Encodable {
            var text: String
            var units: Int
            var seconds: Double
        }

        var language: String
        var name: String?
        var business: String?
        var unit: String
        var unitsPerSecond: Double
        var targetSeconds: Double
        var totalSeconds: Double
        var totalUnits: Int
        var secondsOver: Int
        var missingParts: [String]
        var parts: [Part]
    }

    private static func json(_ intro: Intro) -> String {
        let document = JSONIntro(
            language: intro.language.rawValue, name: intro.name, business: intro.business,
            unit: intro.timing.unit.rawValue, unitsPerSecond: intro.timing.unitsPerSecond.rounded(toPlaces: 3),
            targetSeconds: intro.targetSeconds, totalSeconds: intro.totalSeconds.rounded(toPlaces: 1),
            totalUnits: intro.totalUnits, secondsOver: intro.secondsOver,
            missingParts: intro.missing.map(\.rawValue),
            parts: intro.parts.map { part in
                let span = intro.span(of: part)
                return .init(
                    part: part.kind.rawValue, label: part.label, generated: part.isGenerated,
                    start: span.start.rounded(toPlaces: 1), end: span.end.rounded(toPlaces: 1), seconds: (span.end - span.start).rounded(toPlaces: 1),
                    units: part.units, text: part.text,
                    sentences: part.sentences.map {
                        .init(text: $0.text, units: $0.units, seconds: intro.timing.seconds(forUnits: $0.units).rounded(toPlaces: 1))
                    }
                )
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding fails only on a number that is not finite, and none is: targets
        // and speaking rates are checked where they come in (TargetTime, SpeakingPace).
        let data = try! encoder.encode(document)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: SRT

    /// Captions longer than this many words (English) or syllables (Thai,
    /// Vietnamese) are split at commas: about what a reader takes in at a glance.
    public static func longestCaption(for unit: LanguageProfile.SpeakingUnit) -> Int {
        unit == .word ? 12 : 18
    }

    /// One caption per sentence, or per group of phrases when a sentence is
    /// long. Times run on from one caption to the next, so they never overlap
    /// and the last one ends at the estimated total.
    public static func captions(_ intro: Intro) -> [(text: String, start: Double, end: Double)] {
        let limit = longestCaption(for: intro.timing.unit)
        var captions: [(text: String, start: Double, end: Double)] = []
        var unitsSoFar = 0
        func add(_ texts: [String], units: Int) {
            let start = intro.timing.seconds(forUnits: unitsSoFar)
            unitsSoFar += units
            captions.append((texts.joined(separator: " "), start, intro.timing.seconds(forUnits: unitsSoFar)))
        }
        for sentence in intro.parts.flatMap(\.sentences) {
            guard sentence.units > limit else {
                add([sentence.text], units: sentence.units)
                continue
            }
            var texts: [String] = []
            var units = 0
            for phrase in sentence.phrases {
                // A lead-in such as "Last year," flashes by too fast to read on its own,
                // and a name ("สมศรี ใจดี") is read whole.
                if !texts.isEmpty, units + phrase.units > limit, units * 3 >= limit, !splitsName(texts.last!, phrase.text, intro.name) {
                    add(texts, units: units)
                    texts = []
                    units = 0
                }
                texts.append(phrase.text)
                units += phrase.units
            }
            add(texts, units: units)
        }
        return captions
    }

    /// Whether a caption break between `before` and `after` would fall inside `name`.
    private static func splitsName(_ before: String, _ after: String, _ name: String?) -> Bool {
        guard let name, name.contains(" ") else { return false }
        return (before + " " + after).contains(name) && !before.contains(name) && !after.contains(name)
    }

    private static func srt(_ intro: Intro) -> String {
        captions(intro).enumerated().map { index, caption in
            "\(index + 1)\n\(srtTime(caption.start)) --> \(srtTime(caption.end))\n\(caption.text)\n"
        }.joined(separator: "\n")
    }

    /// `00:01:02,345`, as SubRip writes times.
    static func srtTime(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        return String(
            format: "%02d:%02d:%02d,%03d",
            milliseconds / 3_600_000, milliseconds / 60_000 % 60, milliseconds / 1000 % 60, milliseconds % 1000
        )
    }

    // MARK: Shared

    private static func totalLine(_ intro: Intro) -> String {
        intro.templates.card(intro.isOverTarget ? .totalOver : .total, [
            "total": String(intro.totalSeconds.wholeSeconds),
            "target": String(intro.targetSeconds.wholeSeconds),
            "over": String(intro.secondsOver),
        ])
    }

    /// `0:00–0:08`: whole seconds, as a speaker glances at a watch.
    static func timeSpan(_ span: (start: Double, end: Double)) -> String {
        "\(clock(span.start))–\(clock(span.end))"
    }

    public static func clock(_ seconds: Double) -> String {
        let whole = seconds.wholeSeconds
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
