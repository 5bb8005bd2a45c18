package org.cstkg.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Policies as a spreadsheet: one row per policy, a header row, RFC 4180 (comma, CRLF, a field with a comma, quote or
 * line break in double quotes, quotes doubled), UTF-8 with a byte-order mark, which is what makes Excel and
 * LibreOffice Calc read it as UTF-8 without asking. A cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}) is prefixed with an apostrophe.
 */
final class PolicyCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";
    static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    /** Separator of several values in one cell (issuers, related policies). */
    static final String JOIN = "; ";

    private record Column(String name, Function<PolicyRecord, Object> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("id", PolicyRecord::id),
            new Column("title_ko", p -> label(p.labels(), "ko")),
            new Column("title_en", p -> label(p.labels(), "en")),
            new Column("official_title", PolicyRecord::officialTitle),
            new Column("document_number", p -> p.documentNumber() == null ? null : p.documentNumber().text()),
            new Column("document_number_code", p -> p.documentNumber() == null ? null : p.documentNumber().code()),
            new Column("document_number_year", p -> p.documentNumber() == null ? null : p.documentNumber().year()),
            new Column("document_number_serial", p -> p.documentNumber() == null ? null : p.documentNumber().serial()),
            new Column("issue_date", p -> p.issueDate() == null ? null : p.issueDate().value()),
            new Column("issue_date_precision", p -> p.issueDate() == null ? null : p.issueDate().precision()),
            new Column("effective_date", p -> p.effectiveDate() == null ? null : p.effectiveDate().value()),
            new Column("effective_date_precision",
                    p -> p.effectiveDate() == null ? null : p.effectiveDate().precision()),
            new Column("year", PolicyRecord::year),
            new Column("type", p -> p.type() == null ? null : p.type().notation()),
            new Column("type_ko", p -> p.type() == null ? null : p.type().labels().get("ko")),
            new Column("type_en", p -> p.type() == null ? null : p.type().labels().get("en")),
            new Column("level", p -> p.level() == null ? null : p.level().notation()),
            new Column("lead_issuer", p -> p.leadIssuer() == null ? null : issuer(p.leadIssuer())),
            new Column("issuers", p -> p.issuers().stream().map(PolicyCsv::issuer).collect(Collectors.joining(JOIN))),
            new Column("issuer_ids", p -> p.issuers().stream().map(i -> i.id() == null ? i.iri() : i.id())
                    .collect(Collectors.joining(JOIN))),
            new Column("named_issuers", PolicyRecord::namedIssuers),
            new Column("stated_issuers", PolicyRecord::coIssuerCount),
            new Column("issuers_complete", PolicyRecord::issuersComplete),
            new Column("period_start", p -> p.period() == null ? null : p.period().start()),
            new Column("period_end", p -> p.period() == null ? null : p.period().end()),
            new Column("implements", p -> ids(p.implementsPolicies())),
            new Column("revises", p -> ids(p.revises())),
            new Column("official_url", PolicyRecord::officialUrl),
            new Column("iri", PolicyRecord::iri));

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.stream().map(Column::name).toArray(String[]::new))
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private PolicyCsv() {}

    /** The header names, in order. */
    static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    static byte[] write(List<PolicyRecord> policies) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (PolicyRecord p : policies) {
                List<String> row = new ArrayList<>(COLUMNS.size());
                for (Column c : COLUMNS)
                    row.add(cell(c.value().apply(p)));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    /** "공업정보화부 (org/miit)": the Korean name (else the display label) with the id. */
    private static String issuer(PolicyRecord.Issuer i) {
        String name = label(i.labels(), "ko");
        if (name == null)
            name = i.label();
        String id = i.id() == null ? i.iri() : i.id();
        return name == null ? id : name + " (" + id + ")";
    }

    private static String label(Map<String, List<String>> labels, String lang) {
        List<String> l = labels.get(lang);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    private static String ids(List<Ref> refs) {
        return refs.stream().map(r -> r.id() == null ? r.iri() : r.id()).collect(Collectors.joining(JOIN));
    }

    private static String cell(Object value) {
        if (value == null)
            return "";
        String s = value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?"))
            return "'" + s;
        return s;
    }
}
