package nl.thuisplan.spreadsheet;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.thuisplan.spreadsheet.TableReader.Table;
import nl.thuisplan.spreadsheet.TableReader.TableReadException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV in UTF-8 (comma or semicolon, whichever the first line has more of), decoded and parsed
 * record by record, so the limits stop it at the first record over them.
 */
final class CsvTableReader {

    private static final String NOT_UTF8 = "Het bestand is geen CSV in UTF-8 en geen XLSX. Sla het op als 'CSV UTF-8' of als Excel-werkmap.";

    private CsvTableReader() {
    }

    static Table read(byte[] bytes, TableLimits limits) throws TableReadException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new TableReadException("Het bestand bevat binaire gegevens; het is geen CSV of XLSX.");
            }
        }
        char delimiter = delimiter(bytes);
        TableCollector collector = new TableCollector(limits);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), decoder));
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(withoutByteOrderMark(in))) {
            long record = 0;
            try {
                for (CSVRecord r : parser) {
                    record = r.getRecordNumber();
                    collector.startRow((int) record);
                    for (int c = 0; c < r.size(); c++) {
                        collector.cell(c, r.get(c), false);
                    }
                    collector.endRow();
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unreadable(e, record + 1);
            }
        } catch (TableCollector.Refused r) {
            throw r.reason;
        } catch (IOException e) {
            throw unreadable(e, 1);
        }
        return collector.table("Het bestand is leeg.");
    }

    private static TableReadException unreadable(Exception e, long row) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new TableReadException(NOT_UTF8);
            }
        }
        // the parser's own message names Java classes: say only where it stopped
        return new TableReadException("UNREADABLE", (int) Math.min(row, Integer.MAX_VALUE), "",
                "De CSV kon niet worden gelezen vanaf rij " + row + " (controleer de aanhalingstekens).");
    }

    private static BufferedReader withoutByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    /** The first line decides, as Dutch Excel writes semicolons and everyone else commas. */
    private static char delimiter(byte[] bytes) {
        int semicolons = 0;
        int commas = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                break;
            }
            semicolons += b == ';' ? 1 : 0;
            commas += b == ',' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }
}
