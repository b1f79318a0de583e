#include "CSegmenter.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct CSegmenter {
    UBreakIterator *iterator;
    UText *text;
    int32_t current;
};

CSegmenter *csegmenter_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    CSegmenter *segmenter = calloc(1, sizeof(CSegmenter));
    if (segmenter == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    segmenter->iterator = iterator;
    return segmenter;
}

void csegmenter_close(CSegmenter *segmenter) {
    if (segmenter == NULL) return;
    ubrk_close(segmenter->iterator);
    if (segmenter->text != NULL) utext_close(segmenter->text);
    free(segmenter);
}

int csegmenter_set_text(CSegmenter *segmenter, const char *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    // Reusing the UText avoids an allocation per paragraph.
    segmenter->text = utext_openUTF8(segmenter->text, utf8, length, &status);
    if (U_FAILURE(status)) return -1;
    ubrk_setUText(segmenter->iterator, segmenter->text, &status);
    if (U_FAILURE(status)) return -1;
    segmenter->current = ubrk_first(segmenter->iterator);
    return 0;
}

int32_t csegmenter_next(CSegmenter *segmenter, CSegment *out, int32_t capacity) {
    int32_t written = 0;
    while (written < capacity) {
        int32_t end = ubrk_next(segmenter->iterator);
        if (end == UBRK_DONE) break;
        int32_t status = ubrk_getRuleStatus(segmenter->iterator);
        int32_t start = segmenter->current;
        segmenter->current = end;
        out[written].start = start;
        out[written].end = end;
        if (status < UBRK_WORD_NONE_LIMIT) {
            out[written].kind = CSegmentOther;
        } else if (status < UBRK_WORD_NUMBER_LIMIT) {
            out[written].kind = CSegmentNumber;
        } else {
            out[written].kind = CSegmentLetters;
        }
        written++;
    }
    return written;
}
