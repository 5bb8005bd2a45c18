package org.cstkg.source.digest;

import java.time.LocalDate;

import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceFormatContract;
import org.cstkg.source.SourceInput;

class DigestFormatTest extends SourceFormatContract {

    @Override
    protected SourceFormat format() {
        return new DigestFormat();
    }

    @Override
    protected SourceInput dated() {
        return resource("/golden/digest/mini-digest.txt");
    }

    @Override
    protected LocalDate statedDate() {
        return LocalDate.of(2024, 4, 12);
    }

    /** A digest always states its 발행일; there is no undated digest, so the contract's undated case is skipped. */
    @Override
    protected SourceInput undated() {
        return dated();
    }

    @Override
    protected SourceInput foreign() {
        return text("story.txt", "중국과학원은 11일 새 연구소를 세웠다.\n발행일 | 2024. 1. 2\n");
    }

    @Override
    protected SourceInput hollow() {
        return text("cover.txt", "중국 과학기술 정책 주간동향\n발행일 | 2024. 4. 12\n01\n");
    }

    /** See DigestParserTest for a text without 발행일 being rejected. */
    @Override
    protected boolean hasUndatedInputs() {
        return false;
    }
}
