"""A python-dbus-next service that passes unix fds both ways: a peer for jdbus's fd interop test.

Usage: python3 fd_service.py ADDRESS
Owns com.example.fds on the bus at ADDRESS, prints "ready" and serves until stdin is closed.
- ReadFd(in h fd, out s text): reads fd to its end and answers what it read.
- MakePipe(in s text, out h fd): a pipe's read end, with text written and the write end closed.
"""
import asyncio
import os
import sys

from dbus_next.aio import MessageBus
from dbus_next.service import ServiceInterface, method


class Fds(ServiceInterface):
    def __init__(self):
        super().__init__("com.example.Fds")

    @method()
    def ReadFd(self, fd: "h") -> "s":
        chunks = []
        while True:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(fd)
        return b"".join(chunks).decode()

    @method()
    def MakePipe(self, text: "s") -> "h":
        r, w = os.pipe()
        os.write(w, text.encode())
        os.close(w)
        return r


async def serve(address):
    bus = await MessageBus(bus_address=address, negotiate_unix_fd=True).connect()
    bus.export("/com/example/fds", Fds())
    await bus.request_name("com.example.fds")
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    bus.disconnect()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1]))
