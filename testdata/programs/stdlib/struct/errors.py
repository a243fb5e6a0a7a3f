import struct
tests = [
 lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('h', 40000), lambda: struct.pack('H', -1),
 lambda: struct.pack('i', 2**31), lambda: struct.pack('<i', 2**31), lambda: struct.pack('I', -1), lambda: struct.pack('<I', -1),
 lambda: struct.pack('l', 2**63), lambda: struct.pack('<l', 2**31), lambda: struct.pack('q', 2**63), lambda: struct.pack('<Q', -1),
 lambda: struct.pack('<Q', 2**64), lambda: struct.pack('n', 2**63), lambda: struct.pack('N', -1), lambda: struct.pack('P', -1),
 lambda: struct.pack('<n', 1), lambda: struct.pack('i', 1.5), lambda: struct.pack('i', '1'), lambda: struct.pack('f', 'x'),
 lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 'a'), lambda: struct.pack('s', 'a'), lambda: struct.pack('p', 1),
 lambda: struct.pack('e', 1e6), lambda: struct.pack('f', 1e300), lambda: struct.pack('<f', 1e300), lambda: struct.pack('ii', 1),
 lambda: struct.pack('i', 1, 2), lambda: struct.pack('z'), lambda: struct.pack('3'), lambda: struct.pack('<@i'),
 lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abcdef', 4), lambda: struct.unpack_from('i', b'abcdef', -10),
 lambda: struct.unpack_from('i', b'abcdef', -2), lambda: struct.pack_into('i', bytearray(3), 0, 1), lambda: struct.pack_into('i', bytearray(6), 4, 1),
 lambda: struct.pack_into('i', bytearray(6), -9, 1), lambda: struct.pack_into('i', b'xxxx', 0, 1),
 lambda: list(struct.iter_unpack('i', b'abcde')), lambda: list(struct.iter_unpack('', b'')), lambda: struct.calcsize('i i'), lambda: struct.calcsize('3 i'),
 lambda: struct.calcsize(5), lambda: struct.Struct('i').pack(), lambda: struct.unpack('i', 'abcd'), lambda: struct.pack('?', []),
 lambda: struct.pack('>q', 2**63-1), lambda: struct.pack('i', True), lambda: struct.calcsize('999999999999999999999i'),
 lambda: struct.pack('b', 2**70), lambda: struct.pack('<h', -2**70), lambda: struct.pack('d', 10**400), lambda: struct.pack('e', float('nan')),
 lambda: struct.unpack('<e', b'\x00\x7c'), lambda: struct.pack('4x'), lambda: struct.pack('0s', b'a'), lambda: struct.pack('2p', b'abc'),
 lambda: struct.pack('300p', b'a'*299)[:3], lambda: struct.unpack('3p', b'\x09ab'), lambda: struct.Struct('<h').format,
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
