package org.cstkg.extract;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.rdf.Ontology;

/**
 * The type of a policy document from the head word of its title: {@code …专项行动（2023—2025年）} is a 专项行动,
 * {@code …지도의견} a 指导意见. The words are the Chinese and Korean labels of the concept scheme
 * {@code https://w3id.org/cstkg/id/document-type} ({@code ontology/schemes.ttl}); the longest that ends the title wins
 * (实施方案 before 方案).
 */
final class DocumentTypes {

    static final String SCHEME = "https://w3id.org/cstkg/id/document-type";

    private static final DocumentTypes STANDARD = new DocumentTypes(Ontology.ontology());

    /** Head words by their reversed form, so that the longest ending is the first found walking back. */
    private final Map<String, URI> zh = new TreeMap<>(), ko = new TreeMap<>();
    private int longestZh, longestKo;

    DocumentTypes(Model schemes) {
        HanziTable han = HanziTable.get();
        schemes.listSubjectsWithProperty(SKOS.inScheme, schemes.createResource(SCHEME)).forEachRemaining(c -> {
            URI iri = URI.create(c.getURI());
            for (var p : new org.apache.jena.rdf.model.Property[] { SKOS.prefLabel, SKOS.altLabel, SKOS.notation })
                for (Statement st : c.listProperties(p).toList()) {
                    String label = st.getString().replace(" ", "");
                    String lang = st.getLanguage();
                    if (lang.equals("ko")) {
                        ko.put(label, iri);
                        longestKo = Math.max(longestKo, label.length());
                    } else if (lang.isEmpty() || lang.startsWith("zh")) {
                        zh.put(han.toSimplified(label), iri);
                        longestZh = Math.max(longestZh, label.length());
                    }
                }
        });
    }

    static DocumentTypes standard() {
        return STANDARD;
    }

    /** The type of a Chinese title, or null: the period in brackets and the closing 》 set aside. */
    URI ofChinese(String title) {
        String t = HanziTable.get().toSimplified(bare(title, "[（(][^）)]*[）)]"));
        return longestEnding(t, zh, longestZh);
    }

    /** The type of a Korean title, or null: quotes, spaces and a period in brackets set aside. */
    URI ofKorean(String title) {
        return longestEnding(bare(title, "[(（][^)）]*[)）]").replace(" ", ""), ko, longestKo);
    }

    private static String bare(String title, String brackets) {
        String t = title.strip().replaceAll("^[《〈'‘\"“]+|[》〉'’\"”]+$", "");
        String before;
        do { // …특별행동('23-'25), …专项行动（2023—2025年）
            before = t;
            t = t.replaceAll(brackets + "\\s*$", "").strip();
        } while (!t.equals(before));
        return t;
    }

    private static URI longestEnding(String t, Map<String, URI> words, int longest) {
        for (int n = Math.min(longest, t.length()); n >= 1; n--) {
            URI u = words.get(t.substring(t.length() - n));
            if (u != null)
                return u;
        }
        return null;
    }
}
