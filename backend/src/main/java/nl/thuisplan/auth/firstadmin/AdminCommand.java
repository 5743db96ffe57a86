package nl.thuisplan.auth.firstadmin;

import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code java -jar thuisplan.jar admin …}: the jar's command-line mode for operators. */
@Prototype
@Command(name = "admin", mixinStandardHelpOptions = true, subcommands = CreateAdminCommand.class,
        description = "Beheer van een Thuisplan-installatie vanaf de opdrachtregel.")
class AdminCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Geef een opdracht, bijvoorbeeld: admin create --email … --name …");
    }
}
