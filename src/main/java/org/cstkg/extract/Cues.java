package org.cstkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cstkg.lexicon.LexiconFile;
import org.cstkg.lexicon.LexiconException;
import org.cstkg.rdf.EntityType;

/**
 * Korean cue words of Chinese S&T news, read from {@code data/lexicon/cues.tsv}: name suffixes that give an entity's
 * type, words that end a title of a kind, verbs that signal a relation, role titles, surnames, and words that look
 * like names but are not. The lists are data; this class only turns them into the sets and patterns the rules use.
 */
final class Cues {

    private Cues() {}

    private static final Map<String, List<LexiconFile.Row>> LISTS = load();

    private static Map<String, List<LexiconFile.Row>> load() {
        Map<String, List<LexiconFile.Row>> m = new LinkedHashMap<>();
        for (LexiconFile.Row r : LexiconFile.rows("cues.tsv", "list", "word", "value"))
            m.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r);
        return m;
    }

    /** The words of one list, in file order; a list the rules need but the file lacks is an error. */
    static List<String> words(String list) {
        List<LexiconFile.Row> rows = LISTS.get(list);
        if (rows == null)
            throw new LexiconException("cues.tsv: no list '" + list + "' (lists: " + LISTS.keySet() + ")");
        return rows.stream().map(r -> r.get(1)).toList();
    }

    /** An alternation of the list's words, longest first; a space in a word matches an optional space. */
    static String alternation(String list) {
        return Rx.anyOf(words(list), true);
    }

    /** Suffixes of organisation and facility names, longest first, with the type they give. */
    static final List<Map.Entry<String, EntityType>> NAME_SUFFIXES = LISTS.get("name-suffix").stream()
            .map(r -> {
                try {
                    return Map.entry(r.get(1), EntityType.of(r.get(2)));
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
            }).toList();

    /** Modifiers that make a suffix-name generic when they are all there is before the suffix. */
    static final Set<String> GENERIC_STEMS = Set.copyOf(words("generic-stem"));

    /** Words at the end of a quoted title that make it a policy document. */
    static final Pattern POLICY_TITLE = Pattern.compile(".*(" + alternation("policy-title-end") + ")$");

    /** Words at the end of a quoted name that make it a programme or project. */
    static final Pattern PROGRAM_TITLE = Pattern.compile(".*(" + alternation("program-title-end") + ")$");

    /** Words at the end of a name that make it an event. */
    static final Pattern EVENT_TITLE = Pattern.compile(".*(" + alternation("event-title-end") + ")$");

    /** Words after a name that make it a technology (a system, a model, a platform). */
    static final Pattern TECH_AFTER = Pattern.compile(
            "^\\s*['’]?\\s*(" + alternation("technology-word-after") + ")");

    /** Launch vehicle words. */
    static final Pattern ROCKET_AFTER = Pattern.compile("^\\s*(?:\\S{0,6}\\s?)?(" + alternation("rocket-word-after") + ")");

    /** Names of launch vehicle families: a numbered name of one is a rocket ({@code 창정 5호}). */
    static final Set<String> ROCKET_FAMILIES = Set.copyOf(words("rocket-family"));

    /** Latin tokens that are common abbreviations, not product names. */
    static final Set<String> GENERIC_LATIN = Set.copyOf(words("generic-latin"));

    /** A role title with its English and Chinese titles and kind, from {@code data/lexicon/roles.tsv}. */
    record RoleTitle(String ko, String en, String zh, String kind) {}

    static final Map<String, RoleTitle> ROLE_TITLES = roleTitles();

    private static Map<String, RoleTitle> roleTitles() {
        Map<String, RoleTitle> m = new LinkedHashMap<>();
        for (LexiconFile.Row r : LexiconFile.rows("roles.tsv", "ko", "en", "zh", "kind")) {
            if (!Set.of("official", "party", "academic", "research", "corporate", "crew", "other").contains(r.get(3)))
                throw r.error("unknown kind " + r.get(3));
            if (m.putIfAbsent(r.get(0), new RoleTitle(r.get(0), r.get(1), r.get(2), r.get(3))) != null)
                throw r.error("title listed twice: " + r.get(0));
        }
        return m;
    }

    /** Role titles that can follow or precede a person's name, longest first. */
    static final List<String> ROLES = ROLE_TITLES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** Roles of government officials: their organisation may be named elsewhere in the article. */
    static final Set<String> OFFICIAL_ROLES = ROLE_TITLES.values().stream()
            .filter(t -> t.kind().equals("official") || t.kind().equals("party")).map(RoleTitle::ko)
            .collect(java.util.stream.Collectors.toSet());

    /** Common Chinese surnames (simplified), one character each; a Hanja name starting with one is read as a person. */
    static final String SURNAMES = String.join("", words("surname").stream().filter(w -> w.length() == 1).toList());

    static final List<String> COMPOUND_SURNAMES = words("surname").stream().filter(w -> w.length() > 1).toList();

    /** Verbs of issuing a policy. */
    static final Pattern ISSUE_VERB = Pattern.compile("(" + alternation("issue-verb") + ")");

    /** Verbs of creating an organisation, facility or group. */
    static final Pattern ESTABLISH_VERB = Pattern.compile("(" + alternation("establish-verb") + ")");

    /** Verbs of developing a technology. */
    static final Pattern DEVELOP_VERB = Pattern.compile("(" + alternation("develop-verb") + ")");

    /** Verbs of boarding or taking part in a mission. */
    static final Pattern CREW_VERB = Pattern.compile("(" + alternation("crew-verb") + ")");

    /** A word that is a particle and nothing more: 과, not 과학원. */
    static final Pattern WHOLE_PARTICLE = Pattern.compile("^(?:" + alternation("particle") + ")$");

    /** Korean particles (and punctuation) that may follow a name. */
    static final Pattern PARTICLE = Pattern.compile(
            "^(" + alternation("particle") + "|·|,|\\)|\\s|$).*", Pattern.DOTALL);

    private static final Pattern PARTICLE_HEAD = Pattern.compile("(?:" + alternation("particle") + "|·|,|\\)|\\s|$)");

    /** {@code PARTICLE.matcher(t.substring(at)).matches()} without copying the rest of the text. */
    static boolean particleAt(CharSequence t, int at) {
        return particleAt(t, at, t.length());
    }

    /** {@code PARTICLE.matcher(t.subSequence(at, end)).matches()} without copying. */
    static boolean particleAt(CharSequence t, int at, int end) {
        return PARTICLE_HEAD.matcher(t).region(at, end).lookingAt();
    }
}
