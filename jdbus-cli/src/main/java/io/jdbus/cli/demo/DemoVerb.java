package io.jdbus.cli.demo;

import io.jdbus.cli.BusSelection;
import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameFlag;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.daemon.BusDaemon;
import io.jdbus.service.ObjectServer;
import java.io.IOException;
import java.util.List;

/**
 * {@code jdbus demo [--serve | --client]}: exports the design's sample service as {@code com.example.name}
 * ({@link SampleService}, at {@code /com/example/sample_object0} and its two children) and runs the seeds'
 * client scenario against it ({@link DemoScenario}), printing each step; exits with 1 if any step fails.
 * {@code --serve} only exports and waits; {@code --client} only runs the scenario against whatever owns the
 * name. Uses {@code --address=} or {@code --session} if given; otherwise it starts jdbus's own message bus
 * in the process ({@link BusDaemon}) and prints its address, so that it needs no bus on the machine.
 * {@snippet lang=sh :
 * jdbus demo
 * # embedded bus at unix:path=/tmp/dbus-1a2b3c4d5e,guid=...
 * # ok      Frobate(5): [5, {5=hello}] ...
 * jdbus --address=unix:path=/tmp/bus demo --client
 * }
 */
public final class DemoVerb implements Verb {
    static final List<String> CHILDREN = List.of("child_of_sample_object", "another_child_of_sample_object");

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String operands() {
        return "[--serve | --client]";
    }

    @Override
    public String summary() {
        return "Serve the sample service and run the client scenario against it";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        if (!inv.operands().isEmpty()) {
            throw new UsageException("demo takes no operands");
        }
        boolean serve = !inv.settings().clientOnly();
        boolean client = !inv.settings().serveOnly();
        if (!serve && !client) {
            throw new UsageException("--serve and --client exclude each other");
        }
        if (!serve && inv.bus().kind() == BusSelection.Kind.SYSTEM) {
            throw new UsageException("demo --client needs --address or --session: the bus where the service runs");
        }
        BusDaemon embedded = null;
        MessageBus service = null;
        try {
            Invocation on = inv;
            if (inv.bus().kind() == BusSelection.Kind.SYSTEM) {   // neither --address nor --session
                embedded = BusDaemon.start();
                inv.out().println("embedded bus at " + embedded.address());
                on = new Invocation(BusSelection.address(embedded.address()), inv.output(), inv.settings(),
                        inv.operands(), inv.in(), inv.out(), inv.err());
            }
            if (serve) {
                service = Buses.open(on);
                export(service);
                RequestNameReply r = service.requestName(DemoScenario.NAME, RequestNameFlag.DO_NOT_QUEUE);
                if (r != RequestNameReply.PRIMARY_OWNER) {
                    inv.err().println("cannot own " + DemoScenario.NAME + ": " + r);
                    return ExitCode.FAILURE;
                }
                inv.out().println("serving " + DemoScenario.NAME + " as " + service.uniqueName());
                inv.out().flush();
                if (!client) {
                    service.closed().join();
                    return ExitCode.OK;
                }
            }
            try (MessageBus bus = Buses.open(on)) {
                return new DemoScenario(bus, inv.out()).run() == 0 ? ExitCode.OK : ExitCode.FAILURE;
            }
        } catch (IOException | RuntimeException e) {
            return Buses.connectFailed(inv, e);
        } finally {
            if (service != null) {
                service.close();
            }
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** Exports the sample object and its two children on {@code bus}. */
    static void export(MessageBus bus) {
        ObjectServer server = ObjectServer.of(bus);
        SampleService root = new SampleService();
        root.attach(server.export(DemoScenario.ROOT, root));
        for (String child : CHILDREN) {
            SampleService s = new SampleService();
            s.attach(server.export(DemoScenario.ROOT + "/" + child, s));
        }
    }
}
