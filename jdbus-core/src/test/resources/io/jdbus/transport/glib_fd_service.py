"""A GLib (GDBus, through python3-gi) service that passes unix fds both ways with Gio.UnixFDList.

Usage: python3 glib_fd_service.py ADDRESS
Owns com.example.gfds on the bus at ADDRESS, prints "ready" and serves until stdin is closed.
- ReadFds(in ah fds, out as texts): reads each descriptor to its end and answers what it read.
- MakePipes(in as texts, out ah fds): one pipe per text, its read end with the text written and the write
  end closed.
"""
import os
import sys
import threading

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="com.example.GFds">
    <method name="ReadFds">
      <arg direction="in" type="ah"/>
      <arg direction="out" type="as"/>
    </method>
    <method name="MakePipes">
      <arg direction="in" type="as"/>
      <arg direction="out" type="ah"/>
    </method>
  </interface>
</node>
"""


def read_all(fd):
    chunks = []
    while True:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


def on_call(connection, sender, path, interface, method, params, invocation):
    if method == "ReadFds":
        fd_list = invocation.get_message().get_unix_fd_list()
        texts = []
        for index in params.unpack()[0]:
            fd = fd_list.get(index)   # a duplicate that we own
            try:
                texts.append(read_all(fd))
            finally:
                os.close(fd)
        invocation.return_value(GLib.Variant("(as)", (texts,)))
    elif method == "MakePipes":
        fds = []
        for text in params.unpack()[0]:
            r, w = os.pipe()
            os.write(w, text.encode())
            os.close(w)
            fds.append(r)
        fd_list = Gio.UnixFDList.new_from_array(fds)   # takes the read ends over
        invocation.return_value_with_unix_fd_list(GLib.Variant("(ah)", (list(range(len(fds))),)), fd_list)


def main():
    flags = Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    conn = Gio.DBusConnection.new_for_address_sync(sys.argv[1], flags, None, None)
    if not conn.get_capabilities() & Gio.DBusCapabilityFlags.UNIX_FD_PASSING:
        print("no fd passing", flush=True)
        return
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    conn.register_object("/com/example/gfds", node.interfaces[0], on_call, None, None)
    conn.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
                   GLib.Variant("(su)", ("com.example.gfds", 4)), None, Gio.DBusCallFlags.NONE, -1, None)
    loop = GLib.MainLoop()
    threading.Thread(target=lambda: (sys.stdin.read(), GLib.idle_add(loop.quit)), daemon=True).start()
    print("ready", flush=True)
    loop.run()


if __name__ == "__main__":
    main()
