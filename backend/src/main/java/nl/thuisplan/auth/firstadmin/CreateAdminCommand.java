package nl.thuisplan.auth.firstadmin;

import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin create --email … --name …}: the first platform beheerder and its set-password link. */
@Prototype
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Maakt de eerste platformbeheerder en drukt een eenmalige link af (60 minuten geldig) "
                + "waarmee die een wachtwoord kiest. Weigert als er al een actieve platformbeheerder is.")
class CreateAdminCommand implements Callable<Integer> {

    /** Exit code when the command refuses (an active beheerder exists, or bad input). */
    static final int REFUSED = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    @Spec
    CommandSpec spec;
    @Option(names = "--email", required = true, description = "E-mailadres van de beheerder (wordt ook de gebruikersnaam)")
    String email;
    @Option(names = "--name", required = true, description = "Naam van de beheerder, zoals Thuisplan die toont")
    String name;

    private final FirstAdmin firstAdmin;

    CreateAdminCommand(FirstAdmin firstAdmin) {
        this.firstAdmin = firstAdmin;
    }

    @Override
    public Integer call() {
        try {
            FirstAdmin.Created created = firstAdmin.create(email, name);
            spec.commandLine().getOut().printf("Platformbeheerder %s aangemaakt.%n"
                    + "Open deze link om een wachtwoord te kiezen (één keer te gebruiken, geldig tot %s):%n%n%s%n",
                    created.username(), TIME.format(created.expiresAt()), created.link());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (FirstAdmin.Refused e) {
            spec.commandLine().getErr().println("Geweigerd: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return REFUSED;
        }
    }
}
