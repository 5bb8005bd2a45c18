package org.cstkg.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer for names in Korean, Chinese (simplified or traditional) and English.
 *
 * <p>Names are short and mostly absent from dictionaries, so instead of morphological analysis (Nori, SmartCN) the
 * Hangul and Han runs are cut into overlapping bigrams: {@code 과학원} is then a phrase inside {@code 중국과학원}, and
 * {@code 科学院} inside {@code 中国科学院}. Before that the text is NFKC-normalised (full-width forms) and Han characters
 * are mapped to simplified ones, so {@code 科學院} meets {@code 科学院}. Latin text is lower-cased and accent-folded.
 *
 * <p>The index side also emits unigrams (so that one-character queries match); the query side emits bigrams only, so a
 * multi-character query must match as contiguous text.
 */
final class LabelAnalyzer extends Analyzer {

    private static final int SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HANGUL | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA;

    private final boolean unigrams;

    LabelAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    /** The normalisation applied before tokenising; public for callers who compare labels outside Lucene. */
    static String normalise(String text) {
        return Hanzi.toSimplified(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[256];
            for (int n; (n = reader.read(buf)) > 0;)
                sb.append(buf, 0, n);
            return new StringReader(normalise(sb.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new ASCIIFoldingFilter(ts);
        ts = new CJKBigramFilter(ts, SCRIPTS, unigrams);
        return new TokenStreamComponents(source, ts);
    }
}
