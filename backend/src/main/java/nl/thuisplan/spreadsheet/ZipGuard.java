package nl.thuisplan.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.thuisplan.spreadsheet.TableReader.TableReadException;

/**
 * Unpacks every entry of an uploaded XLSX once into nothing, counting the bytes it really yields
 * (the sizes in a zip's directory are the sender's word), before POI opens it: too many entries,
 * too much in all, or an entry that unpacks to more than {@link TableLimits#MAX_COMPRESSION_RATIO}
 * times its packed size (a zip bomb) refuse the file. Memory stays at one buffer whatever the file says.
 */
final class ZipGuard {

    private ZipGuard() {
    }

    /** The unpacked size of each entry, by name, once every limit holds. */
    static Map<String, Long> check(Path file) throws TableReadException {
        Map<String, Long> sizes = new HashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > TableLimits.MAX_ZIP_ENTRIES) {
                throw new TableReadException("ZIP_BOMB", 1, "", "Het bestand bevat meer dan "
                        + TableLimits.MAX_ZIP_ENTRIES + " onderdelen; dit is geen gewone Excel-werkmap.");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = 0;
                long packed = Math.max(1, entry.getCompressedSize());
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        size += n;
                        if (total + size > TableLimits.MAX_UNPACKED_BYTES) {
                            throw new TableReadException("UNPACKED_TOO_LARGE", 1, "", "Uitgepakt is het bestand groter dan "
                                    + TableLimits.MAX_UNPACKED_BYTES / (1024 * 1024) + " MB. Splits het bestand of sla het op als CSV.");
                        }
                        if (size > TableLimits.RATIO_FLOOR_BYTES && size / packed > TableLimits.MAX_COMPRESSION_RATIO) {
                            throw new TableReadException("ZIP_BOMB", 1, "", "Het bestand pakt uit tot meer dan "
                                    + TableLimits.MAX_COMPRESSION_RATIO + " keer zijn eigen grootte; zo'n bestand wordt niet ingelezen.");
                        }
                    }
                }
                total += size;
                sizes.merge(entry.getName(), size, Long::sum);
            }
        } catch (ZipException e) {
            throw new TableReadException("Het bestand lijkt een Excel-werkmap, maar is beschadigd. Sla het opnieuw op als .xlsx of als CSV UTF-8.");
        } catch (IOException e) {
            throw new TableReadException("Het bestand lijkt een Excel-werkmap, maar kon niet worden uitgepakt. Sla het opnieuw op als .xlsx of als CSV UTF-8.");
        }
        return sizes;
    }
}
