# A state machine implemented with send()
def traffic_light():
    state = "red"
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        event = yield state
        if event == "next":
            state = transitions[state]
        elif event == "reset":
            state = "red"
        elif event == "emergency":
            state = "flashing"
        elif event is not None:
            raise ValueError(f"unknown event {event!r}")
light = traffic_light()
print(next(light))
for ev in ["next", "next", None, "next", "next", "reset", "emergency"]:
    print(ev, "->", light.send(ev))
try:
    light.send("explode")
except ValueError as e:
    print("ValueError:", e)
try:
    light.send("next")
except StopIteration:
    print("generator finished after error")

def parser():
    total = 0
    count = 0
    while True:
        line = yield (total, count)
        if line is None:
            break
        for tok in line.split():
            if tok.lstrip("-").isdigit():
                total += int(tok)
                count += 1
    return f"final total={total}"
p = parser()
next(p)
print(p.send("1 2 three 4"), p.send("-10 x 5"))
try:
    p.send(None)
except StopIteration as e:
    print(e.value)
