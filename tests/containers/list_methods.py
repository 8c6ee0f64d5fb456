# Every list method
L = [3, 1, 4]
L.append(1); print(L)
L.extend([5, 9]); L.extend("ab"); L.extend(range(2)); print(L)
L.insert(0, "first"); L.insert(100, "last"); L.insert(-1, "before last"); L.insert(-100, "very first"); print(L)
print(L.pop(), L.pop(0), L.pop(-2), L)
L.remove("a"); print(L)
print(L.index(1), L.index(1, 3), L.index(5, 0, 10), L.count(1), L.count("zz"))
nums = [n for n in L if isinstance(n, int)]
nums.reverse(); print(nums)
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
c = nums.copy(); c.append("copy only"); print(nums, c, c is nums)
c.clear(); print(c, len(c))
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(2, 0, 1)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
x = [1, 2]
x += (3,)
x += "z"
print(x, x * 2, 2 * [0], [] * 5, [[]] * 2)
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print(list(), list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list(x for x in "hi"))
L2 = [0] * 3
L2[1] = "mid"
print(L2, len(L2), L2.__len__(), 0 in L2, "mid" in L2)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
y = [5, 6, 7]
print(y.__getitem__(1), y.__contains__(7), y.__reversed__().__next__())
