"""The seeds' client scenario written with python-dbus-next, run against jdbus's Java sample service.

Usage: python3 sample_client.py ADDRESS
Prints one line per step and exits with the number of failed steps.
"""
import asyncio
import sys

from dbus_next import DBusError, Variant
from dbus_next.aio import MessageBus

NAME = "com.example.name"
ROOT = "/com/example/sample_object0"
IFACE = "com.example.SampleInterface0"


async def main(address):
    bus = await MessageBus(bus_address=address).connect()
    failed = 0

    def check(what, ok, detail=""):
        nonlocal failed
        print(("ok      " if ok else "FAILED  ") + what + (": " + str(detail) if detail != "" else ""), flush=True)
        if not ok:
            failed += 1

    node = await bus.introspect(NAME, ROOT)
    obj = bus.get_proxy_object(NAME, ROOT, node)
    iface = obj.get_interface(IFACE)
    check("introspect", [c.name for c in node.nodes] != [], [c.name for c in node.nodes])

    out = await iface.call_frobate(5)
    check("Frobate(5)", out == ["5", {5: "hello"}], out)
    try:
        await iface.call_frobate(-1)
        check("Frobate(-1) is InvalidArgs", False, "no error")
    except DBusError as e:
        check("Frobate(-1) is InvalidArgs", e.type == "org.freedesktop.DBus.Error.InvalidArgs", e.type)

    v = await iface.call_bazify([-5, 5, 5])
    check("Bazify", v.signature == "s" and v.value == "-5,5,5", v)

    changed = asyncio.Queue()
    iface.on_changed(lambda value: changed.put_nowait(value))
    await iface.set_bar(0)
    await asyncio.wait_for(changed.get(), 5)
    await iface.call_mogrify([5, 5, [Variant("s", "foo"), Variant("u", 2)]])
    value = await asyncio.wait_for(changed.get(), 5)
    check("Mogrify and Changed", value is True, value)
    bar = await iface.get_bar()
    check("get Bar", bar == 2, bar)
    await iface.set_bar(105)
    first = await asyncio.wait_for(changed.get(), 5)
    await iface.set_bar(105)
    second = await asyncio.wait_for(changed.get(), 5)
    check("set Bar twice", (first, second) == (True, False), (first, second))

    for child in node.nodes:
        path = ROOT + "/" + child.name
        child_obj = bus.get_proxy_object(NAME, path, await bus.introspect(NAME, path))
        out = await child_obj.get_interface(IFACE).call_frobate(7)
        check("child " + child.name, out == ["7", {7: "hello"}], out)

    peer = obj.get_interface("org.freedesktop.DBus.Peer")
    await peer.call_ping()
    check("Ping", True)
    bus.disconnect()
    return failed


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1])))
