"""A GDBus object (python3-gi) of the same shape as ShapeService in jdbus's StandardInterfacesTest.

Usage: python3 gdbus_shape.py ADDRESS
Exports /shape/obj with com.example.Shape (method Twice(i) -> i, properties Name s read, Level u
readwrite, Secret s write) and owns com.example.gshape; prints READY; runs until stdin closes.
"""
import sys
import threading

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="com.example.Shape">
    <method name="Twice"><arg direction="in" type="i"/><arg direction="out" type="i"/></method>
    <property name="Name" type="s" access="read"/>
    <property name="Level" type="u" access="readwrite"/>
    <property name="Secret" type="s" access="write"/>
  </interface>
</node>
"""

state = {"Level": 1}


def on_call(connection, sender, path, interface, method, params, invocation):
    invocation.return_value(GLib.Variant("(i)", (params.unpack()[0] * 2,)))


def get_property(connection, sender, path, interface, name):
    if name == "Name":
        return GLib.Variant("s", "shape")
    if name == "Level":
        return GLib.Variant("u", state["Level"])
    return None


def set_property(connection, sender, path, interface, name, value):
    if name == "Level":
        state["Level"] = value.unpack()
    return True


def main():
    flags = Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    conn = Gio.DBusConnection.new_for_address_sync(sys.argv[1], flags, None, None)
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    conn.register_object("/shape/obj", node.interfaces[0], on_call, get_property, set_property)
    conn.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
                   GLib.Variant("(su)", ("com.example.gshape", 4)), None, Gio.DBusCallFlags.NONE, -1, None)
    print("READY", flush=True)
    loop = GLib.MainLoop()
    threading.Thread(target=lambda: (sys.stdin.read(), GLib.idle_add(loop.quit)), daemon=True).start()
    loop.run()


if __name__ == "__main__":
    main()
