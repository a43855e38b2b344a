"""The sample service of jdbus's design, written with python-dbus-next: a peer for jdbus's client tests.

Usage: python3 sample_service.py ADDRESS
Connects to the bus at ADDRESS, exports com.example.SampleInterface0 at /com/example/sample_object0 and
its two children, owns com.example.name, prints "ready" on stdout and serves until stdin is closed.

- Frobate(in i foo, out s bar, out a{us} baz): foo < 0 is org.freedesktop.DBus.Error.InvalidArgs;
  else bar is foo in decimal and baz is {foo: "hello"}.
- Bazify(in (iiu) bar, out v): Variant("s", "<a>,<b>,<c>").
- Mogrify(in (iiav) bar): writes property Bar with len(av) % 256.
- Changed(b new_value): after every write of Bar (Set or Mogrify), true when the value changed.
  A change also emits org.freedesktop.DBus.Properties.PropertiesChanged.
- Bar (y, readwrite), initially 0.
"""
import asyncio
import sys

from dbus_next import BusType, DBusError, Variant
from dbus_next.aio import MessageBus
from dbus_next.constants import ErrorType
from dbus_next.service import ServiceInterface, dbus_property, method, signal

NAME = "com.example.name"
ROOT = "/com/example/sample_object0"
CHILDREN = ("child_of_sample_object", "another_child_of_sample_object")


class SampleInterface0(ServiceInterface):
    def __init__(self):
        super().__init__("com.example.SampleInterface0")
        self._bar = 0

    @method()
    def Frobate(self, foo: "i") -> "sa{us}":
        if foo < 0:
            raise DBusError(ErrorType.INVALID_ARGS, "foo must not be negative, was %d" % foo)
        return [str(foo), {foo: "hello"}]

    @method()
    def Bazify(self, bar: "(iiu)") -> "v":
        return Variant("s", "%d,%d,%d" % tuple(bar))

    @method()
    def Mogrify(self, bar: "(iiav)"):
        self._write_bar(len(bar[2]) % 256)

    @signal()
    def Changed(self, new_value) -> "b":
        return new_value

    @dbus_property()
    def Bar(self) -> "y":
        return self._bar

    @Bar.setter
    def Bar(self, value: "y"):
        self._write_bar(value)

    def _write_bar(self, value):
        changed = value != self._bar
        self._bar = value
        self.Changed(changed)
        if changed:
            self.emit_properties_changed({"Bar": value})


async def serve(address):
    bus = await MessageBus(bus_address=address).connect()
    bus.export(ROOT, SampleInterface0())
    for child in CHILDREN:
        bus.export(ROOT + "/" + child, SampleInterface0())
    await bus.request_name(NAME)
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)   # until the test closes our stdin
    bus.disconnect()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1]))
