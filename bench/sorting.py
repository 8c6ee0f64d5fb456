# Benchmark: sorting with and without key functions.
def main():
    x = 12345
    nums = []
    for _ in range(260000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        nums.append(x % 100000)
    a = sorted(nums)
    b = sorted(nums, reverse=True)
    words = [str(n) for n in nums[:100000]]
    c = sorted(words)
    d = sorted(words, key=lambda w: (len(w), w))
    recs = [(n % 100, -n, str(n)) for n in nums[:100000]]
    e = sorted(recs)
    f = sorted(recs, key=lambda r: r[2])
    nums.sort(key=lambda v: v % 1000)
    checksum = a[1000] + b[1000] + int(c[500]) + int(d[-1]) + e[777][1] + int(f[3][2]) + nums[12345]
    print("sorting checksum", checksum, a[:3], c[:2])

main()
