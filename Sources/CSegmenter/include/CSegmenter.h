#ifndef CSEGMENTER_H
#define CSEGMENTER_H

#include <stdint.h>

/// A reusable ICU word-break iterator over UTF-8 text. Opaque, so that no ICU
/// type reaches Swift (Foundation ships its own ICU module; the system headers clash).
typedef struct CSegmenter CSegmenter;

/// What kind of word a segment is, from ICU's rule status.
typedef enum {
    CSegmentOther = 0,   // spaces, punctuation, symbols
    CSegmentNumber = 1,
    CSegmentLetters = 2, // letters, Thai, kana, ideographs
} CSegmentKind;

/// One segment: byte offsets into the UTF-8 text, end exclusive.
typedef struct {
    int64_t start;
    int64_t end;
    int32_t kind;
} CSegment;

/// Opens a word iterator for an ICU locale id ("en", "th", "vi"); NULL on failure.
CSegmenter *csegmenter_open(const char *locale);
void csegmenter_close(CSegmenter *segmenter);

/// Points the iterator at UTF-8 text. The text is not copied and must outlive
/// the calls to csegmenter_next. Returns 0 on success.
int csegmenter_set_text(CSegmenter *segmenter, const char *utf8, int64_t length);

/// Writes up to `capacity` segments, in order, covering the text without gaps.
/// Returns how many were written: 0 at the end of the text, -1 on an ICU error.
int32_t csegmenter_next(CSegmenter *segmenter, CSegment *out, int32_t capacity);

#endif
