package nl.thuisplan.spreadsheet;

import io.micronaut.http.MediaType;

public enum TableFormat {
    CSV(CsvTableWriter.CONTENT_TYPE, "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String contentType;
    public final String extension;

    TableFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return MediaType.of(contentType);
    }

    public static TableFormat fromExtension(String ext) {
        return "xlsx".equalsIgnoreCase(ext) ? XLSX : CSV;
    }
}
