/**
 * Chinese characters for Korean text: the Unihan table ({@link org.cstkg.hanzi.HanziTable}) for simplified/traditional
 * forms, matching keys, pinyin and Sino-Korean readings; {@link org.cstkg.hanzi.PinyinHangul} for the official Hangul
 * transcription of Mandarin; {@link org.cstkg.hanzi.KoreanForms} for the Korean spellings of a Chinese name.
 */
package org.cstkg.hanzi;
