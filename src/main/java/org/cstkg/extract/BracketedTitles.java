package org.cstkg.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * Titles in corner brackets, as translations of Chinese documents write them, nested ones too:
 * {@code 「공업정보화부, 『국무원, “인터넷+”행동을 적극적으로 추진하는 지도의견』을 관철하고 실행하는데 관한
 * 행동계획(2015~2018년)」}. A title that ends with a word for a policy document is a policy; the quotes and brackets
 * inside it stay part of its name.
 */
final class BracketedTitles implements MentionRule {

    private static final int MAX = 200;

    @Override
    public String name() {
        return "bracketed-title";
    }

    @Override
    public void find(SegmentText s, Map<String, String> glosses, Candidates found) {
        String t = s.text();
        Deque<Integer> single = new ArrayDeque<>(), dbl = new ArrayDeque<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '「')
                single.push(i);
            else if (c == '『')
                dbl.push(i);
            else if (c == '」' && !single.isEmpty())
                title(s, single.pop(), i, found);
            else if (c == '』' && !dbl.isEmpty())
                title(s, dbl.pop(), i, found);
        }
    }

    private void title(SegmentText s, int open, int close, Candidates found) {
        if (close - open > MAX || close - open < 4)
            return;
        String inner = s.text().substring(open + 1, close).strip();
        String bare = Rx.replaceAll(Rx.replaceAll(inner, "\\s*\\([^)]*\\)\\s*$", ""), "[\"'」』]+$", "").strip();
        if (!Cues.POLICY_TITLE.matcher(bare).matches() || Texts.syllables(bare) < 4)
            return;
        String name = Rx.replaceAll(Rx.replaceAll(inner, "\\s+", " "), "\\s*\\([^()]*\\)$", "").strip();
        found.add(new Mention(s.index(), open, close + 1, s.raw().substring(open, close + 1), EntityType.Policy, name,
                null, null, null, null, name()));
    }
}
