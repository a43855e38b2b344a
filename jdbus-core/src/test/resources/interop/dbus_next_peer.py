"""A python3-dbus-next peer for jdbus's interop tests.

serve ADDRESS      export com.example.Echo at /com/example/Echo as com.example.PyEcho; print READY; run
call ADDRESS DEST  call DEST's com.example.Echo methods at /com/example/Echo; print one JSON line per result
"""
import asyncio
import json
import sys

from dbus_next import Variant
from dbus_next.aio import MessageBus
from dbus_next.constants import BusType
from dbus_next.message import Message, MessageType
from dbus_next.service import ServiceInterface, method

CASES = [
    ("s", ["hello wörld"]),
    ("ybnqiuxtd", [255, True, -32768, 65535, -2147483648, 4294967295, -9223372036854775808,
                   18446744073709551615, 2.5]),
    ("og", ["/com/example/Obj", "a{sv}"]),
    ("as", [["a", "b", ""]]),
    ("ay", [b"\x00\x01\xff"]),
    ("a{sv}", [{"Name": Variant("s", "disk"), "Size": Variant("t", 42), "Tags": Variant("as", ["x"])}]),
    ("(sia{su})", [["k", -1, {"a": 1, "b": 2}]]),
    ("av", [[Variant("i", 1), Variant("v", Variant("s", "nested")), Variant("(ii)", [1, 2])]]),
    ("a{oa{sa{sv}}}", [{"/a": {"org.example.I": {"P": Variant("b", False)}}}]),
]


def plain(value):
    if isinstance(value, Variant):
        return {"v": value.signature, "value": plain(value.value)}
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": list(value)}
    if isinstance(value, dict):
        return {"dict": [[plain(k), plain(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float):
        return {"double": repr(value)}
    return value


class Echo(ServiceInterface):
    def __init__(self):
        super().__init__("com.example.Echo")

    @method(name="Echo")
    def echo(self, text: "s") -> "s":
        return text


async def serve(address):
    bus = await MessageBus(bus_address=address).connect()

    def handler(msg):
        if msg.message_type == MessageType.METHOD_CALL and msg.interface == "com.example.Echo" \
                and msg.member == "EchoAny":
            return Message.new_method_return(msg, msg.signature, msg.body)
        return None

    bus.add_message_handler(handler)
    bus.export("/com/example/Echo", Echo())
    await bus.request_name("com.example.PyEcho")
    print("READY", flush=True)
    await asyncio.get_running_loop().create_future()


async def call(address, dest):
    bus = await MessageBus(bus_address=address).connect()
    for signature, body in CASES:
        reply = await bus.call(Message(destination=dest, path="/com/example/Echo", interface="com.example.Echo",
                                       member="EchoAny", signature=signature, body=body))
        if reply.message_type == MessageType.ERROR:
            print(json.dumps({"signature": signature, "error": reply.error_name}), flush=True)
            continue
        ok = reply.signature == signature and plain(reply.body) == plain(body)
        print(json.dumps({"signature": signature, "ok": ok, "got": plain(reply.body)}), flush=True)
    print("DONE", flush=True)


if __name__ == "__main__":
    mode, address = sys.argv[1], sys.argv[2]
    if mode == "serve":
        asyncio.run(serve(address))
    else:
        asyncio.run(call(address, sys.argv[3]))
