"""A GLib (GDBus, through python3-gi) service for jdbus's interop tests.

glib_service.py ADDRESS   connect, own com.example.GEcho, export /com/example/Echo, print READY, run
"""
import sys

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="com.example.Echo">
    <method name="EchoAll">
      %s
    </method>
    <method name="EchoDict">
      <arg direction="in" type="a{sv}"/>
      <arg direction="out" type="a{sv}"/>
    </method>
    <method name="EchoNested">
      <arg direction="in" type="a(sia{su}av)"/>
      <arg direction="out" type="a(sia{su}av)"/>
    </method>
    <method name="EchoBytes">
      <arg direction="in" type="ay"/>
      <arg direction="out" type="ay"/>
    </method>
    <method name="Fail">
      <arg direction="in" type="s"/>
    </method>
  </interface>
</node>
""" % "".join('<arg direction="%s" type="%s"/>' % (d, t) for d in ("in", "out") for t in "ybnqiuxtdsog")


def on_call(connection, sender, path, interface, method, params, invocation):
    if method == "Fail":
        invocation.return_dbus_error("com.example.Error.Refused", params.unpack()[0])
        return
    invocation.return_value(params)


def main():
    address = sys.argv[1]
    flags = Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    conn = Gio.DBusConnection.new_for_address_sync(address, flags, None, None)
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    conn.register_object("/com/example/Echo", node.interfaces[0], on_call, None, None)
    conn.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
                   GLib.Variant("(su)", ("com.example.GEcho", 4)), None, Gio.DBusCallFlags.NONE, -1, None)
    print("READY", flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
