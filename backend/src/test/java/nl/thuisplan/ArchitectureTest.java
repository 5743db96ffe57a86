package nl.thuisplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of docs/architecture.md that a reader would otherwise have to check by hand:
 * rows are reached through repositories (no SQL or JDBC in services and controllers), and a
 * workflow status is spelled only in its enum. Plain scanning of the sources, so it needs no
 * application and no database.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * Where SQL text and JDBC may appear besides {@code @JdbcRepository} types: the aggregate read
     * models on {@code Sql} ("Reaching rows"), {@code Sql} itself, the scope setting of
     * {@code TenantTransactions}, the database bootstrap (roles, embedded server) and the Java Flyway
     * migrations.
     */
    static final Set<String> SQL_ALLOWED = Set.of(
            "nl/thuisplan/dashboard/DashboardRepository.java",
            "nl/thuisplan/demand/DemandOverviewReads.java",
            "nl/thuisplan/demand/DemandTotalsReads.java",
            "nl/thuisplan/demand/RegionPeers.java",
            "nl/thuisplan/urgency/AdoptedDemandSums.java",
            "nl/thuisplan/woonzorgvisie/figures/FiguresRepository.java",
            "nl/thuisplan/common/Sql.java",
            "nl/thuisplan/common/TenantTransactions.java",
            "nl/thuisplan/bootstrap/DatabaseRoles.java",
            "nl/thuisplan/bootstrap/EmbeddedDatabase.java");

    private static final Pattern SQL_TEXT = Pattern.compile(
            "(?i)\\b(select\\s+(\\*|distinct\\b|count\\s*\\(|[a-z_][\\w.]*\\s*(,|\\bfrom\\b|\\bas\\b))|insert\\s+into\\b"
                    + "|update\\s+[a-z_]\\w*(\\s+[a-z_]\\w*)?\\s+set\\b|delete\\s+from\\b)");
    /** Reaching rows by hand; {@code SQLException} stays allowed (a handler maps its state to 409). */
    private static final Pattern JDBC = Pattern.compile(
            "\\b(Sql|Connection|PreparedStatement|Statement|ResultSet|DataSource|JdbcOperations)\\b");
    private static final Pattern ROW_ACCESS = Pattern.compile("\\b(TenantTransactions|\\w+Repository|Sql)\\b");
    private static final Pattern STATUS_ENUM = Pattern.compile("\\benum\\s+(\\w+Status)\\s*\\{([^;}]*)");
    private static final Pattern WORKFLOW_ENUM = Pattern.compile("\\benum\\s+\\w+(Status|Action)\\b");

    @Test
    void sqlAndJdbcOnlyInRepositoriesAndTheAggregateReadModels() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Source s : sources()) {
            if (s.path().startsWith("db/migration/") || SQL_ALLOWED.contains(s.path())
                    || s.code().contains("@JdbcRepository")) {
                continue;
            }
            s.literals().stream().filter(l -> SQL_TEXT.matcher(l).find())
                    .forEach(l -> offences.add(s.path() + " holds SQL: " + shorten(l)));
            Matcher jdbc = JDBC.matcher(s.code());
            if (jdbc.find()) {
                offences.add(s.path() + " uses JDBC or Sql: " + jdbc.group());
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void controllersLeaveTransactionsAndRowsToTheirService() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Source s : sources()) {
            if (s.path().endsWith("Controller.java")) {
                ROW_ACCESS.matcher(s.code()).results().map(MatchResult::group).distinct()
                        .forEach(used -> offences.add(s.path() + " uses " + used));
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void workflowStatusesAreSpelledOnlyInTheirEnums() throws IOException {
        List<Source> sources = sources();
        Set<String> statuses = new TreeSet<>(List.of("FROZEN"));
        for (Source s : sources) {
            Matcher m = STATUS_ENUM.matcher(s.code());
            while (m.find()) {
                for (String constant : m.group(2).replaceAll("\\([^)]*\\)", "").split(",")) {
                    statuses.add(constant.strip());
                }
            }
        }
        // the scan found the enums, so an empty list of offences means something
        assertThat(statuses).contains("CONCEPT", "SUBMITTED", "IN_REVIEW", "ADOPTED", "PUBLISHED", "PROPOSED", "WITHDRAWN");
        List<String> offences = new ArrayList<>();
        for (Source s : sources) {
            if (WORKFLOW_ENUM.matcher(s.code()).find()) {
                continue;
            }
            for (String literal : s.literals()) {
                for (String status : statuses) {
                    if (literal.strip().equals(status) || literal.contains("'" + status + "'")) {
                        offences.add(s.path() + " spells the status " + status + ": " + shorten(literal));
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static String shorten(String literal) {
        String line = literal.strip().replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    /** A source file: its path under src/main/java, its code without comments and string contents, its string literals. */
    record Source(String path, String code, List<String> literals) {
    }

    static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.add(split(SOURCES.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
            }
        }
        assertThat(sources).hasSizeGreaterThan(100);
        return sources;
    }

    /** Separates code, comments and literals (text blocks too), so that a comment naming SQL or a status is no offence. */
    static Source split(String path, String text) {
        StringBuilder code = new StringBuilder();
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("//", i)) {
                i = end(text, "\n", i + 2);
            } else if (text.startsWith("/*", i)) {
                i = end(text, "*/", i + 2) + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                int close = end(text, "\"\"\"", i + 3);
                literals.add(text.substring(i + 3, close));
                code.append("\"\"");
                i = close + 3;
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                char quote = text.charAt(i);
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != quote) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(text.substring(i + 1, Math.min(j, text.length())));
                    code.append("\"\"");
                }
                i = j + 1;
            } else {
                code.append(text.charAt(i++));
            }
        }
        return new Source(path, code.toString(), literals);
    }

    private static int end(String text, String marker, int from) {
        int at = text.indexOf(marker, from);
        return at < 0 ? text.length() : at;
    }
}
