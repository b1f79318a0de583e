#!/usr/bin/env python3
"""Writes deterministic pitch-like prose in English, Thai and Vietnamese.

Usage: corpus.py LANG MEGABYTES OUT
The same arguments always give the same bytes (a fixed seed; no downloaded data).
Sentences are built from templates and word pools, with the jargon, bland
claims and filler that real first drafts have, so every rule has work to do.
"""
import random
import sys

POOLS = {
    "en": {
        "who": ["cafe owners", "small builders", "family dentists", "bakery owners", "new landlords",
                "physiotherapists", "florists", "accounting firms", "print shops", "yoga studios"],
        "problem": ["drown in receipts", "chase late payments", "lose weekends to paperwork",
                    "miss tax deadlines", "cannot get found on Google", "lose staff every spring"],
        "result": ["pay less tax", "get paid within 14 days", "win back 10 hours a week",
                   "cut their costs by a third", "double their repeat customers", "stop working weekends"],
        "claim": ["quality service", "competitive prices", "a one-stop shop", "years of experience",
                  "a friendly team", "tailored solutions", "peace of mind"],
        "jargon": ["leverage synergy", "deliver end-to-end solutions", "drive digital transformation",
                   "optimise the value chain", "provide holistic consulting", "scale best practices"],
        "templates": [
            "I help {who} who {problem}, so that they {result}.",
            "We offer {claim} and {claim}.",
            "Basically, we {jargon} for {who}.",
            "Last month one of my clients, a baker, came in with a shoebox of receipts.",
            "Within a month her books were clean, and she saved 4,000 dollars at tax time.",
            "A good referral for me is one of the {who} who {problem}.",
            "Our team will {jargon}, guaranteed.",
            "You get your evenings back, and you {result}.",
            "I think we are really the best choice for {who}.",
            "When {who} {problem}, I sort it out in a week.",
        ],
        "headings": ["## Benefit", "## Story", "## Ask", "## Hook"],
        "joiner": " ",
    },
    "th": {
        "who": ["เจ้าของร้านกาแฟ", "ผู้รับเหมารายย่อย", "คลินิกทันตกรรม", "ร้านเบเกอรี่", "เจ้าของหอพัก",
                "ร้านดอกไม้", "สำนักงานบัญชี", "โรงพิมพ์เล็กๆ", "สตูดิโอโยคะ"],
        "problem": ["เอกสารกองเต็มโต๊ะ", "ตามเก็บเงินลูกค้าไม่ได้", "เสียวันหยุดไปกับงานเอกสาร",
                    "ยื่นภาษีไม่ทันกำหนด", "ไม่มีใครหาร้านเจอในกูเกิล", "พนักงานลาออกบ่อย"],
        "result": ["เสียภาษีน้อยลง", "ได้รับเงินภายใน 14 วัน", "มีเวลาเพิ่มขึ้นสัปดาห์ละ 10 ชั่วโมง",
                   "ลดต้นทุนได้หนึ่งในสาม", "มีลูกค้าประจำเพิ่มขึ้นสองเท่า", "ไม่ต้องทำงานวันเสาร์อีก"],
        "claim": ["บริการครบวงจร", "ราคาถูก", "มืออาชีพ", "ประสบการณ์หลายปี", "ใส่ใจลูกค้า"],
        "jargon": ["ทำ IT consult", "วางโซลูชั่น", "ทำดิจิทัลมาร์เก็ตติ้ง", "ปรับ KPI", "ทำ outsource"],
        "templates": [
            "ผมช่วย{who}ที่{problem} ให้{result}",
            "เรามี{claim}และ{claim}",
            "แบบว่าเรา{jargon}ให้{who}",
            "เดือนที่แล้วลูกค้าร้านเบเกอรี่เอาใบเสร็จมาเต็มกล่อง",
            "ภายในหนึ่งเดือนบัญชีของเธอเรียบร้อย และประหยัดภาษีได้สี่พันบาท",
            "ลูกค้าที่ดีสำหรับผมคือ{who}ที่{problem}",
            "ทีมงานของเรา{jargon} รับประกัน 100%",
            "คุณจะมีเวลาตอนเย็นคืนมา และ{result}",
            "ผมดูแลคอมพิวเตอร์ให้ทำงานได้ตลอดทุกวัน ปัญหาส่งเมลไม่ได้ จะหมดไป",
            "ฉันวางแผนเรื่องเอกสารทางบัญชีอย่างฉลาดและรัดกุม ทำให้เสียภาษีน้อยลงได้จริง",
        ],
        "headings": ["## ประโยชน์", "## เรื่องเล่า", "## สิ่งที่ขอ", "## คำจำ"],
        "joiner": " ",
    },
    "vi": {
        "who": ["chủ quán cà phê", "nhà thầu nhỏ", "phòng khám nha khoa", "tiệm bánh", "chủ nhà trọ",
                "tiệm hoa", "văn phòng kế toán", "xưởng in", "phòng tập yoga"],
        "problem": ["ngập trong hoá đơn", "không đòi được nợ", "mất cuối tuần vì giấy tờ",
                    "nộp thuế trễ hạn", "không ai tìm thấy trên Google", "nhân viên nghỉ việc liên tục"],
        "result": ["đóng thuế ít hơn", "được thanh toán trong 14 ngày", "có thêm 10 giờ mỗi tuần",
                   "giảm một phần ba chi phí", "tăng gấp đôi khách quen", "không phải làm cuối tuần nữa"],
        "claim": ["uy tín", "chuyên nghiệp", "giá cả cạnh tranh", "nhiều năm kinh nghiệm", "tận tâm"],
        "jargon": ["cung cấp giải pháp toàn diện", "tối ưu hóa quy trình", "chuyển đổi số", "làm branding", "outsource marketing"],
        "templates": [
            "Tôi giúp {who} đang {problem}, để họ {result}.",
            "Công ty chúng tôi {claim} và {claim}.",
            "Thật ra thì chúng tôi {jargon} cho {who}.",
            "Tháng trước một chủ tiệm bánh mang đến cả hộp hoá đơn.",
            "Sau một tháng sổ sách của chị ấy gọn gàng, và chị tiết kiệm được bốn triệu đồng tiền thuế.",
            "Người tôi cần gặp là {who} đang {problem}.",
            "Chúng tôi {jargon}, cam kết 100%.",
            "Bạn có lại buổi tối, và {result}.",
            "Tôi nghĩ chúng tôi là lựa chọn tốt nhất cho {who}.",
            "Khi {who} {problem}, tôi giải quyết trong một tuần.",
        ],
        "headings": ["## Lợi ích", "## Câu chuyện", "## Lời đề nghị", "## Câu chốt"],
        "joiner": " ",
    },
}


# The same English prose without the weak sentences: what a finished pitch
# looks like, so the cost of matching can be seen apart from reporting findings.
POOLS["en-clean"] = dict(POOLS["en"], templates=[
    t for t in POOLS["en"]["templates"]
    if not any(slot in t for slot in ("{claim}", "{jargon}", "Basically", "I think"))
])


def sentence(pool, rng):
    template = rng.choice(pool["templates"])
    out = template
    for slot in ("who", "problem", "result", "claim", "jargon"):
        while "{" + slot + "}" in out:
            out = out.replace("{" + slot + "}", rng.choice(pool[slot]), 1)
    return out


def write(language, megabytes, path):
    pool = POOLS[language]
    rng = random.Random(f"pitchcoach-{language}-{megabytes}")
    target = int(megabytes * 1_000_000)
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target:
            if rng.random() < 0.15:
                block = rng.choice(pool["headings"])
            else:
                block = pool["joiner"].join(sentence(pool, rng) for _ in range(rng.randint(2, 5)))
            text = block + "\n\n"
            out.write(text)
            written += len(text.encode("utf-8"))


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in POOLS:
        sys.exit("usage: corpus.py en|en-clean|th|vi MEGABYTES OUT")
    write(sys.argv[1], float(sys.argv[2]), sys.argv[3])
