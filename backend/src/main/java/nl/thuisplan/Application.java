package nl.thuisplan;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import nl.thuisplan.api.ApiVersion;
import nl.thuisplan.auth.firstadmin.AdminCli;
import nl.thuisplan.bootstrap.MigrateCommand;
import nl.thuisplan.bootstrap.Migrations;
import nl.thuisplan.bootstrap.StartupConfiguration;
import org.slf4j.LoggerFactory;

@OpenAPIDefinition(info = @Info(
        title = "Thuisplan",
        version = ApiVersion.CURRENT,
        description = "API van Thuisplan: vraaganalyses, verdeling, urgentie en woonzorgvisies voor de koploperregio's van Een thuis voor iedereen.",
        // the ADR linter wants name, url and e-mail; the operator's own addresses replace these example ones
        contact = @Contact(name = "Thuisplan beheer", url = "https://thuisplan.example.org",
                email = "api@thuisplan.example.org"),
        license = @License(name = "EUPL-1.2", url = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")),
        security = @SecurityRequirement(name = "bearer"))
// Every endpoint wants the access token from POST /api/v1/auth/login, except login and refresh themselves and the
// anonymous password pages (reset request, links, policy), which say so with @SecurityRequirement(name = "").
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        if (AdminCli.wants(args)) {
            // java -jar thuisplan.jar admin create …: the operator's command line, no HTTP server
            System.exit(AdminCli.run(args));
        }
        if (MigrateCommand.wants(args)) {
            // java -jar thuisplan.jar migrate: the migration job, the only part that holds the owner's secret
            System.exit(MigrateCommand.run(System.getenv(), System.out, System.err));
        }
        // The database (embedded or external) and the secrets are settled before the
        // application context starts, so every bean sees one finished configuration.
        StartupConfiguration startup;
        try {
            startup = StartupConfiguration.fromEnvironment(System.getenv());
        } catch (Migrations.SchemaTooOld e) {
            // a refusal, not a crash: one clear line instead of a stack trace
            LoggerFactory.getLogger(Application.class).error(e.getMessage());
            System.exit(1);
            return;
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(startup.properties())
                .banner(false)
                .start();
    }
}
