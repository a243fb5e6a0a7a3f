# time: the deterministic parts (UTC conversions, formatting, parsing, struct_time).
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t[0], t[-1], len(t), t.tm_zone, t.tm_gmtoff, tuple(t)[:3])
print(time.gmtime(1700000000))
print(time.gmtime(-1.5).tm_sec, time.gmtime(951782400).tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p", time.gmtime(1234567890)))
print(time.strftime("%x %X %c %%", time.gmtime(1234567890)))
print(time.asctime(time.gmtime(1234567890)))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
p = time.strptime("2024-02-29 13:45:01", "%Y-%m-%d %H:%M:%S")
print(p)
print(time.strptime("Mon Jan  2 03:04:05 2006"))
for args in [("2023-02-30", "%Y-%m-%d"), ("abc", "%Y"), ("2023-01-01 x", "%Y-%m-%d")]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (-1, float("nan")):
    try:
        time.sleep(bad)
    except ValueError as e:
        print(type(e).__name__, e)
a = time.monotonic()
b = time.monotonic()
print(b >= a, time.perf_counter_ns() > 0, isinstance(time.time(), float), isinstance(time.time_ns(), int))
print(time.mktime(time.localtime(1000000000)))
st = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0))
print(st, st.tm_zone)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
