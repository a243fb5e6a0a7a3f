transitions = {("idle", "start"): "running", ("running", "pause"): "paused", ("paused", "start"): "running", ("running", "stop"): "idle"}
state = "idle"
for ev in ["start", "pause", "stop", "start", "stop", "pause"]:
    nxt = transitions.get((state, ev))
    if nxt is None:
        print(f"{state}: ignore {ev}")
        continue
    print(f"{state} --{ev}--> {nxt}")
    state = nxt
print("final", state)
