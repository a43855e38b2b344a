#!/usr/bin/python3
"""Reference D-Bus wire codecs (GLib's GDBusMessage, and jeepney) served over stdin/stdout.

One JSON object per line in, one per line out; the process lives for a whole test class.
Run with Debian's /usr/bin/python3, which has python3-gi (and python3-jeepney).

Requests:
  {"op": "hello"}
      -> {"ok": true, "glib": "2.74.6", "jeepney": "0.8.0" or null}
  {"op": "encode", "sig": "ia{sv}", "body": [...], "endian": "l"|"B", "serial": 7, "fds": 0}
      GLib builds a method call (destination org.jdbus.Peer, path /org/jdbus/Test,
      interface org.jdbus.Test, member Echo) with that body.
      -> {"ok": true, "hex": "<to_blob() in hex>"}
  {"op": "jeepney_encode_body", "sig": "...", "body": [...], "endian": "l"|"B"}
      -> {"ok": true, "hex": "<the body alone, as jeepney serialises it from an 8-aligned offset>"}
  {"op": "decode", "hex": "..."}            GLib: Gio.DBusMessage.new_from_blob
  {"op": "jeepney_decode", "hex": "..."}    jeepney: Message.from_buffer
      -> {"ok": true, "endian": "l", "type": 1, "flags": 0, "serial": 7, "path": ..., "interface": ...,
          "member": ..., "destination": ..., "sig": "...", "fds": 0, "body": [...]}
      or {"ok": false, "error": "..."}

The JSON form of a value is directed by its D-Bus type, so every type stays exact:
  y n q i u x t h -> integer (h: the index into the message's fd list)
  b               -> true / false
  d               -> 16 hex digits: the IEEE 754 bits, big-endian (keeps -0.0, NaN, infinities)
  s o g           -> string
  ay              -> hex string of the bytes
  aT              -> list
  a{KV}           -> list of [key, value] pairs, in wire order (duplicate keys kept where the codec keeps them)
  (T...)          -> list of the fields
  v               -> [signature, value]
"""
import json
import os
import struct
import sys

import gi

gi.require_version("GLib", "2.0")
gi.require_version("Gio", "2.0")
from gi.repository import GLib, Gio  # noqa: E402

try:
    import jeepney
    from jeepney import low_level as jeepney_ll

    class _IndexHandle(jeepney_ll.FixedType):
        """'h' as the plain index into the message's fd list, both ways (as jdbus's low level and GLib do).

        jeepney's own FileDescriptor maps indices to received fds and numbers sent fds itself."""

        def __init__(self):
            super().__init__(4, "I")

    jeepney_ll.simple_types["h"] = _IndexHandle()
except ImportError:  # jeepney is the tie-breaker; the GLib side works without it
    jeepney = None

DESTINATION = "org.jdbus.Peer"
PATH = "/org/jdbus/Test"
INTERFACE = "org.jdbus.Test"
MEMBER = "Echo"
BASIC = "ybnqiuxtdsogh"


def complete_type_end(sig, i):
    """Index just past the single complete type that starts at sig[i]."""
    c = sig[i]
    if c in BASIC or c == "v":
        return i + 1
    if c == "a":
        return complete_type_end(sig, i + 1)
    if c in "({":
        close = ")" if c == "(" else "}"
        i += 1
        while sig[i] != close:
            i = complete_type_end(sig, i)
        return i + 1
    raise ValueError("bad signature %r at %d" % (sig, i))


def split_types(sig):
    """'ia{sv}(ii)' -> ['i', 'a{sv}', '(ii)']; for a struct or dict entry, pass the inside."""
    out, i = [], 0
    while i < len(sig):
        j = complete_type_end(sig, i)
        out.append(sig[i:j])
        i = j
    return out


def double_to_json(x):
    return struct.pack(">d", x).hex()


def double_from_json(s):
    return struct.unpack(">d", bytes.fromhex(s))[0]


# ---------------------------------------------------------------- JSON -> GLib.Variant

def to_variant(sig, value):
    c = sig[0]
    if c == "y":
        return GLib.Variant.new_byte(value)
    if c == "b":
        return GLib.Variant.new_boolean(value)
    if c == "n":
        return GLib.Variant.new_int16(value)
    if c == "q":
        return GLib.Variant.new_uint16(value)
    if c == "i":
        return GLib.Variant.new_int32(value)
    if c == "u":
        return GLib.Variant.new_uint32(value)
    if c == "x":
        return GLib.Variant.new_int64(value)
    if c == "t":
        return GLib.Variant.new_uint64(value)
    if c == "h":
        return GLib.Variant.new_handle(value)
    if c == "d":
        return GLib.Variant.new_double(double_from_json(value))
    if c == "s":
        return GLib.Variant.new_string(value)
    if c == "o":
        return GLib.Variant.new_object_path(value)
    if c == "g":
        return GLib.Variant.new_signature(value)
    if c == "v":
        inner_sig, inner = value
        return GLib.Variant.new_variant(to_variant(inner_sig, inner))
    if c == "(":
        fields = split_types(sig[1:-1])
        if len(fields) != len(value):
            raise ValueError("struct %s has %d fields, got %d" % (sig, len(fields), len(value)))
        return GLib.Variant.new_tuple(*[to_variant(t, v) for t, v in zip(fields, value)])
    if c == "a":
        elem = sig[1:]
        if elem == "y":
            data = bytes.fromhex(value)
            return GLib.Variant.new_array(GLib.VariantType.new("y"),
                                          [GLib.Variant.new_byte(b) for b in data])
        if elem[0] == "{":
            key_sig, value_sig = split_types(elem[1:-1])
            children = [GLib.Variant.new_dict_entry(to_variant(key_sig, k), to_variant(value_sig, v))
                        for k, v in value]
        else:
            children = [to_variant(elem, v) for v in value]
        return GLib.Variant.new_array(GLib.VariantType.new(elem), children)
    raise ValueError("bad signature %r" % sig)


# ---------------------------------------------------------------- GLib.Variant -> JSON

def from_variant(v):
    sig = v.get_type_string()
    c = sig[0]
    if c == "y":
        return v.get_byte()
    if c == "b":
        return v.get_boolean()
    if c == "n":
        return v.get_int16()
    if c == "q":
        return v.get_uint16()
    if c == "i":
        return v.get_int32()
    if c == "u":
        return v.get_uint32()
    if c == "x":
        return v.get_int64()
    if c == "t":
        return v.get_uint64()
    if c == "h":
        return v.get_handle() & 0xFFFFFFFF
    if c == "d":
        return double_to_json(v.get_double())
    if c in "sog":
        return v.get_string()
    if c == "v":
        inner = v.get_variant()
        return [inner.get_type_string(), from_variant(inner)]
    if c == "(":
        return [from_variant(v.get_child_value(i)) for i in range(v.n_children())]
    if c == "a":
        n = v.n_children()
        if sig == "ay":
            return bytes(v.get_child_value(i).get_byte() for i in range(n)).hex()
        if sig[1] == "{":
            out = []
            for i in range(n):
                e = v.get_child_value(i)
                out.append([from_variant(e.get_child_value(0)), from_variant(e.get_child_value(1))])
            return out
        return [from_variant(v.get_child_value(i)) for i in range(n)]
    raise ValueError("unexpected GVariant type %r" % sig)


# ---------------------------------------------------------------- jeepney value -> JSON

def from_jeepney(sig, value):
    c = sig[0]
    if c in "ynqiuxth":
        return int(value)
    if c == "b":
        return bool(value)
    if c == "d":
        return double_to_json(value)
    if c in "sog":
        return value
    if c == "v":
        inner_sig, inner = value
        return [inner_sig, from_jeepney(inner_sig, inner)]
    if c == "(":
        return [from_jeepney(t, x) for t, x in zip(split_types(sig[1:-1]), value)]
    if c == "a":
        elem = sig[1:]
        if elem == "y":
            return bytes(value).hex()
        if elem[0] == "{":
            key_sig, value_sig = split_types(elem[1:-1])
            return [[from_jeepney(key_sig, k), from_jeepney(value_sig, x)] for k, x in value.items()]
        return [from_jeepney(elem, x) for x in value]
    raise ValueError("bad signature %r" % sig)


# ---------------------------------------------------------------- JSON -> jeepney value

def to_jeepney(sig, value):
    c = sig[0]
    if c == "d":
        return double_from_json(value)
    if c in BASIC:
        return value
    if c == "v":
        inner_sig, inner = value
        return (inner_sig, to_jeepney(inner_sig, inner))
    if c == "(":
        return tuple(to_jeepney(t, x) for t, x in zip(split_types(sig[1:-1]), value))
    if c == "a":
        elem = sig[1:]
        if elem == "y":
            return bytes.fromhex(value)
        if elem[0] == "{":
            key_sig, value_sig = split_types(elem[1:-1])
            out = {}
            for k, x in value:
                key = to_jeepney(key_sig, k)
                if key in out:
                    raise ValueError("duplicate dict key %r: jeepney cannot express it" % (key,))
                out[key] = to_jeepney(value_sig, x)
            return out
        return [to_jeepney(elem, x) for x in value]
    raise ValueError("bad signature %r" % sig)


# ---------------------------------------------------------------- operations

def encode(req):
    msg = Gio.DBusMessage.new_method_call(DESTINATION, PATH, INTERFACE, MEMBER)
    sig = req["sig"]
    body = req["body"]
    types = split_types(sig)
    if len(types) != len(body):
        raise ValueError("signature %r has %d types, body has %d values" % (sig, len(types), len(body)))
    msg.set_body(GLib.Variant.new_tuple(*[to_variant(t, v) for t, v in zip(types, body)]))
    msg.set_serial(req.get("serial", 1))
    msg.set_byte_order(Gio.DBusMessageByteOrder.BIG_ENDIAN if req.get("endian", "l") == "B"
                       else Gio.DBusMessageByteOrder.LITTLE_ENDIAN)
    n_fds = req.get("fds", 0)
    if n_fds:
        fd_list = Gio.UnixFDList.new()
        fd = os.open("/dev/null", os.O_RDONLY)
        try:
            for _ in range(n_fds):
                fd_list.append(fd)  # appends a duplicate
        finally:
            os.close(fd)
        msg.set_unix_fd_list(fd_list)  # also sets the UNIX_FDS header field
    blob = msg.to_blob(Gio.DBusCapabilityFlags.UNIX_FD_PASSING)
    return {"ok": True, "hex": bytes(blob).hex()}


def glib_decode(req):
    blob = bytes.fromhex(req["hex"])
    msg = Gio.DBusMessage.new_from_blob(blob, Gio.DBusCapabilityFlags.UNIX_FD_PASSING)
    body = msg.get_body()
    values = [] if body is None else from_variant(body)
    return {
        "ok": True,
        "endian": "B" if msg.get_byte_order() == Gio.DBusMessageByteOrder.BIG_ENDIAN else "l",
        "type": int(msg.get_message_type()),
        "flags": int(msg.get_flags()),
        "serial": msg.get_serial(),
        "path": msg.get_path(),
        "interface": msg.get_interface(),
        "member": msg.get_member(),
        "destination": msg.get_destination(),
        "sig": msg.get_signature() or "",
        "fds": msg.get_num_unix_fds(),
        "body": values,
    }


def jeepney_decode(req):
    if jeepney is None:
        return {"ok": False, "error": "jeepney is not installed", "unavailable": True}
    blob = bytes.fromhex(req["hex"])
    header, _ = jeepney_ll.Header.from_buffer(blob)
    fields = header.fields
    hf = jeepney_ll.HeaderFields
    n_fds = fields.get(hf.unix_fds, 0)
    msg = jeepney_ll.Message.from_buffer(blob, fds=list(range(n_fds)))
    sig = fields.get(hf.signature, "")
    expected = jeepney_ll.calc_msg_size(blob)
    if expected != len(blob):
        raise ValueError("length is %d, header says %d" % (len(blob), expected))
    return {
        "ok": True,
        "endian": "B" if header.endianness == jeepney_ll.Endianness.big else "l",
        "type": header.message_type.value,
        "flags": int(header.flags),
        "serial": header.serial,
        "path": fields.get(hf.path),
        "interface": fields.get(hf.interface),
        "member": fields.get(hf.member),
        "destination": fields.get(hf.destination),
        "sig": sig,
        "fds": n_fds,
        "body": [from_jeepney(t, x) for t, x in zip(split_types(sig), msg.body)],
    }


def jeepney_encode_body(req):
    if jeepney is None:
        return {"ok": False, "error": "jeepney is not installed", "unavailable": True}
    sig = req["sig"]
    endian = jeepney_ll.Endianness.big if req.get("endian", "l") == "B" else jeepney_ll.Endianness.little
    body_type = jeepney_ll.parse_signature(list("(%s)" % sig))
    values = tuple(to_jeepney(t, x) for t, x in zip(split_types(sig), req["body"]))
    data = body_type.serialise(values, 0, endian) if sig else b""
    return {"ok": True, "hex": data.hex()}


def hello(_req):
    return {
        "ok": True,
        "glib": "%d.%d.%d" % (GLib.MAJOR_VERSION, GLib.MINOR_VERSION, GLib.MICRO_VERSION),
        "jeepney": getattr(jeepney, "__version__", None) if jeepney else None,
    }


OPS = {
    "hello": hello,
    "encode": encode,
    "decode": glib_decode,
    "jeepney_decode": jeepney_decode,
    "jeepney_encode_body": jeepney_encode_body,
}


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            req = json.loads(line)
            answer = OPS[req["op"]](req)
        except Exception as e:  # every failure is an answer, never a dead peer
            answer = {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(answer, ensure_ascii=True, separators=(",", ":")) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
