package nl.thuisplan.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.spreadsheet.TableReader.Table;
import nl.thuisplan.spreadsheet.TableReader.TableReadException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an XLSX through POI's event API (XSSFReader, a read-only shared strings
 * table, XSSFSheetXMLHandler): the sheet is parsed with SAX and only the cells {@link TableCollector}
 * keeps are held, unlike the XSSFWorkbook DOM, which held the whole sheet at many times the file's
 * size before any row could be counted. The upload goes to a temporary file so POI reads the parts
 * it needs from the zip one at a time, after {@link ZipGuard} has measured them.
 */
final class XlsxTableReader {

    private static final String UNREADABLE = "De XLSX kon niet worden gelezen. Sla het bestand opnieuw op als "
            + "Excel-werkmap (.xlsx) of als CSV UTF-8.";
    /** Parts POI parses whole (as a document, not a stream): each is held to {@link TableLimits#MAX_OTHER_PART_BYTES}. */
    private static final Set<String> WHOLE_PARTS = Set.of(ContentTypes.RELATIONSHIPS_PART, XSSFRelation.STYLES.getContentType(),
            XSSFRelation.WORKBOOK.getContentType(), XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private XlsxTableReader() {
    }

    static Table read(byte[] bytes, TableLimits limits) throws TableReadException {
        Path file = null;
        try {
            file = Files.createTempFile("thuisplan-upload-", ".xlsx");
            Files.write(file, bytes);
            Map<String, Long> sizes = ZipGuard.check(file);
            for (String fixed : new String[] {"[Content_Types].xml", "_rels/.rels"}) {
                checkWhole(sizes.getOrDefault(fixed, 0L));
            }
            return parse(file, sizes, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the upload in a temporary file", e); // the server's fault: 500
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the next start of the JVM's temp cleanup takes it
                }
            }
        }
    }

    private static Table parse(Path file, Map<String, Long> sizes, TableLimits limits) throws TableReadException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            for (PackagePart part : pkg.getParts()) {
                long size = sizes.getOrDefault(part.getPartName().getName().substring(1), 0L);
                if (XSSFRelation.SHARED_STRINGS.getContentType().equals(part.getContentType())
                        && size > TableLimits.MAX_SHARED_STRINGS_BYTES) {
                    throw new TableReadException("SHARED_STRINGS_TOO_LARGE", 1, "", "De gedeelde teksten van de werkmap zijn "
                            + "uitgepakt groter dan " + TableLimits.MAX_SHARED_STRINGS_BYTES / (1024 * 1024)
                            + " MB. Splits het bestand of sla het op als CSV.");
                }
                if (WHOLE_PARTS.contains(part.getContentType())) {
                    checkWhole(size);
                }
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new TableReadException("De werkmap heeft geen werkblad.");
            }
            TableCollector collector = new TableCollector(limits);
            try (InputStream sheet = sheets.next()) {
                Cells cells = new Cells(collector);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new FormulaMarkingHandler(styles, strings, cells, new UngroupedFormatter()));
                parser.parse(new InputSource(sheet));
            }
            return collector.table("Het werkblad is leeg.");
        } catch (TableCollector.Refused r) {
            throw r.reason;
        } catch (SAXException e) {
            if (e.getException() instanceof TableCollector.Refused r) {
                throw r.reason;
            }
            throw new TableReadException(UNREADABLE);
        } catch (TableReadException e) {
            throw e;
        } catch (Exception e) {
            // POI's exceptions (NotOfficeXmlFileException, POIXMLException, ...) name classes: the user gets one Dutch answer
            throw new TableReadException(UNREADABLE);
        }
    }

    private static void checkWhole(long size) throws TableReadException {
        if (size > TableLimits.MAX_OTHER_PART_BYTES) {
            throw new TableReadException("UNPACKED_TOO_LARGE", 1, "", "Een onderdeel van de werkmap is uitgepakt groter dan "
                    + TableLimits.MAX_OTHER_PART_BYTES / (1024 * 1024) + " MB; dit is geen gewone Excel-werkmap.");
        }
    }

    /** Passes POI's cells on with their column index and whether the cell held a formula. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableCollector collector;
        private boolean formula;
        private boolean reported;
        private int nextColumn;

        Cells(TableCollector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            collector.startRow(rowNum + 1);
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            collector.endRow();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            collector.cell(column, formattedValue, formula);
            nextColumn = column + 1;
            formula = false;
            reported = true;
        }
    }

    /**
     * POI's handler with formulas reported as their text (an import refuses them). It does not say which
     * values were formulas, and it reports a cell only at its value, so a formula without a cached value
     * (as POI itself writes one) would vanish: the {@code <f>} element and its text are noted on the way
     * through, and such a cell is reported at its end.
     */
    private static final class FormulaMarkingHandler extends XSSFSheetXMLHandler {
        private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private final Cells cells;
        private final StringBuilder formulaText = new StringBuilder();
        private String reference;
        private boolean inFormula;

        FormulaMarkingHandler(StylesTable styles, ReadOnlySharedStringsTable strings, Cells cells, DataFormatter formatter) {
            super(styles, null, strings, cells, formatter, true);
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (ours(uri)) {
                if ("c".equals(localName)) {
                    cells.formula = false;
                    cells.reported = false;
                    reference = attributes.getValue("r");
                    formulaText.setLength(0);
                } else if ("f".equals(localName)) {
                    cells.formula = true;
                    inFormula = true;
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inFormula && formulaText.length() + length <= Short.MAX_VALUE) {
                formulaText.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if (ours(uri)) {
                if ("f".equals(localName)) {
                    inFormula = false;
                } else if ("c".equals(localName) && cells.formula && !cells.reported) {
                    cells.cell(reference, formulaText.toString(), null);
                }
            }
        }

        private static boolean ours(String uri) {
            return uri == null || uri.isEmpty() || NS.equals(uri);
        }
    }

    /**
     * Reads numbers without their thousands separators: the exports (and many real workbooks) format counts as
     * {@code #,##0}, which would otherwise read as "1,234" and be refused as a decimal. Decimals and dates keep
     * their format.
     */
    static final class UngroupedFormatter extends DataFormatter {
        UngroupedFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return super.formatRawCellContents(value, formatIndex, formatString == null ? null : formatString.replace("#,##", "#"));
        }
    }
}
