# statistics: averages and spread with exact results
import statistics as st
from fractions import Fraction

ints = [1, 2, 3, 4, 4, 5, 9]
floats = [0.1, 0.2, 0.3, 0.4, 2.5, 1e-3]
print(st.mean(ints), st.mean([1, 2, 3]), st.mean(floats), st.mean([Fraction(1, 3), Fraction(1, 6)]))
print(st.mean([1, 2.5]), st.mean([True, False, True]), st.mean(iter(range(10))), st.mean([1e308, 1e308]))
print(st.fmean(ints), st.fmean(floats), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median([1.5, 2.5]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode(ints), st.mode('abracadabra'), st.mode([1, 1, 2, 2]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance(ints), st.pvariance(ints), st.variance([1, 2, 3, 4]), st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev(ints), st.pstdev(ints), st.stdev(floats), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.variance(floats), st.pvariance(floats))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], 1.5), st.stdev([1, 2, 3, 4, 5], xbar=3))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(ints, n=10), st.quantiles(floats, n=3, method='inclusive'))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
tests = [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]),
         (st.pvariance, []), (st.pstdev, []), (st.fmean, []), (st.quantiles, [1]), (st.harmonic_mean, [-1, 2])]
for fn, arg in tests:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print(fn.__name__, 'StatisticsError:', e)
try:
    st.mean(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
print(issubclass(st.StatisticsError, ValueError))
