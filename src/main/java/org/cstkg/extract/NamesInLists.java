package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * Names of organisations that stand in a list of organisations: in {@code A연구소, 소프트웨어 연구소, 수학 및 시스템과학연구원,
 * B연구원 등이} the items between the list marks are one name each, even when spaced or joined by 및, which a name alone
 * in running text would not be ({@code 품질 검사 센터}). An item counts when it ends in an organisation suffix and at
 * least two other items of its list are organisations found already, or the list has three items and begins with a
 * body written with its parent. A list whose first item is written with its parent
 * ({@code 중국과학원 물리연구소, 화학연구소, …}) shares that parent: an item the gazetteer knows under the parent's name is
 * that entry.
 */
final class NamesInLists implements MentionRule {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,、]\\s*");
    /** What may follow the last item of a list: 등, a particle, the end. */
    private static final Pattern LIST_END = Pattern.compile("^(?:\\([^)]*\\))?(?:\\s?등|" + Cues.alternation("particle")
            + "|\\s|$)");
    /** A word inside a name: not a particle-bearing noun, a verb form or a determiner. */
    private static final Pattern NOT_NAME_WORD = Pattern.compile(
            ".*(?:을|를|은|는|의|에서|에게|으로|한|된|할|될|던|하고|하며|했다|이며|있는|없는)$|^\\d+$|.*[.;:'\"]$");
    private static final int MAX_WORDS = 4;

    private final Lexicon lexicon;

    NamesInLists(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "name-in-list";
    }

    /** One item of a list: its span, and whether a name found before covers it. */
    private record Item(int start, int end, Mention known) {}

    @Override
    public void find(SegmentText s, Map<String, String> glosses, Candidates found) {
        String text = s.text();
        List<int[]> chunks = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(text);
        int from = 0;
        while (sep.find()) {
            chunks.add(new int[] { from, sep.start() });
            from = sep.end();
        }
        if (chunks.size() < 2)
            return;
        chunks.add(new int[] { from, text.length() });
        List<Item> items = new ArrayList<>();
        for (int[] c : chunks) {
            Item whole = whole(text, c[0], c[1], found.all());
            if (whole != null) {
                items.add(whole);
                continue;
            }
            // a chunk that is more than a name ends one list with its first words and starts another with its last
            Item head = head(text, c[0], c[1], found.all());
            if (head != null && !items.isEmpty())
                items.add(head);
            accept(s, items, found);
            items.clear();
            Mention tail = org(found.all(), m -> m.end() == c[1]);
            if (tail != null)
                items.add(new Item(tail.start(), c[1], tail));
        }
        accept(s, items, found);
    }

    /** A chunk that is one name: one found before, or a few words that end in a suffix. */
    private static Item whole(String text, int a, int b, List<Mention> known) {
        if (a >= b)
            return null;
        Mention k = org(known, m -> m.start() == a && m.end() == b);
        if (k != null)
            return new Item(a, b, k);
        String[] words = text.substring(a, b).split("\\s+");
        return nameWords(words) && SuffixNames.coreWord(words[words.length - 1]).equals(words[words.length - 1])
                && org(known, m -> m.end() == b && (m.entry() != null || m.start() < b - words[words.length - 1].length()))
                        == null ? new Item(a, b, null) : null; // not 이번 포럼은 칭화대학: a name that ends a clause
    }

    /** Words that can make one name: a few, the last with a suffix, none a particle-bearing noun or a verb form. */
    private static boolean nameWords(String[] words) {
        if (words.length > MAX_WORDS || words[0].equals("및") || words[words.length - 1].equals("및"))
            return false;
        if (SuffixNames.endsWithSuffix(words[words.length - 1]) == null
                || words.length == 1 && SuffixNames.isBareSuffix(words[0]))
            return false;
        for (int i = 0; i < words.length - 1; i++)
            if (!words[i].equals("및") && (SuffixNames.STOP_TOKEN.matcher(words[i]).matches()
                    || NOT_NAME_WORD.matcher(words[i]).matches()))
                return false;
        return true;
    }

    /** The name that begins a chunk, before 등 or a particle: …, C연구원 등이 참여했다. */
    private static Item head(String text, int a, int b, List<Mention> known) {
        Mention k = org(known, m -> m.start() == a && LIST_END.matcher(text.substring(m.end())).lookingAt());
        if (k != null)
            return new Item(a, k.end(), k);
        Matcher w = PatternRecognizer.TOKEN.matcher(text).region(a, b);
        for (int n = 0; w.find() && n < MAX_WORDS; n++)
            if (SuffixNames.endsWithSuffix(w.group()) != null) {
                int end = w.start() + SuffixNames.coreWord(w.group()).length();
                return w.group().startsWith(SuffixNames.coreWord(w.group()))
                        && LIST_END.matcher(text.substring(end)).lookingAt() ? new Item(a, end, null) : null;
            }
        return null;
    }

    private static Mention org(List<Mention> known, java.util.function.Predicate<Mention> where) {
        Mention best = null;
        for (Mention m : known)
            if (m.type().isOrganization() && where.test(m) && (best == null || m.length() > best.length()))
                best = m;
        return best;
    }

    /** Names the unknown items of one list when it holds two organisations found before. */
    private void accept(SegmentText s, List<Item> items, Candidates found) {
        if (items.size() < 2)
            return;
        String text = s.text();
        Mention parent = parentOf(items.get(0), found.all(), text);
        long known = items.stream().filter(i -> i.known() != null).count();
        if (known < 2 && !(parent != null && items.size() >= 3))
            return; // two bodies found before, or three items after one written with its parent
        for (Item it : items) {
            if (it.known() != null) {
                if (parent != null && it.known().entry() == null && it != items.get(0))
                    underParent(it.known(), parent, text).ifPresent(e -> {
                        Mention m = it.known();
                        found.removeIf(c -> c == m);
                        found.add(m.withEntry(e));
                    });
                continue;
            }
            Mention named = named(s, it, found.all());
            if (named == null)
                continue;
            if (parent != null && named.entry() == null)
                named = underParent(named, parent, text).map(named::withEntry).orElse(named);
            Mention n = named;
            // the tail a suffix rule read alone (시스템과학연구원 of 수학 및 시스템과학연구원) is this name
            found.removeIf(c -> c.entry() == null && c.end() == n.end() && c.start() > n.start()
                    && (c.type().isOrganization() || c.type() == EntityType.Facility));
            found.add(named);
        }
    }

    /** A name for an item none covers, or null when its words are not a name's. */
    private Mention named(SegmentText s, Item it, List<Mention> known) {
        String text = s.text();
        String raw = text.substring(it.start(), it.end());
        String[] words = raw.strip().split("\\s+");
        if (!nameWords(words))
            return null;
        Map.Entry<String, EntityType> suffix = SuffixNames.endsWithSuffix(words[words.length - 1]);
        for (Mention k : known)
            if (k.start() >= it.start() && k.end() <= it.end() && (k.type() == EntityType.Person
                    || k.type().isOrganization() && k.entry() != null && k.end() < it.end()))
                return null; // a person, or a known body before 및: two names, not one
        String name = Texts.clean(raw);
        String stem = name.substring(0, name.length() - suffix.getKey().length()).strip();
        if (stem.isEmpty() || SuffixNames.generic(Rx.replaceAll(stem, "\\s*및\\s*", " ")))
            return null;
        return lexicon.attach(new Mention(s.index(), it.start(), it.end(), s.raw().substring(it.start(), it.end()),
                suffix.getValue(), name, SuffixNames.hanjaOf(raw), null, null, null, name()));
    }

    /** The known body that begins the list's first item and is followed by the item's own name: 중국과학원 A연구소. */
    private static Mention parentOf(Item first, List<Mention> known, String text) {
        if (first.known() == null)
            return null;
        for (Mention k : known)
            if (k != first.known() && k.entry() != null && k.type().isOrganization() && k.start() == first.start()
                    && k.end() < first.end() && text.charAt(k.end()) == ' ')
                return k;
        return null;
    }

    /** The gazetteer entry the parent's name and the item's name make together. */
    private Optional<GazetteerEntry> underParent(Mention item, Mention parent, String text) {
        String p = text.substring(parent.start(), parent.end());
        String n = Texts.clean(item.name());
        for (String joined : List.of(p + " " + n, p + " " + n.replace(" ", ""), p + n.replace(" ", ""))) {
            Optional<GazetteerEntry> e = lexicon.whole(joined, item.type());
            if (e.isEmpty() && item.type().isOrganization())
                for (EntityType t : List.of(EntityType.ResearchInstitute, EntityType.University,
                        EntityType.GovernmentBody, EntityType.Organization, EntityType.Company))
                    if (e.isEmpty())
                        e = lexicon.whole(joined, t);
            if (e.isPresent())
                return e;
        }
        return Optional.empty();
    }
}
