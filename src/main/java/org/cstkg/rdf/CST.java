package org.cstkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary of the cstkg ontology ({@code ontology/cstkg.ttl}), in the manner of
 * {@code org.apache.jena.vocabulary.*}. Field names are the local names; {@code CSTTest} checks
 * that the fields and the ontology declare the same terms.
 */
public final class CST {
    private CST() {}

    /** Namespace of the ontology terms, prefix {@code cst:}. */
    public static final String NS = "https://w3id.org/cstkg/ontology#";
    /** IRI of the ontology, also the name of the graph the ontology is loaded into. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/cstkg/ontology";
    /** Namespace of resource IRIs, prefix {@code cstid:}. */
    public static final String ID_NS = "https://w3id.org/cstkg/id/";

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Entity classes (Position is the n-ary role of a Person)
    public static final Resource Organization      = resource("Organization");
    public static final Resource GovernmentBody    = resource("GovernmentBody");
    public static final Resource ResearchInstitute = resource("ResearchInstitute");
    public static final Resource University        = resource("University");
    public static final Resource Company           = resource("Company");
    public static final Resource Person            = resource("Person");
    public static final Resource Region            = resource("Region");
    public static final Resource Program           = resource("Program");
    public static final Resource Policy            = resource("Policy");
    public static final Resource Facility          = resource("Facility");
    public static final Resource Technology        = resource("Technology");
    public static final Resource Event             = resource("Event");
    public static final Resource Position          = resource("Position");

    // Source classes
    public static final Resource Document          = resource("Document");
    public static final Resource Report            = resource("Report");
    public static final Resource Article           = resource("Article");
    public static final Resource Sentence          = resource("Sentence");
    public static final Resource Reference         = resource("Reference");

    // Object properties
    public static final Property issuedBy          = property("issuedBy");
    public static final Property establishedBy     = property("establishedBy");
    public static final Property developedBy       = property("developedBy");
    public static final Property affiliatedWith    = property("affiliatedWith");
    public static final Property participatesIn    = property("participatesIn");
    public static final Property partOf            = property("partOf");
    public static final Property locatedIn         = property("locatedIn");
    public static final Property launchedFrom      = property("launchedFrom");
    public static final Property launchVehicle     = property("launchVehicle");
    public static final Property organizedBy       = property("organizedBy");
    public static final Property mentions          = property("mentions");
    public static final Property holder            = property("holder");
    public static final Property positionIn        = property("positionIn");
    public static final Property hasPosition       = property("hasPosition");
    public static final Property sourceSentence    = property("sourceSentence");
    public static final Property contextSentence   = property("contextSentence");
    public static final Property sourceReference   = property("sourceReference");
    public static final Property referenceSource   = property("referenceSource");
    public static final Property inArticle         = property("inArticle");
    public static final Property inReport          = property("inReport");
    public static final Property reference         = property("reference");
    public static final Property leadIssuer        = property("leadIssuer");
    public static final Property documentType      = property("documentType");
    public static final Property level             = property("level");
    public static final Property implements_       = property("implements");
    public static final Property revises           = property("revises");

    // Datatype properties
    public static final Property issueDate         = property("issueDate");
    public static final Property publisher         = property("publisher");
    public static final Property publishedOn       = property("publishedOn");
    public static final Property part              = property("part");
    public static final Property category          = property("category");
    public static final Property articleNumber     = property("articleNumber");
    public static final Property lead              = property("lead");
    public static final Property text              = property("text");
    public static final Property sentenceIndex     = property("sentenceIndex");
    public static final Property url               = property("url");
    public static final Property sourceFormat      = property("sourceFormat");
    public static final Property issuedYear        = property("issuedYear");
    public static final Property periodStart       = property("periodStart");
    public static final Property periodEnd         = property("periodEnd");
    public static final Property coIssuerCount     = property("coIssuerCount");
    public static final Property eventDate         = property("eventDate");
    public static final Property roleName          = property("roleName");
    public static final Property roleStatus        = property("roleStatus");
    public static final Property statedAge         = property("statedAge");
    public static final Property wikidata          = property("wikidata");
    public static final Property linkStatus        = property("linkStatus");
    public static final Property linkTarget        = property("linkTarget");
    public static final Property checkedOn         = property("checkedOn");
    public static final Property divisionCode      = property("divisionCode");
    public static final Property divisionLevel     = property("divisionLevel");
    public static final Property confidence        = property("confidence");
    public static final Property extractedBy       = property("extractedBy");
    public static final Property basis             = property("basis");
    public static final Property officialTitle     = property("officialTitle");
    public static final Property officialUrl       = property("officialUrl");
    public static final Property documentNumber    = property("documentNumber");
    public static final Property documentNumberCode = property("documentNumberCode");
    public static final Property documentNumberYear = property("documentNumberYear");
    public static final Property documentNumberSerial = property("documentNumberSerial");
    public static final Property effectiveDate     = property("effectiveDate");
    public static final Property issuersComplete   = property("issuersComplete");
}
