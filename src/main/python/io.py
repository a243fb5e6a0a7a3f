"""io: the core tools for working with streams (pyvm's classes live in _io, as CPython's do)."""

import _io
from _io import (DEFAULT_BUFFER_SIZE, SEEK_SET, SEEK_CUR, SEEK_END, UnsupportedOperation, open, open_code,
                 text_encoding, FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                 BufferedRandom, TextIOWrapper)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

IOBase = _io._IOBase
RawIOBase = _io._RawIOBase
BufferedIOBase = _io._BufferedIOBase
TextIOBase = _io._TextIOBase
BlockingIOError = BlockingIOError


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n, optionally after another incremental decoder."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False
        self._seen = 0

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        self._seen |= _io._seen_newlines(output)
        if self.translate:
            output = _io._translate(output)
        return output

    @property
    def newlines(self):
        return _io._NEWLINES_NAMES[self._seen]

    def getstate(self):
        return b'', int(self._pendingcr)

    def setstate(self, state):
        self._pendingcr = bool(state[1] & 1)

    def reset(self):
        self._seen = 0
        self._pendingcr = False


IncrementalNewlineDecoder.__module__ = '_io'

import builtins as _builtins
_builtins.open = open
