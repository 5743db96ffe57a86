package nl.thuisplan.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

/** A file the browser saves rather than shows: the same answer for every export. */
public final class Downloads {

    private Downloads() {
    }

    /** @param fileName ASCII without quotes (the callers build it from codes, years and slugs) */
    public static HttpResponse<byte[]> attachment(byte[] bytes, String fileName, MediaType type) {
        return HttpResponse.ok(bytes).contentType(type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
