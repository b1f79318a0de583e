import Foundation
import XCTest
@testable import PitchKit

/// The composer against answers as people really give them: every `--answers`
/// file in Fixtures/composer/<lang>/ runs through the interview; its candidates
/// and draft must match the golden file beside it (PITCHCOACH_UPDATE_GOLDEN=1
/// rewrites them) and be free of every defect issue 11 lists.
final class ComposerCorpusTests: XCTestCase {
    private static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("composer")

    func testEveryAnswerSetComposesCleanStatementsAndMatchesItsGoldenFile() throws {
        for language in Language.builtIn {
            let folder = Self.root.appendingPathComponent(language.rawValue)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }.sorted()
            XCTAssertGreaterThanOrEqual(files.count, 20, "\(language.rawValue) needs at least 20 answer sets")
            for file in files {
                let path = folder.appendingPathComponent(file).path
                let run = try Self.run(path, language: language)
                for defect in Self.defects(in: run, language: language) {
                    XCTFail("\(language.rawValue)/\(file): \(defect)")
                }
                try assertGolden(run.transcript, "\(language.rawValue)/\(file.dropLast(5)).golden.md")
            }
        }
    }

    func testTheCheckerFindsEachDefectTheIssueLists() {
        let examples: [Language: [String]] = [
            .english: [
                "I help a bakery owner who she had a shoebox of receipts.", "When a bakery owner she had receipts, I I sorted every receipt.",
                "I help a young family who just bought a house who had no hot water.", "Hi, I'm I'm Kwame Mensah from It's called BrightDesk Cleaning..",
                "I help retired couples who kept getting leaks, so that the job took one day.", "I help {who} get more.",
                "I help cafe owners, so that zero complaints in the last 6 months.",
                "I set up simple monthly books for her for a bakery owner: she got ten hours back.",
            ],
            .thai: [
                "ไปทำเองที่ออฟฟิศครับให้กับพนักงานครับ", "ช่วยร้านที่เปิดใหม่มีปัญหาครับครับ", "ชื่อผมชื่อสมชายครับ", "ช่วยร้านที่ที่เปิดใหม่ครับ",
                "ลูกค้าเคยเขามีปัญหาครับ", "ทำงานให้กับร้านกาแฟครับ", "สวัสดีทุกคน ผมสมชายครับ", "ผมช่วยร้านกาแฟให้ขายดีขึ้น",
            ],
            .vietnamese: [
                "Tôi tôi giúp chủ quán.", "Xin chào, tôi là Em tên là Minh ạ từ Sổ Xanh.", "Tôi giúp họ để có lãi để mở rộng.",
                "Một lần nữa, tôi là Minh.", "Nếu gặp ai, nhờ bạn giới thiệu.", "Một khách hàng của tôi trước đây có hai con nhỏ.",
                "Khi chủ quán đang quán tối và bí, tôi thay đèn.",
            ],
        ]
        for (language, texts) in examples {
            for text in texts {
                let run = Run(candidates: [text], draft: "", statements: [text], seconds: [0], limit: 11, results: [])
                XCTAssertFalse(Self.defects(in: run, language: language).isEmpty, "no defect found in “\(text)”")
            }
        }
        let long = Run(candidates: ["a"], draft: "", statements: [], seconds: [14], limit: 11, results: [])
        XCTAssertFalse(Self.defects(in: long, language: .english).isEmpty, "a 14-second statement is too long")
        let lost = Run(candidates: [], draft: "# เปิด\n\nI help people.", statements: [], seconds: [], limit: 11, results: ["she got ten hours back"])
        XCTAssertEqual(Self.defects(in: lost, language: .english).count, 2, "a heading and a lost result")
    }

    // MARK: Running a file

    struct Run {
        var candidates: [String]
        var draft: String
        /// Every sentence the tool composed: the candidates and the draft's paragraphs.
        var statements: [String]
        var seconds: [Double]
        var limit: Double
        /// The user's results as read, which the draft must keep.
        var results: [String]
        /// Candidates lint finds too long (its `length` rule, sentence or statement).
        var tooLongForLint: [String] = []
        var transcript = ""
    }

    static func run(_ path: String, language: Language) throws -> Run {
        var interview = try Interview(language: language, linter: sharedLinter)
        let file = try AnswersFile(path: path, script: interview.script)
        var transcript = ""
        var candidates: [String] = [], seconds: [Double] = [], tooLong: [String] = []
        if let persona = file.persona { interview.record(.persona, persona) }
        while let step = interview.current {
            if case .pick = step {
                let shown = interview.prompt?.candidates ?? []
                candidates += shown.map(\.text)
                seconds += shown.map(\.seconds)
                tooLong += shown.filter { $0.diagnostics.contains { $0.rule == "length" } }.map(\.text)
                transcript += "## Candidates, client \(step.client ?? 0)\n\n" + shown.enumerated().map { "\($0.offset + 1). \($0.element.text)\n" }.joined() + "\n"
            }
            guard let answer = step == .review ? interview.script.yes : file.answer(for: step, script: interview.script) else {
                XCTAssertTrue(step.isOptional, "\(path) leaves out \(step.key)")
                _ = interview.skip()
                continue
            }
            if case .rejected(let message) = interview.submit(answer) {
                transcript += "> \(step.key): “\(answer)” → \(message)\n\n"
                XCTAssertTrue(step.isOptional, "\(path): \(step.key) “\(answer)” refused: \(message)")
                guard step.isOptional else { break }
                _ = interview.skip()
            }
        }
        let draft = interview.draft
        transcript += "## Draft\n\n" + draft
        let body = draft.components(separatedBy: "\n---\n").last ?? draft
        let paragraphs = body.components(separatedBy: "\n").filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let reader = interview.script.composer.reader
        let lead = interview.answers[.lead].flatMap(Int.init) ?? 1
        let results = [interview.answers[.clientAfter(lead)]].compactMap { $0 }.map { reader.read($0, as: .after).text }
        return Run(candidates: candidates, draft: draft, statements: candidates + paragraphs, seconds: seconds,
                   limit: interview.script.composer.longestSeconds, results: results, tooLongForLint: tooLong, transcript: transcript)
    }

    // MARK: The defects of issue 11

    static func defects(in run: Run, language: Language) -> [String] {
        var found: [String] = []
        func check(_ pattern: String, _ what: String, in texts: [String]) {
            for text in texts where text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil {
                found.append("\(what): “\(text)”")
            }
        }
        let statements = run.statements
        // Every language: pasted punctuation, empty slots, a word said twice.
        check(#"\.\.|\s[.,!?]|,\.|\.,|[{}]|\s\s|^\s|\(\s*\)"#, "pasted punctuation or an empty slot", in: statements)
        check(#"(?<![\p{L}])(\p{L}+) \1(?![\p{L}])"#, "a word said twice", in: statements)
        check(#"^#\s"#, "a heading the room would hear", in: run.draft.components(separatedBy: "\n"))
        for (seconds, statement) in zip(run.seconds, run.candidates) where seconds > run.limit + 1 {
            found.append("too long (\(Int(seconds)) s): “\(statement)”")
        }
        found += run.tooLongForLint.map { "a sentence lint finds too long: “\($0)”" }
        if !run.draft.isEmpty {
            for result in run.results where !result.isEmpty && !run.draft.contains(result) {
                found.append("the draft lost the result “\(result)”")
            }
        }
        switch language {
        case .english:
            check(#"\b(who|that|when \w+( \w+)*?) (she|he|they|it) (had|was|were|got|kept|has|is|did)\b"#, "a doubled subject", in: statements)
            check(#"\b(I'm|my name is|it's called|it is called)\b.*\b(I'm|my name is|it's called|it is called)\b"#, "a pasted lead-in", in: statements)
            check(#"\bfrom (it's|it is|my business|the company)\b"#, "a pasted lead-in", in: statements)
            check(#"\bwho\b[^.;:]*\bwho\b"#, "stacked relative clauses", in: statements)
            check(#"^(I|We) help [^.]*\bwho (had|was|were|kept|got|spent|lost|paid|\w+ed)\b"#, "a tense clash (help … who + past)", in: statements)
            check(#"\bso that [^.]*\b(took|was|were|had|got|\w+ed)\b"#, "a tense clash (help … so that + past)", in: statements.filter { $0.hasPrefix("I help") || $0.hasPrefix("We help") })
            check(#"\bfor (her|him|them|it) for\b"#, "for … for", in: statements)
            check(#"\bso that (zero|no|more|less|fewer)\b"#, "so that + a thing, not a clause", in: statements)
        case .thai:
            check("(ครับ|ค่ะ|คะ)(ครับ|ค่ะ|คะ)", "a doubled particle", in: statements)
            check("(?<!สวัสดี)(ครับ|ค่ะ)[\\u0E01-\\u0E4E]", "a particle mid-sentence", in: statements)
            check("(ครับ|ค่ะ|คะ)\\s+\\S", "a particle before the end of a statement", in: run.candidates)
            check("ชื่อ[^ ]*ชื่อ", "a pasted lead-in", in: statements)
            check("ที่[^ ]{0,3}ที่|ที่ ที่", "stacked ที่…ที่", in: statements)
            check("เคย(เขา|เธอ|ลูกค้า|ร้าน|มี)", "เคย before a noun", in: statements)
            check("ทำงานให้กับ", "ทำงานให้กับ sounds like an employee", in: statements)
            check("สวัสดีทุกคน", "สวัสดีทุกคน is too casual for a chapter", in: statements)
            for text in statements where !text.hasSuffix("ครับ") && !text.hasSuffix("ค่ะ") && !text.hasSuffix("คะ") && !text.hasSuffix("!") {
                found.append("no polite particle at the end: “\(text)”")
            }
        case .vietnamese:
            check(#"(?i)\b(tôi|em) là (em|tôi|mình)\b|\btên là\b.*\btên là\b|là \p{Lu}\p{Ll}* tên là"#, "a pasted lead-in", in: statements)
            check(#"ạ (?!$)[\p{L}]"#, "a particle mid-sentence", in: statements)
            check(#"\bđể\b[^.]*\bđể\b"#, "để … để", in: statements)
            check(#"\bMột lần nữa\b"#, "a word-for-word calque (Một lần nữa)", in: statements)
            check(#"\bbạn\b"#, "bạn when addressing the room", in: statements)
            check(#"\btrước đây có\b"#, "the story changes meaning (trước đây có)", in: statements)
            check(#"\bđang (quán|tiệm|nhà|công ty|cửa hàng)\b"#, "đang before a noun", in: statements)
        default:
            break
        }
        return found
    }

    // MARK: Golden files

    private func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        if ProcessInfo.processInfo.environment["PITCHCOACH_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Fixtures/composer/\(name)")
            try Data(actual.utf8).write(to: source)
            return
        }
        let golden = Self.root.appendingPathComponent(name)
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        XCTAssertEqual(actual, expected ?? "(no golden file)", "differs from Fixtures/composer/\(name); run with PITCHCOACH_UPDATE_GOLDEN=1 to accept a deliberate change", file: file, line: line)
    }
}
