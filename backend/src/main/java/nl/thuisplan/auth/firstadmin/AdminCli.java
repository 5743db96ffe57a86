package nl.thuisplan.auth.firstadmin;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.bootstrap.Migrations;
import nl.thuisplan.bootstrap.StartupConfiguration;
import picocli.CommandLine;

/**
 * Runs {@code admin …} from {@code Application.main}: the same configuration as the server (the
 * database from the environment or the embedded one under the data directory, migrated when this
 * process holds the owner's secret, else checked to be current),
 * but no HTTP server and no demo accounts. With the embedded database, stop the server first: the
 * data directory can be open in one process at a time.
 */
public final class AdminCli {

    private AdminCli() {
    }

    /** True for the arguments this mode answers to. */
    public static boolean wants(String[] args) {
        return args.length > 0 && "admin".equals(args[0]);
    }

    public static int run(String[] args) {
        Map<String, Object> properties;
        try {
            properties = new HashMap<>(StartupConfiguration.fromEnvironment(System.getenv()).properties());
        } catch (Migrations.SchemaTooOld e) {
            System.err.println(e.getMessage());
            return 1;
        }
        properties.put("thuisplan.demo.enabled", false);
        properties.put("logger.levels.root", "WARN");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).banner(false).start()) {
            return execute(context, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                    Arrays.copyOfRange(args, 1, args.length));
        }
    }

    /** The command on a running context; {@code args} without the leading "admin". */
    public static int execute(ApplicationContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(AdminCommand.class, new MicronautFactory(context));
        line.setOut(out);
        line.setErr(err);
        return line.execute(args);
    }
}
