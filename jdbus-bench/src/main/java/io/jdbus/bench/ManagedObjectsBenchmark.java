package io.jdbus.bench;

import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.MethodReturn;

import io.jdbus.message.Message;

/**
 * (b) The reply to {@code GetManagedObjects}, {@code a{oa{sa{sv}}}}: 100 objects, each with 2
 * interfaces of 5 properties of mixed types (s, u, b, i, as; s, o, x, d, y), about 52 KB on the
 * wire: what a client reads once at start-up from BlueZ or NetworkManager. Score: messages per second.
 *
 * <p>The benchmarks are {@link CodecBenchmark}'s. To run only these, with the allocation profiler:
 * {@snippet lang=sh :
 * java -jar jdbus-bench/target/benchmarks.jar ManagedObjects -prof gc
 * }
 */
public class ManagedObjectsBenchmark extends CodecBenchmark {

    @Override
    Message jdbusMessage(JdbusMessages jdbus) {
        return jdbus.managedObjectsReply(1);
    }

    @Override
    MethodReturn dbusJavaMessage(DbusJavaMessages dbusJava) throws DBusException {
        return dbusJava.managedObjectsReply();
    }
}
