package lt.iunija.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IncidentCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", IncidentCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+37060000000", IncidentCsv.cell("+37060000000"));
        assertEquals("'-1", IncidentCsv.cell("-1"));
        assertEquals("'@SUM(A1)", IncidentCsv.cell("@SUM(A1)"));
    }

    @Test
    void cellsAreQuotedAsRfc4180Says() {
        assertEquals("plain", IncidentCsv.cell("plain"));
        assertEquals("\"a,b\"", IncidentCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", IncidentCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", IncidentCsv.cell("two\nlines"));
    }
}
