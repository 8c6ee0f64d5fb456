# Operations whose right operand is a literal (taken from the constants
# without a register): results, the errors they raise, and the positions
# tracebacks show for them.
import traceback


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
        print(traceback.format_exc().splitlines()[-2])


data = {"a": 1, 2: "two", None: "none", (1, 2): "pair", -1: "neg"}
lst = [10, 20, 30]
text = "hello"
n = 7
x = 2.5
show(lambda: data["a"] + data[2] * 0)
show(lambda: (data[None], data[(1, 2)], data[-1]))
show(lambda: data["missing"])
show(lambda: lst[0] + lst[-1] + lst[2])
show(lambda: lst[3])
show(lambda: lst[-4])
show(lambda: text[1] + text[-1])
show(lambda: text[10])
show(lambda: n - 1 + n * 2 - n // 3 + n % 4 + n ** 2)
show(lambda: x * 2 + x / 4 - x ** -1.5)
show(lambda: n + 10**30)
show(lambda: text - 1)
show(lambda: text * 2)
show(lambda: n / 0)
show(lambda: None + 1)
show(lambda: [1, 2] + "a")
show(lambda: 5 if n < 10 else 6)
show(lambda: 5 if text < 3 else 6)
show(lambda: 5 if n == "7" else 6)
show(lambda: 5 if x >= 2.5 else 6)
show(lambda: 5 if n < 10**20 else 6)
show(lambda: 5 if n < -3 else 6)


def setters():
    lst[0] = 99
    lst[-1] += 5
    data["new"] = 1
    data["a"] += 10
    print(lst, data["new"], data["a"])
    try:
        text[0] = "H"
    except TypeError as e:
        print("TypeError:", e)
    try:
        lst[5] = 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        data["nothing"] += 1
    except KeyError as e:
        print("KeyError:", e)


setters()


def inplace_and_compare():
    i, s, f, t = 0, "a", 1.5, (1,)
    for _ in range(5):
        i += 1
        s += "b"
        f *= 2
        t += (2,)
    i -= -3
    i //= 2
    i **= 2
    print(i, s, f, t, i == 16, s != "abbbbb", f > 40.0, i < 10**20, 1 < i < 100)
    flags = [n == 7, n != 7, x <= 2.5, text == "hello", None == 0]
    print(flags)
    try:
        s -= 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(text < 5)
    except TypeError as e:
        print("TypeError:", e)


inplace_and_compare()


def last():
    return lst[1] - "x"


last()
