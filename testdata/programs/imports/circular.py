import modules.circ_a as a
import modules.circ_b as b
print(a.use_b(), b.use_a())
try:
    import modules.circ_bad_x
except ImportError as e:
    print(type(e).__name__, "partially initialized" in str(e), "circular import" in str(e), e.name)
