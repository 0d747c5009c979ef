"""A long-lived Tesseract, run as a script by `engine`: reads grey images from stdin and
writes Tesseract's TSV to stdout, through the C API of the same libtesseract the `tesseract`
command uses (so the words are the same as the command's).

Starting a `tesseract` process and loading its models costs 0.07 s (eng) to over 0.1 s
(deu+eng) a call, as much as reading a small card; here the models stay loaded. It runs as a
child process of the reader (`engine`), which kills it when a reading overruns its time
limit or leaves it behind when it crashes: neither can take the web worker down with it.

Protocol, one request at a time. Request: a JSON line {"langs", "psm", "vars", "width",
"height"} and then width*height bytes of 8-bit grey pixels. Answer: a JSON line {"tsv": n}
followed by n bytes of UTF-8 TSV, or {"error": message}.
"""

import ctypes
import ctypes.util
import json
import os
import sys


def load_library() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("tesseract") or "libtesseract.so.5")
    lib.TessBaseAPICreate.restype = ctypes.c_void_p
    lib.TessBaseAPIInit3.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.TessBaseAPISetVariable.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.TessBaseAPISetPageSegMode.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.TessBaseAPISetImage.argtypes = [ctypes.c_void_p, ctypes.c_char_p] + [ctypes.c_int] * 4
    lib.TessBaseAPIRecognize.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.TessBaseAPIGetTsvText.argtypes = [ctypes.c_void_p, ctypes.c_int]
    # A char* restype would be copied into bytes and the C string leaked; keep the pointer to free it.
    lib.TessBaseAPIGetTsvText.restype = ctypes.c_void_p
    lib.TessDeleteText.argtypes = [ctypes.c_void_p]
    lib.TessBaseAPIDelete.argtypes = [ctypes.c_void_p]
    return lib


def serve(inp, out) -> None:
    lib = load_library()
    apis: dict[str, int] = {}  # one engine per language list: loading the models is the slow part
    while True:
        line = inp.readline()
        if not line:
            return  # the reader has gone
        req = json.loads(line)
        pixels = inp.read(req["width"] * req["height"])
        api = apis.get(req["langs"])
        if api is None:
            api = lib.TessBaseAPICreate()
            if lib.TessBaseAPIInit3(api, None, req["langs"].encode()) != 0:
                lib.TessBaseAPIDelete(api)
                out.write(json.dumps({"error": f"cannot load languages {req['langs']}"}).encode() + b"\n")
                out.flush()
                continue
            apis[req["langs"]] = api
        for name, value in req["vars"].items():
            lib.TessBaseAPISetVariable(api, name.encode(), value.encode())
        lib.TessBaseAPISetPageSegMode(api, req["psm"])
        lib.TessBaseAPISetImage(api, pixels, req["width"], req["height"], 1, req["width"])
        if lib.TessBaseAPIRecognize(api, None) != 0:
            out.write(json.dumps({"error": "recognition failed"}).encode() + b"\n")
            out.flush()
            continue
        ptr = lib.TessBaseAPIGetTsvText(api, 0)
        tsv = ctypes.string_at(ptr)
        lib.TessDeleteText(ptr)
        out.write(json.dumps({"tsv": len(tsv)}).encode() + b"\n" + tsv)
        out.flush()


if __name__ == "__main__":
    # The answers get a stdout of their own; whatever the library prints goes to stderr
    # instead of into the middle of an answer.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    serve(sys.stdin.buffer, answers)
