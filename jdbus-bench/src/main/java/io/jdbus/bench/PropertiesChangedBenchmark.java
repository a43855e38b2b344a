package io.jdbus.bench;

import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.DBusSignal;

import io.jdbus.message.Message;

/**
 * (a) A BlueZ {@code PropertiesChanged} signal, {@code (sa{sv}as)} =
 * {@code ("org.bluez.Device1", {"RSSI": <int16 -60>}, [])}: the most frequent message on a system bus
 * with Bluetooth devices around. Score: messages per second.
 *
 * <p>The benchmarks are {@link CodecBenchmark}'s. To run only these, with the allocation profiler:
 * {@snippet lang=sh :
 * java -jar jdbus-bench/target/benchmarks.jar PropertiesChanged -prof gc
 * }
 */
public class PropertiesChangedBenchmark extends CodecBenchmark {

    @Override
    Message jdbusMessage(JdbusMessages jdbus) {
        return jdbus.propertiesChanged(1);
    }

    @Override
    DBusSignal dbusJavaMessage(DbusJavaMessages dbusJava) throws DBusException {
        return dbusJava.propertiesChanged();
    }
}
