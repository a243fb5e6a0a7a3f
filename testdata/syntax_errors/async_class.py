async class C: pass
