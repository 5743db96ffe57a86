package nl.thuisplan.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Workbooks for the reader's tests, the memory test and the bench: real ones, and real ones with one part swapped. */
public final class Workbooks {

    /** Writes a part's content in pieces, so a test can make one of tens of megabytes without holding it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Workbooks() {
    }

    /** A workbook whose first sheet has {@code header} and then {@code rows} rows of {@code row(i)}. */
    public static byte[] xlsx(List<String> header, int rows, java.util.function.IntFunction<List<Object>> row) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 1000, true, true); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Blad1");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows; r++) {
                Row line = sheet.createRow(r + 1);
                List<Object> values = row.apply(r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof Number n) {
                        line.createCell(c).setCellValue(n.doubleValue());
                    } else if (values.get(c) != null) {
                        line.createCell(c).setCellValue(values.get(c).toString());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same zip with the entry {@code name} replaced (or added) by {@code content}. */
    public static byte[] withPart(byte[] xlsx, String name, Content content) {
        // java.util.zip.ZipInputStream cannot read the data descriptors POI writes: read through the directory
        Path source = null;
        try {
            source = Files.createTempFile("workbook", ".xlsx");
            Files.write(source, xlsx);
            try (ZipFile in = new ZipFile(source.toFile());
                 ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                 ZipOutputStream out = new ZipOutputStream(bytes)) {
                boolean replaced = false;
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(name)) {
                        content.writeTo(out);
                        replaced = true;
                    } else {
                        try (InputStream part = in.getInputStream(e)) {
                            part.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
                if (!replaced) {
                    out.putNextEntry(new ZipEntry(name));
                    content.writeTo(out);
                    out.closeEntry();
                }
                out.finish();
                return bytes.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (source != null) {
                source.toFile().delete();
            }
        }
    }

    /**
     * A zip bomb: the first sheet's XML is valid but padded with {@code megabytes} MB of blanks between
     * rows, which deflate about a thousandfold. The old DOM reader took it whole into memory.
     */
    public static byte[] bomb(int megabytes) {
        byte[] base = xlsx(List.of("a"), 1, i -> List.of("x"));
        return withPart(base, "xl/worksheets/sheet1.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>")
                    .getBytes());
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes());
        });
    }
}
