package io.jdbus.daemon.names;

import static io.jdbus.daemon.names.NameRegistry.ALLOW_REPLACEMENT;
import static io.jdbus.daemon.names.NameRegistry.DO_NOT_QUEUE;
import static io.jdbus.daemon.names.NameRegistry.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdbus.daemon.names.NameEvent.Acquired;
import io.jdbus.daemon.names.NameEvent.Lost;
import io.jdbus.daemon.names.NameEvent.OwnerChanged;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RequestName, ReleaseName and departures, every flag, with the signals each must send. */
class NameRegistryTest {
    private static final String X = "com.example.X";
    private final NameRegistry r = new NameRegistry();

    @Test
    void theFirstRequestOwnsTheNameAndAnnouncesIt() {
        NameRegistry.Outcome o = r.request(":1.1", X, 0);
        assertEquals(NameRegistry.PRIMARY_OWNER, o.reply());
        assertEquals(List.of(new OwnerChanged(X, "", ":1.1"), new Acquired(":1.1", X)), o.events());
        assertEquals(NameRegistry.ALREADY_OWNER, r.request(":1.1", X, 0).reply());
    }

    @Test
    void othersQueueUnlessTheyRefuseTo() {
        r.request(":1.1", X, 0);
        assertEquals(NameRegistry.IN_QUEUE, r.request(":1.2", X, 0).reply());
        assertEquals(NameRegistry.EXISTS, r.request(":1.3", X, DO_NOT_QUEUE).reply());
        assertEquals(List.of(":1.1", ":1.2"), r.queuedOwners(X));
        assertEquals(NameRegistry.EXISTS, r.request(":1.2", X, DO_NOT_QUEUE).reply(), "asking again without queueing leaves the queue");
        assertEquals(List.of(":1.1"), r.queuedOwners(X));
    }

    @Test
    void aRequestToReplaceThatCannotGoesFirstInLineAndOthersKeepTheirPlace() {
        r.request(":1.1", X, 0);
        r.request(":1.2", X, 0);
        r.request(":1.3", X, 0);
        assertEquals(NameRegistry.IN_QUEUE, r.request(":1.3", X, 0).reply());
        assertEquals(List.of(":1.1", ":1.2", ":1.3"), r.queuedOwners(X), "asking again keeps the place");
        assertEquals(NameRegistry.IN_QUEUE, r.request(":1.3", X, REPLACE_EXISTING).reply());
        assertEquals(List.of(":1.1", ":1.3", ":1.2"), r.queuedOwners(X), "wanting to replace goes first in line");
        r.request(":1.4", X, REPLACE_EXISTING);
        assertEquals(List.of(":1.1", ":1.4", ":1.3", ":1.2"), r.queuedOwners(X));
    }

    @Test
    void replaceExistingTakesTheNameOnlyWhenTheOwnerAllowsIt() {
        r.request(":1.1", X, 0);
        assertEquals(NameRegistry.IN_QUEUE, r.request(":1.2", X, REPLACE_EXISTING).reply(), "the owner did not allow it");
        r.request(":1.1", X, ALLOW_REPLACEMENT);
        NameRegistry.Outcome o = r.request(":1.3", X, REPLACE_EXISTING);
        assertEquals(NameRegistry.PRIMARY_OWNER, o.reply());
        assertEquals(List.of(new Lost(":1.1", X), new OwnerChanged(X, ":1.1", ":1.3"), new Acquired(":1.3", X)), o.events());
        assertEquals(List.of(":1.3", ":1.1", ":1.2"), r.queuedOwners(X), "the replaced owner waits first in line");
    }

    @Test
    void aReplacedOwnerThatWouldNotQueueIsGone() {
        r.request(":1.1", X, ALLOW_REPLACEMENT | DO_NOT_QUEUE);
        r.request(":1.2", X, REPLACE_EXISTING);
        assertEquals(List.of(":1.2"), r.queuedOwners(X));
    }

    @Test
    void releasingPassesTheNameToTheNextInLine() {
        r.request(":1.1", X, 0);
        r.request(":1.2", X, 0);
        NameRegistry.Outcome o = r.release(":1.1", X);
        assertEquals(NameRegistry.RELEASED, o.reply());
        assertEquals(List.of(new Lost(":1.1", X), new OwnerChanged(X, ":1.1", ":1.2"), new Acquired(":1.2", X)), o.events());
        assertEquals(NameRegistry.NOT_OWNER, r.release(":1.9", X).reply());
        assertEquals(NameRegistry.NON_EXISTENT, r.release(":1.1", "com.example.Nobody").reply());
        NameRegistry.Outcome last = r.release(":1.2", X);
        assertEquals(List.of(new Lost(":1.2", X), new OwnerChanged(X, ":1.2", "")), last.events());
        assertEquals(Optional.empty(), r.owner(X));
    }

    @Test
    void leavingTheQueueSendsNothing() {
        r.request(":1.1", X, 0);
        r.request(":1.2", X, 0);
        assertEquals(new NameRegistry.Outcome(NameRegistry.RELEASED, List.of()), r.release(":1.2", X));
    }

    @Test
    void aDepartedConnectionLosesItsNamesInOrder() {
        r.request(":1.1", X, 0);
        r.request(":1.1", "com.example.Y", 0);
        r.request(":1.2", X, 0);
        r.request(":1.3", "com.example.Y", DO_NOT_QUEUE);
        assertEquals(List.of(new Lost(":1.1", X), new OwnerChanged(X, ":1.1", ":1.2"), new Acquired(":1.2", X),
                new Lost(":1.1", "com.example.Y"), new OwnerChanged("com.example.Y", ":1.1", "")),
                r.disconnected(":1.1"));
        assertEquals(List.of(X), r.ownedNames());
    }

    @Test
    void uniqueNamesTheBusNameAndInvalidNamesCannotBeRequested() {
        assertThrows(IllegalArgumentException.class, () -> r.request(":1.1", ":1.5", 0));
        assertThrows(IllegalArgumentException.class, () -> r.request(":1.1", "org.freedesktop.DBus", 0));
        assertThrows(IllegalArgumentException.class, () -> r.request(":1.1", "nodots", 0));
        assertThrows(IllegalArgumentException.class, () -> r.release(":1.1", ""));
    }
}
