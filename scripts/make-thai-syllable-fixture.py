#!/usr/bin/env python3
"""Generate the Thai syllable-count fixtures used by ThaiSyllableCounterTests.

Test data only: nothing here runs inside pitchcoach.

Reference counts come from PyThaiNLP's TLTK grapheme-to-phoneme transliteration
(`pythainlp.transliterate.transliterate(text, engine="tltk_ipa")`), which writes
one IPA syllable per '.'/' '-separated piece, e.g. สวัสดี -> "sa2.wat2.diː1" (3).
We count *spoken* syllables because speaking time is estimated in syllables per
second. `syllable_tokenize` (engines "dict" and "han_solo") was tried first and
rejected: it splits *written* syllables, so สวัสดี -> สวัส|ดี (2), สบาย -> 1,
ถนน -> 1, which undercounts what a speaker says.

Words come from `pythainlp.tokenize.word_tokenize` (engine "newmm").

Corpus: the Thai files in ../shared/seeds (relative to the repo root; files whose
letters are mostly not Thai, e.g. the Vietnamese ones, are skipped) plus the
hand-written business/networking sentences below.

Setup (a throwaway venv is easiest; tltk pins an old scikit-learn):
    python3 -m venv /tmp/venv
    /tmp/venv/bin/pip install pythainlp tltk python-crfsuite requests "numpy<2" "pandas<2.3"
    /tmp/venv/bin/python scripts/make-thai-syllable-fixture.py

Output is deterministic for a given seeds folder and library versions.
"""

import re
import sys
from collections import Counter
from pathlib import Path

import pythainlp
from pythainlp.tokenize import word_tokenize
from pythainlp.transliterate import transliterate

try:
    from importlib.metadata import version as _pkg_version
    TLTK_VERSION = _pkg_version("tltk")
except Exception:  # pragma: no cover
    TLTK_VERSION = "unknown"

# Fixed so that re-running gives byte-identical files; bump when regenerating.
GENERATED = "2026-11-22"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
OUT = ROOT / "Tests" / "PitchKitTests" / "Fixtures"

MAX_WORDS = 1500
MAX_SENTENCES = 100
SEED_SENTENCES = 55  # the rest of the sentence fixture is the hand-written list

# Self-introduction / networking sentences written for this fixture.
OWN_SENTENCES = """
สวัสดีครับ ผมชื่อสมชาย ทำงานเป็นวิศวกรซอฟต์แวร์ที่บริษัทเทคโนโลยีแห่งหนึ่งในกรุงเทพ
สวัสดีค่ะ ดิฉันชื่อมาลี เป็นผู้จัดการฝ่ายการตลาดมาแล้วกว่าสิบปี
ยินดีที่ได้รู้จักครับ ผมเชี่ยวชาญด้านการวิเคราะห์ข้อมูลและปัญญาประดิษฐ์
ดิฉันมีประสบการณ์ด้านการเงินและการบัญชีมากกว่าห้าปี
ตอนนี้ผมกำลังมองหาโอกาสใหม่ในการพัฒนาผลิตภัณฑ์ดิจิทัล
เราช่วยให้ธุรกิจขนาดเล็กเติบโตอย่างยั่งยืนด้วยเครื่องมือที่ใช้งานง่าย
ผมจบการศึกษาจากมหาวิทยาลัยเชียงใหม่ สาขาวิศวกรรมคอมพิวเตอร์
ดิฉันสนใจเรื่องความยั่งยืนและพลังงานสะอาดเป็นพิเศษ
ถ้ามีโอกาส อยากแลกเปลี่ยนความคิดเห็นเกี่ยวกับอุตสาหกรรมนี้ครับ
งานของผมคือการสร้างความสัมพันธ์ที่ดีกับลูกค้าและพันธมิตร
ทีมของเรามีสมาชิกสิบสองคนที่ทำงานร่วมกันจากหลายประเทศ
ขอบคุณมากครับที่สละเวลามาคุยกันวันนี้
ผมเคยเป็นที่ปรึกษาด้านกลยุทธ์ให้กับองค์กรขนาดใหญ่หลายแห่ง
ดิฉันรับผิดชอบการบริหารโครงการและการประสานงานระหว่างแผนก
เป้าหมายของเราคือการเพิ่มยอดขายและลดต้นทุนอย่างมีประสิทธิภาพ
หากคุณต้องการคำแนะนำเรื่องการลงทุน ยินดีช่วยเหลือเสมอค่ะ
ผมชอบเรียนรู้สิ่งใหม่ๆ และพบปะผู้คนจากหลากหลายอาชีพ
บริษัทของเราให้บริการด้านกฎหมายและภาษีสำหรับผู้ประกอบการ
ช่วงนี้ผมกำลังศึกษาเรื่องการออกแบบประสบการณ์ผู้ใช้
ดิฉันเป็นนักออกแบบกราฟิกอิสระ ทำงานกับแบรนด์สินค้าหลายราย
เรากำลังขยายตลาดไปยังประเทศเพื่อนบ้านในภูมิภาคเอเชียตะวันออกเฉียงใต้
ผมเชื่อว่าเครือข่ายที่แข็งแกร่งช่วยให้ประสบความสำเร็จในอาชีพ
ถ้าสนใจ เรามาแลกนามบัตรกันไว้นะครับ
ดิฉันดูแลงานทรัพยากรบุคคลและการสรรหาพนักงานใหม่
ผมมีความรู้ด้านระบบคลาวด์และความปลอดภัยทางไซเบอร์
งานวิจัยของดิฉันเกี่ยวกับเศรษฐกิจและนโยบายสาธารณะ
เราเพิ่งเปิดสาขาใหม่ที่จังหวัดขอนแก่นเมื่อเดือนที่แล้ว
ผมทำงานในวงการประชาสัมพันธ์และสื่อสารองค์กรมาตลอด
ขอแนะนำตัวสั้นๆ นะคะ ดิฉันเป็นเจ้าของร้านกาแฟเล็กๆ
ผมอยากหาพาร์ทเนอร์ที่มีวิสัยทัศน์เดียวกันเพื่อร่วมลงทุน
หน้าที่หลักของผมคือดูแลคุณภาพของผลิตภัณฑ์ก่อนส่งถึงมือลูกค้า
ดิฉันเคยทำงานที่สถานเอกอัครราชทูตมาสามปี
ผมเป็นนักบัญชีรับอนุญาตและให้คำปรึกษาด้านภาษีอากร
ทีมของเราพัฒนาแอปพลิเคชันสำหรับโรงพยาบาลและคลินิก
การพูดคุยกับคุณวันนี้ทำให้ผมได้แนวคิดใหม่หลายอย่าง
ถ้ามีคำถามเพิ่มเติม ติดต่อผมทางอีเมลได้ตลอดเวลาครับ
ดิฉันชื่นชอบการทำงานเป็นทีมและการแก้ปัญหาที่ซับซ้อน
ผมกำลังเตรียมเปิดบริษัทสตาร์ทอัพด้านการศึกษาออนไลน์
เรามุ่งมั่นสร้างนวัตกรรมที่ตอบโจทย์ความต้องการของสังคม
ยินดีต้อนรับสู่งานสัมมนาธุรกิจประจำปีครับ
ผมดูแลฝ่ายขายต่างประเทศ โดยเฉพาะตลาดญี่ปุ่นและเกาหลี
ดิฉันจัดอบรมเรื่องทักษะการนำเสนอและการเจรจาต่อรอง
สิ่งที่ผมภูมิใจที่สุดคือการนำทีมผ่านช่วงวิกฤตได้สำเร็จ
เราให้ความสำคัญกับความโปร่งใสและความรับผิดชอบต่อสังคม
ถ้าสะดวก เรานัดประชุมกันสัปดาห์หน้าได้ไหมคะ
""".strip().splitlines()

THAI_LETTER = re.compile(r"[\u0E01-\u0E2E]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
# A word: Thai letters and signs only (no digits, no ฯ abbreviation sign), starting
# with a consonant or a leading vowel (drops tokenizer debris such as a lone "ิม").
THAI_WORD = re.compile(r"^[\u0E01-\u0E2E\u0E40-\u0E44][\u0E01-\u0E2E\u0E30-\u0E4E]*$")
# A sentence: Thai words separated by single spaces, nothing else.
THAI_SENTENCE = re.compile(r"[\u0E01-\u0E2E\u0E30-\u0E4E]+(?: [\u0E01-\u0E2E\u0E30-\u0E4E]+)*")


def spoken_syllables(text: str):
    """Number of IPA syllables TLTK gives for `text` (words split by ' ', syllables by '.').

    TLTK sometimes fails on a run: it raises, returns nothing ("<Fail>"), or leaves an
    empty syllable ("pʰɯːa3..kʰᴐːŋ5" for เพื่อนสุ่มของ). Then the run is counted word
    by word (newmm words); None if even that fails (the item is left out).
    """
    try:
        ipa = transliterate(text, engine="tltk_ipa").strip()
    except Exception:
        ipa = ""
    sylls = [p for w in ipa.split() for p in w.split(".")]
    if sylls and all(sylls):
        return len(sylls)
    words = [w for w in word_tokenize(text, engine="newmm", keep_whitespace=False) if w.strip()]
    if len(words) <= 1:
        return None
    counts = [spoken_syllables(w) for w in words]
    return None if None in counts else sum(counts)


def sentence_syllables(sentence: str):
    """Spoken syllables of a sentence: TLTK on each space-separated chunk.

    TLTK reads ๆ in a long chunk as repeating the whole chunk (คำว่า...บ่อยๆ -> 22
    instead of 12), so chunks containing ๆ are counted word by word (newmm), where
    TLTK repeats just that word (บ่อยๆ -> 2).
    """
    total = 0
    for chunk in sentence.split():
        if "ๆ" in chunk:
            words = [w for w in word_tokenize(chunk, engine="newmm", keep_whitespace=False) if w.strip()]
            counts = [spoken_syllables(w) for w in words]
        else:
            counts = [spoken_syllables(chunk)]
        if None in counts:
            return None
        total += sum(counts)
    return total


def thai_seed_texts():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        thai = len(THAI_LETTER.findall(text))
        latin = len(LATIN_LETTER.findall(text))
        if thai > latin:  # Vietnamese and English seeds are skipped
            yield path.name, text


def main():
    seeds = list(thai_seed_texts())
    if not seeds:
        sys.exit(f"no Thai seeds found in {SEEDS}")

    seed_sentences = []
    word_freq = Counter()
    for _, text in seeds:
        for line in text.splitlines():
            for m in THAI_SENTENCE.finditer(line):
                s = m.group(0)
                if 25 <= len(s) <= 160 and s not in seed_sentences:
                    seed_sentences.append(s)
            for run in re.findall(r"[\u0E01-\u0E2E\u0E30-\u0E4E]+", line):
                for w in word_tokenize(run, engine="newmm", keep_whitespace=False):
                    if THAI_WORD.match(w) and THAI_LETTER.search(w):
                        word_freq[w] += 1
    for s in OWN_SENTENCES:
        for run in s.split():
            for w in word_tokenize(run, engine="newmm", keep_whitespace=False):
                if THAI_WORD.match(w) and THAI_LETTER.search(w):
                    word_freq[w] += 1

    # Most frequent first (ties alphabetical), capped; then written alphabetically.
    words = [w for w, _ in sorted(word_freq.items(), key=lambda kv: (-kv[1], kv[0]))][:MAX_WORDS]
    words.sort()

    # Evenly spaced pick of seed sentences so all seed files are represented.
    step = max(1, len(seed_sentences) // SEED_SENTENCES)
    picked = seed_sentences[::step][:SEED_SENTENCES]
    sentences = (picked + OWN_SENTENCES)[:MAX_SENTENCES]

    header = [
        "# Thai spoken-syllable reference counts for ThaiSyllableCounterTests.",
        f"# source: Thai seed files {', '.join(n for n, _ in seeds)} (shared/seeds) + hand-written sentences in scripts/make-thai-syllable-fixture.py",
        f"# engine: pythainlp.transliterate engine=tltk_ipa (TLTK g2p; syllables = '.'/' ' pieces of the IPA); words from word_tokenize engine=newmm",
        "# (syllable_tokenize dict/han_solo rejected: they split written syllables, e.g. สวัสดี=2, ถนน=1)",
        f"# pythainlp {pythainlp.__version__}, tltk {TLTK_VERSION}",
        f"# generated: {GENERATED} by scripts/make-thai-syllable-fixture.py",
    ]

    OUT.mkdir(parents=True, exist_ok=True)
    written_words = written_sentences = 0
    with open(OUT / "thai-syllables.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(header + ["# word<TAB>syllables"]) + "\n")
        for w in words:
            n = spoken_syllables(w)
            if n:  # TLTK gives 0 for a few misspellings (e.g. น๊าน): leave them out
                f.write(f"{w}\t{n}\n")
                written_words += 1
    with open(OUT / "thai-sentences.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(header + ["# sentence<TAB>syllables (Thai words separated by single spaces)"]) + "\n")
        for s in sentences:
            n = sentence_syllables(s)
            if n is not None:
                f.write(f"{s}\t{n}\n")
                written_sentences += 1
    print(f"{written_words} words, {written_sentences} sentences -> {OUT}")


if __name__ == "__main__":
    main()
